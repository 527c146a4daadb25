package org.anodefree.statistics;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A confidence interval for a proportion k / n: Wilson's score interval (Wilson, J. Am. Stat. Assoc. 22,
 * 209, 1927), which, unlike the normal approximation, stays inside [0, 1] and is not degenerate at 0 of
 * n or n of n (Brown, Cai and DasGupta, Stat. Sci. 16, 101, 2001, recommend it for small n).
 *
 * @param successes k
 * @param trials n
 * @param level the coverage, e.g. 0.9
 * @param low lower end
 * @param high upper end
 */
public record BinomialInterval(int successes, int trials, double level, double low, double high) {

    /** Wilson's interval of {@code successes} in {@code trials} at coverage {@code level}. */
    public static BinomialInterval wilson(int successes, int trials, double level) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, got " + successes + " of "
                    + trials);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), got " + level);
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new BinomialInterval(successes, trials, level, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The point estimate k / n. */
    public double proportion() {
        return successes / (double) trials;
    }
}
