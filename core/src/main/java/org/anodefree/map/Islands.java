package org.anodefree.map;

import java.util.Arrays;
import org.anodefree.InputException;

/**
 * Connected regions of Li left on a stripped map ("islands"), labelled with a union-find over the
 * pixel grid (two passes, path halving; Wu, Otoo and Suzuki, Pattern Anal. Appl. 12, 117, 2009).
 *
 * <p>An island's remaining capacity is the Li above the stripping depth summed over its pixels.
 * Labels are numbered 1..count in raster order of each island's first pixel; 0 is no Li.
 */
public final class Islands {
    private final ThicknessMap map;
    private final double depthMeters;
    private final int[] labels;
    private final int count;
    private final long[] pixelsPerIsland;
    private final double[] remainingPerIsland;

    private Islands(ThicknessMap map, double depthMeters, Connectivity connectivity, boolean periodic, int bandCount) {
        this.map = map;
        this.depthMeters = depthMeters;
        int w = map.width();
        int h = map.height();
        int n = map.size();
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        boolean eight = connectivity == Connectivity.EIGHT;
        // Bands of rows are labelled in parallel, then joined across their seams. Union-find keeps the
        // raster-first pixel as root whatever the order of joins, so the labels are the same for any
        // number of bands (and threads).
        int bands = Math.max(1, Math.min(h, bandCount));
        java.util.stream.IntStream.range(0, bands).parallel()
                .forEach(b -> labelRows(parent, w, b * h / bands, (b + 1) * h / bands, eight));
        for (int b = 1; b < bands; b++) {
            int r = b * h / bands;
            for (int c = 0; c < w; c++) {
                int e = r * w + c;
                if (parent[e] == -1) {
                    continue;
                }
                join(parent, e, e - w);
                if (eight) {
                    if (c > 0) {
                        join(parent, e, e - w - 1);
                    }
                    if (c < w - 1) {
                        join(parent, e, e - w + 1);
                    }
                }
            }
        }
        if (periodic) {
            joinAcrossEdges(parent, connectivity);
        }
        // Second pass, in place: every parent index is at or before its child (roots are the
        // raster-first pixel of their set), so by the time pixel i is reached its parent already
        // holds a final label, stored as -(label + 1) to tell it from an index (0 is no Li). The
        // islands' sizes and Li are summed in the same pass. One int per pixel, three passes in all.
        int next = 0;
        long[] pixels = new long[64];
        double[] remaining = new double[64];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            int label;
            if (p == -1) {
                parent[i] = 0;
                continue;
            } else if (p == i) {
                label = ++next;
                if (label == pixels.length) {
                    pixels = java.util.Arrays.copyOf(pixels, 2 * label);
                    remaining = java.util.Arrays.copyOf(remaining, 2 * label);
                }
                parent[i] = -(label + 1);
            } else {
                parent[i] = parent[p];
                label = -parent[i] - 1;
            }
            pixels[label]++;
            remaining[label] += map.thicknessMeters(i) - depthMeters;
        }
        this.labels = parent;
        this.count = next;
        this.pixelsPerIsland = pixels;
        this.remainingPerIsland = remaining;
    }

    /**
     * Labels the islands left after stripping {@code depthMeters} from every pixel.
     *
     * @param periodic whether the map wraps around at its edges (synthetic periodic maps do; scans do not)
     */
    public static Islands at(ThicknessMap map, double depthMeters, Connectivity connectivity, boolean periodic) {
        if (!(depthMeters >= 0)) {
            throw new InputException("stripping depth must be >= 0, got " + depthMeters + " m");
        }
        int bands = Math.min(map.height() / 64, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        return new Islands(map, depthMeters, connectivity, periodic, bands);
    }

    /** As {@link #at(ThicknessMap, double, Connectivity, boolean)} with a set number of row bands (for tests). */
    static Islands at(ThicknessMap map, double depthMeters, Connectivity connectivity, boolean periodic, int bands) {
        return new Islands(map, depthMeters, connectivity, periodic, bands);
    }

    /** Islands with 8-connectivity on a non-periodic map. */
    public static Islands at(ThicknessMap map, double depthMeters) {
        return at(map, depthMeters, Connectivity.EIGHT, false);
    }

    /** Number of islands. */
    public int count() {
        return count;
    }

    /** Island label of each pixel, row-major, 0 where no Li is left (a new array). */
    public int[] labels() {
        int[] out = new int[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = labelAt(i);
        }
        return out;
    }

    /** Island label of one pixel (0 where no Li is left). */
    public int labelAt(int index) {
        int l = labels[index];
        return l < 0 ? -l - 1 : 0;
    }

    /** Area of each island, m2, largest first. */
    public double[] areasM2() {
        double pixelArea = map.pixelSizeMeters() * map.pixelSizeMeters();
        double[] a = new double[count];
        for (int l = 1; l <= count; l++) {
            a[l - 1] = pixelsPerIsland[l] * pixelArea;
        }
        Arrays.sort(a);
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** Summary of the islands, with the share of remaining Li held by islands smaller than {@code smallAreaM2}. */
    public IslandStatistics statistics(double smallAreaM2) {
        double pixelArea = map.pixelSizeMeters() * map.pixelSizeMeters();
        long largest = 0;
        long activePixels = 0;
        double remaining = 0;
        double inSmall = 0;
        int small = 0;
        for (int l = 1; l <= count; l++) {
            largest = Math.max(largest, pixelsPerIsland[l]);
            activePixels += pixelsPerIsland[l];
            remaining += remainingPerIsland[l];
            if (pixelsPerIsland[l] * pixelArea < smallAreaM2) {
                inSmall += remainingPerIsland[l];
                small++;
            }
        }
        double electrodeArea = map.areaM2();
        return new IslandStatistics(depthMeters, count, activePixels * pixelArea,
                activePixels * pixelArea / electrodeArea, largest * pixelArea,
                count > 0 ? activePixels * pixelArea / count : 0.0, smallAreaM2, small,
                remaining > 0 ? inSmall / remaining : 0.0);
    }

    /** First pass over rows [fromRow, toRow): links each Li pixel to a visited neighbour, joining sets where two meet. */
    private void labelRows(int[] parent, int w, int fromRow, int toRow, boolean eight) {
        for (int r = fromRow; r < toRow; r++) {
            for (int c = 0; c < w; c++) {
                int e = r * w + c;
                if (!hasLi(e)) {
                    continue;
                }
                // Decision tree over the visited neighbours (Wu, Otoo and Suzuki 2009): with 8-connectivity
                // the pixel above touches all the others, so when it has Li nothing else needs joining.
                // A pixel links to its neighbour's parent, not the neighbour, so chains stay short.
                int up = r > fromRow && parent[e - w] != -1 ? e - w : -1;
                int left = c > 0 && parent[e - 1] != -1 ? e - 1 : -1;
                if (eight) {
                    if (up >= 0) {
                        parent[e] = parent[up];
                        continue;
                    }
                    int upLeft = r > fromRow && c > 0 && parent[e - w - 1] != -1 ? e - w - 1 : -1;
                    int upRight = r > fromRow && c < w - 1 && parent[e - w + 1] != -1 ? e - w + 1 : -1;
                    if (upRight >= 0) {
                        parent[e] = parent[upRight];
                        if (upLeft >= 0) {
                            join(parent, upRight, upLeft);
                        } else if (left >= 0) {
                            join(parent, upRight, left);
                        }
                    } else if (upLeft >= 0) {
                        parent[e] = parent[upLeft];
                    } else if (left >= 0) {
                        parent[e] = parent[left];
                    } else {
                        parent[e] = e;
                    }
                } else if (up >= 0) {
                    parent[e] = parent[up];
                    if (left >= 0) {
                        join(parent, up, left);
                    }
                } else {
                    parent[e] = left >= 0 ? parent[left] : e;
                }
            }
        }
    }

    private boolean hasLi(int i) {
        return map.isInside(i) && map.thicknessMeters(i) > depthMeters;
    }

    private void joinAcrossEdges(int[] parent, Connectivity connectivity) {
        int w = map.width();
        int h = map.height();
        for (int r = 0; r < h; r++) {
            int right = r * w + (w - 1);
            join(parent, r * w, right);
            if (connectivity == Connectivity.EIGHT) {
                join(parent, r * w, ((r + 1) % h) * w + (w - 1));
                join(parent, r * w, ((r - 1 + h) % h) * w + (w - 1));
            }
        }
        for (int c = 0; c < w; c++) {
            int bottom = (h - 1) * w + c;
            join(parent, c, bottom);
            if (connectivity == Connectivity.EIGHT) {
                join(parent, c, (h - 1) * w + (c + 1) % w);
                join(parent, c, (h - 1) * w + (c - 1 + w) % w);
            }
        }
    }

    private static void join(int[] parent, int a, int b) {
        if (parent[a] < 0 || parent[b] < 0) {
            return;
        }
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // Attach the later root under the earlier so roots stay the raster-first pixel.
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
