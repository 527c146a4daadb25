package org.anodefree.bench;

import java.util.SplittableRandom;

/** Seeded benchmark interfaces: discs of random size and place until a given fraction is active. */
final class IslandInterface {
    private IslandInterface() {
    }

    /** Row-major contact fraction (1 inside islands, 0 elsewhere) on a periodic grid. */
    static double[] contact(int width, int height, double fraction, double radiusPixels, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] c = new double[width * height];
        int count = 0;
        int goal = (int) Math.round(fraction * width * height);
        while (count < goal) {
            double cx = rnd.nextDouble(width);
            double cy = rnd.nextDouble(height);
            double r = radiusPixels * rnd.nextDouble(0.5, 1.5);
            for (int y = (int) (cy - r) - 1; y <= cy + r + 1; y++) {
                for (int x = (int) (cx - r) - 1; x <= cx + r + 1; x++) {
                    int i = Math.floorMod(y, height) * width + Math.floorMod(x, width);
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) < r && c[i] == 0 && count < goal) {
                        c[i] = 1.0;
                        count++;
                    }
                }
            }
        }
        return c;
    }

    /** A copy with every {@code stride}-th active pixel switched off: the next step of a stripping run. */
    static double[] thinned(double[] contact, int stride) {
        double[] c = contact.clone();
        int seen = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] > 0 && seen++ % stride == 0) {
                c[i] = 0;
            }
        }
        return c;
    }
}
