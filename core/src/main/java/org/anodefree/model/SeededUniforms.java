package org.anodefree.model;

/**
 * Counter-based random numbers: a uniform draw is a pure function of (seed, stream, index), so every
 * pixel gets the same number whatever order or thread computes it, and results are bit-identical for
 * a seed on any thread count (ARCHITECTURE.md). The mixing function is SplitMix64's finaliser (Steele,
 * Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014) applied to a Weyl
 * sequence of the three inputs.
 *
 * <p>Hand-written because Hipparchus's generators are sequential: their n-th number depends on every
 * number drawn before it, which ties results to the order of a parallel loop.
 */
public final class SeededUniforms {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

    private SeededUniforms() {
    }

    /** A 64-bit hash of (seed, stream, index), well mixed in every bit. */
    public static long bits(long seed, long stream, long index) {
        long z = mix(seed + GOLDEN_GAMMA);
        z = mix(z ^ (stream * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
        return mix(z ^ (index * 0xD1B54A32D192ED03L + GOLDEN_GAMMA));
    }

    /** A uniform double strictly inside (0, 1): safe to pass to logarithms and inverse CDFs. */
    public static double uniform(long seed, long stream, long index) {
        return ((bits(seed, stream, index) >>> 11) + 0.5) * TWO_POW_MINUS_53;
    }

    /** A standard normal draw from two counter-based uniforms (Box-Muller, cosine branch). */
    public static double normal(long seed, long stream, long index) {
        double u1 = uniform(seed, stream, 2 * index);
        double u2 = uniform(seed, stream, 2 * index + 1);
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
