package org.anodefree.tomo;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs per-voxel work on a slice in contiguous bands, one per thread, the caller taking the first.
 * Each band writes only its own voxels and counts are summed as integers, so results are the same,
 * bit for bit, for any number of threads.
 */
final class SliceBands implements AutoCloseable {
    /** Work on voxels [from, to) of a slice, returning a count. */
    @FunctionalInterface
    interface Band {
        int run(int from, int to);
    }

    private static final int ALIGN = 64;
    private final int threads;
    private final ExecutorService workers;
    @SuppressWarnings("unchecked")
    private final Future<Integer>[] pending;

    @SuppressWarnings("unchecked")
    SliceBands(int threads) {
        this.threads = Math.max(1, threads);
        this.workers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, r -> {
            Thread t = new Thread(r, "anodefree-slice-band");
            t.setDaemon(true);
            return t;
        });
        this.pending = new Future[this.threads];
    }

    /** Runs {@code band} over [0, n) split into bands; returns the sum of the bands' counts. */
    int run(int n, Band band) {
        if (threads == 1 || n < threads * ALIGN * 16) {
            return band.run(0, n);
        }
        int step = ((n + threads - 1) / threads + ALIGN - 1) / ALIGN * ALIGN;
        for (int t = 1; t < threads; t++) {
            int from = Math.min(n, t * step);
            int to = Math.min(n, from + step);
            pending[t] = workers.submit(() -> band.run(from, to));
        }
        int total = band.run(0, Math.min(n, step));
        for (int t = 1; t < threads; t++) {
            try {
                total += pending[t].get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return total;
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdown();
        }
    }
}
