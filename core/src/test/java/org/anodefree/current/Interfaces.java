package org.anodefree.current;

import java.util.SplittableRandom;

/** Active-pixel patterns for the current tests: discs and seeded random islands. */
final class Interfaces {
    private Interfaces() {
    }

    /** A disc of radius {@code radiusPixels} centred on the grid (pixel centres strictly inside). */
    static boolean[] disc(int n, double radiusPixels) {
        boolean[] a = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                a[y * n + x] = radiusFromCentre(n, y * n + x) < radiusPixels;
            }
        }
        return a;
    }

    /** Distance of pixel {@code index}'s centre from the grid centre, in pixels. */
    static double radiusFromCentre(int n, int index) {
        return Math.hypot(index % n + 0.5 - n / 2.0, index / n + 0.5 - n / 2.0);
    }

    /** Seeded random islands: discs at random places until about {@code fraction} of the grid is active. */
    static boolean[] islands(int width, int height, double fraction, double radiusPixels, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean[] a = new boolean[width * height];
        int activeCount = 0;
        int goal = (int) Math.round(fraction * width * height);
        while (activeCount < goal) {
            double cx = rnd.nextDouble(width);
            double cy = rnd.nextDouble(height);
            double r = radiusPixels * rnd.nextDouble(0.5, 1.5);
            for (int y = (int) (cy - r) - 1; y <= cy + r + 1; y++) {
                for (int x = (int) (cx - r) - 1; x <= cx + r + 1; x++) {
                    int yy = Math.floorMod(y, height);
                    int xx = Math.floorMod(x, width);
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) < r && !a[yy * width + xx] && activeCount < goal) {
                        a[yy * width + xx] = true;
                        activeCount++;
                    }
                }
            }
        }
        return a;
    }
}
