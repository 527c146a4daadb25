package org.anodefree.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.anodefree.AnodefreeException;

/**
 * Runs a reader on many mutants, each on a worker thread with a time limit, and counts how each one
 * ended: read, rejected with anodefree's own exception, any other exception (a bug), over the time limit,
 * or out of memory. The count of mutants is {@value #DEFAULT_MUTANTS} unless the system property
 * {@code anodefree.fuzz.mutants} says otherwise (e.g. {@code -Danodefree.fuzz.mutants=10000}). Bad
 * mutants are saved under {@code target/fuzz-failures/} so that each can be replayed.
 */
public final class FuzzRun {
    /** Mutants per reader in the ordinary build. */
    public static final int DEFAULT_MUTANTS = 300;
    /** The time one mutant may take. */
    public static final long LIMIT_MILLIS = 2000;

    /** Feeds one mutant to the reader under test. */
    @FunctionalInterface
    public interface Reader {
        /** Reads mutant number {@code index}, whose bytes are {@code bytes}. */
        void read(int index, byte[] bytes) throws Exception;
    }

    /** How the mutants ended. */
    public record Outcome(String reader, int mutants, int read, int rejected, List<String> unexpected,
            List<String> timeouts, List<String> outOfMemory, long worstMillis) {
        /**
         * Prints this outcome and fails unless every mutant was read or rejected cleanly, in time, and
         * some were read and some rejected (a harness whose mutants all fail the same way tests little).
         */
        public void check() {
            System.out.println(this);
            if (!clean() || read == 0 || rejected == 0) {
                throw new AssertionError(this + (clean() ? "\n  expected some mutants read and some rejected" : ""));
            }
        }

        /** True when every mutant was read or rejected cleanly, in time. */
        public boolean clean() {
            return unexpected.isEmpty() && timeouts.isEmpty() && outOfMemory.isEmpty();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "fuzz %s: %d mutants, %d read, %d rejected, %d unexpected exceptions,"
                    + " %d over %d ms, %d out of memory; slowest %d ms%s", reader, mutants, read, rejected,
                    unexpected.size(), timeouts.size(), LIMIT_MILLIS, outOfMemory.size(), worstMillis,
                    clean() ? "" : "\n  " + String.join("\n  ", first(unexpected, timeouts, outOfMemory)));
        }

        private static List<String> first(List<String> a, List<String> b, List<String> c) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            all.addAll(c);
            return all.subList(0, Math.min(10, all.size()));
        }
    }

    private FuzzRun() {
    }

    /** Mutants per reader: the system property {@code anodefree.fuzz.mutants}, else the default. */
    public static int mutants() {
        return Integer.getInteger("anodefree.fuzz.mutants", DEFAULT_MUTANTS);
    }

    /**
     * Makes {@code mutants} mutants (mutant {@code i} is {@code make.apply(i)}, on this thread) and feeds each
     * to {@code reading} on a worker thread.
     */
    public static Outcome run(String reader, int mutants, IntFunction<byte[]> make, Reader reading) {
        int read = 0;
        int rejected = 0;
        long worst = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> timeouts = new ArrayList<>();
        List<String> oom = new ArrayList<>();
        ExecutorService worker = newWorker();
        try {
            for (int i = 0; i < mutants; i++) {
                int index = i;
                byte[] bytes = make.apply(i);
                long start = System.nanoTime();
                Future<Throwable> f = worker.submit(() -> {
                    try {
                        reading.read(index, bytes);
                        return null;
                    } catch (Throwable t) {
                        return t;
                    }
                });
                Throwable t;
                try {
                    t = f.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker(); // the stuck thread is a daemon; it may finish on its own
                    timeouts.add(reader + " mutant " + index + ": still running after " + LIMIT_MILLIS + " ms");
                    save(reader, index, bytes);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException e) {
                    t = e.getCause();
                }
                worst = Math.max(worst, (System.nanoTime() - start) / 1_000_000);
                if (t == null) {
                    read++;
                } else if (t instanceof AnodefreeException) {
                    rejected++;
                } else if (t instanceof OutOfMemoryError) {
                    oom.add(reader + " mutant " + index + ": " + t);
                    save(reader, index, bytes);
                } else {
                    unexpected.add(reader + " mutant " + index + ": " + t + " at " + where(t));
                    save(reader, index, bytes);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Outcome(reader, mutants, read, rejected, unexpected, timeouts, oom, worst);
    }

    /** Keeps a bad mutant's bytes where a developer can replay it. */
    private static void save(String reader, int index, byte[] bytes) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(reader.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + index + ".bin"), bytes);
        } catch (IOException e) {
            // only a convenience
        }
    }

    private static String where(Throwable t) {
        StackTraceElement[] s = t.getStackTrace();
        return s.length == 0 ? "?" : s[0].toString();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "fuzz-worker");
            th.setDaemon(true);
            return th;
        });
    }
}
