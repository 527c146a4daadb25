package org.anodefree.tomo;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.IntBinaryOperator;

/**
 * A synthetic cell volume computed slice by slice (never stored): collector below a tilted plane,
 * a Li layer of known normal thickness on it, electrolyte above, plus optional pores, specks and
 * a detached Li block. Labels 1 collector, 2 Li, 3 electrolyte; grey levels 180, 60, 140 plus
 * seeded Gaussian noise.
 */
class LayerPhantom implements VolumeSource {
    static final int COLLECTOR = 1;
    static final int LI = 2;
    static final int ELECTROLYTE = 3;

    final int width;
    final int height;
    final int depth;
    double baseVoxels = 4;
    double slopeX;
    double slopeY;
    /** Normal thickness in tenths of a voxel at (x, y). */
    IntBinaryOperator thicknessTenths = (x, y) -> 60;
    boolean grey;
    double noiseSigma;
    long seed = 1;
    /** Pore: voxels [from, from + height) above the collector (vertical) are empty where the predicate holds. */
    IntBinaryOperator poreAt = (x, y) -> 0;
    int poreFrom = 2;
    int poreHeight = 2;
    final List<int[]> liBoxes = new ArrayList<>();
    int reads;

    LayerPhantom(int width, int height, int depth) {
        this.width = width;
        this.height = height;
        this.depth = depth;
    }

    double cosine() {
        return 1 / Math.sqrt(1 + slopeX * slopeX + slopeY * slopeY);
    }

    /** True normal thickness at (x, y), voxels. */
    double truthVoxels(int x, int y) {
        return thicknessTenths.applyAsInt(x, y) / 10.0;
    }

    /** Adds an axis-aligned box of Li (inclusive min, exclusive max). */
    LayerPhantom box(int x0, int y0, int z0, int x1, int y1, int z1) {
        liBoxes.add(new int[] {x0, y0, z0, x1, y1, z1});
        return this;
    }

    int phase(int x, int y, int z) {
        for (int[] b : liBoxes) {
            if (x >= b[0] && x < b[3] && y >= b[1] && y < b[4] && z >= b[2] && z < b[5]) {
                return LI;
            }
        }
        double top = baseVoxels + slopeX * x + slopeY * y;
        double zc = z + 0.5;
        if (zc < top) {
            return COLLECTOR;
        }
        double extent = truthVoxels(x, y) / cosine();
        if (zc < top + extent) {
            double above = zc - top;
            if (poreAt.applyAsInt(x, y) != 0 && above >= poreFrom && above < poreFrom + poreHeight) {
                return ELECTROLYTE;
            }
            return LI;
        }
        return ELECTROLYTE;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public SampleType sampleType() {
        return grey ? SampleType.FLOAT32 : SampleType.UINT8;
    }

    @Override
    public OptionalDouble voxelSizeMeters() {
        return OptionalDouble.of(1e-6);
    }

    @Override
    public String name() {
        return "phantom";
    }

    @Override
    public void readSlice(int z, float[] out) {
        reads++;
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + z);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = phase(x, y, z);
                float v;
                if (!grey) {
                    v = p;
                } else {
                    double base = p == COLLECTOR ? 180 : p == LI ? 60 : 140;
                    v = (float) (base + noiseSigma * gaussian(random));
                }
                out[y * width + x] = v;
            }
        }
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
