package org.anodefree.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.anodefree.experiment.EnsembleRunner;
import org.anodefree.experiment.RunObserver;
import org.anodefree.experiment.SimulatedRun;
import org.anodefree.io.AtomicFiles;

/**
 * One Spark task: one simulation through the core ensemble runner ({@link EnsembleRunner#runOne}, the code
 * {@code simulate} runs per seed), its outcome written to {@code <out>/runs/<key>.json} (atomically, so a
 * killed task leaves no half file and a re-run finds only finished runs). Any failure, a timeout included,
 * becomes an outcome with its error.
 */
public final class SweepTask {
    /** Folder under the output where each finished run leaves its outcome. */
    public static final String RUNS = "runs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepTask() {
    }

    /** Runs {@code spec} and stores its outcome under {@code out}. */
    public static RunOutcome runAndStore(RunSpec spec, String out) {
        RunOutcome o = run(spec);
        Path file = Path.of(out, RUNS, spec.key() + ".json");
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = JSON.writeValueAsBytes(o);
            AtomicFiles.write(file, s -> s.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return o;
    }

    /** Runs {@code spec} on this thread (or, with a time limit, a helper thread), never throwing. */
    public static RunOutcome run(RunSpec spec) {
        long start = System.nanoTime();
        try {
            SimulatedRun r;
            if (spec.timeoutSeconds() > 0) {
                // The stepper has no cancel hook: a run past its limit is abandoned on a daemon thread.
                ExecutorService one = Executors.newSingleThreadExecutor(t -> {
                    Thread th = new Thread(t, "sweep-run-" + spec.key());
                    th.setDaemon(true);
                    return th;
                });
                try {
                    Future<SimulatedRun> f = one.submit(() -> EnsembleRunner.runOne(spec.problem(), RunObserver.NONE));
                    r = f.get((long) Math.ceil(spec.timeoutSeconds() * 1000), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    return RunOutcome.failed(spec, "timeout: the run took longer than " + spec.timeoutSeconds() + " s",
                            seconds(start));
                } catch (ExecutionException e) {
                    return RunOutcome.failed(spec, message(e.getCause()), seconds(start));
                } finally {
                    one.shutdownNow();
                }
            } else {
                r = EnsembleRunner.runOne(spec.problem(), RunObserver.NONE);
            }
            return RunOutcome.of(spec, r, r.wallSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunOutcome.failed(spec, "interrupted", seconds(start));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return RunOutcome.failed(spec, message(e), seconds(start));
        }
    }

    /** Reads a stored outcome. */
    public static RunOutcome read(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunOutcome.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        String line = m == null ? "" : m.lines().findFirst().orElse("");
        return t instanceof org.anodefree.AnodefreeException ? line : t.getClass().getSimpleName() + ": " + line;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
