package org.anodefree.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a sweep's runs on Spark, one task per simulation, skipping those whose outcome is already in the
 * output folder (resume), and returns every run's outcome in the sweep's order. The driver counts finished
 * tasks with a listener, for the progress bar.
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    /**
     * @param spark the session (local or a cluster; the output folder must be one the executors can write)
     * @param runs the sweep's runs
     * @param out the output folder
     * @param done told the number of runs finished so far (already-finished ones first), on the driver
     */
    public static List<RunOutcome> run(SparkSession spark, List<RunSpec> runs, Path out, IntConsumer done) {
        Map<String, RunOutcome> finished = stored(out);
        List<RunSpec> pending = new ArrayList<>();
        for (RunSpec r : runs) {
            if (!finished.containsKey(r.key())) {
                pending.add(r);
            }
        }
        int skipped = runs.size() - pending.size();
        done.accept(skipped);
        if (!pending.isEmpty()) {
            AtomicInteger count = new AtomicInteger(skipped);
            SparkListener listener = new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
                    if (taskEnd.taskInfo().successful()) {
                        done.accept(count.incrementAndGet());
                    }
                }
            };
            spark.sparkContext().addSparkListener(listener);
            try {
                String dir = out.toAbsolutePath().toString();
                // One slice per run: Spark hands runs to free cores one at a time, so long and short runs balance.
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(pending, pending.size())
                        .foreach(r -> SweepTask.runAndStore(r, dir));
            } finally {
                spark.sparkContext().removeSparkListener(listener);
            }
            finished = stored(out);
        }
        List<RunOutcome> all = new ArrayList<>();
        for (RunSpec r : runs) {
            RunOutcome o = finished.get(r.key());
            if (o == null) {
                throw new IllegalStateException("run " + r.key() + " left no outcome in " + out.resolve(SweepTask.RUNS)
                        + " (on a cluster, --out must be a folder every executor can write)");
            }
            // The stored outcome's spec is the same inputs; keep this sweep's group and axis labels.
            all.add(new RunOutcome(o.key(), r, o.shorted(), o.shortCycle(), o.platedAtShortMilliampHoursPerCm2(),
                    o.cyclesRun(), o.firstCycleCoulombicEfficiency(), o.meanCoulombicEfficiency(),
                    o.minActiveAreaFraction(), o.wallSeconds(), o.error(), o.cycles()));
        }
        return all;
    }

    /** The outcomes already stored under {@code out}, by key. */
    static Map<String, RunOutcome> stored(Path out) {
        Map<String, RunOutcome> m = new HashMap<>();
        Path dir = out.resolve(SweepTask.RUNS);
        if (!Files.isDirectory(dir)) {
            return m;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") && !name.startsWith(".")) {
                    m.put(name.substring(0, name.length() - 5), SweepTask.read(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return m;
    }
}
