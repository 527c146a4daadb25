package org.anodefree.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The numbers of {@code bench/sweep.sh}, in one JVM: the same short runs as a plain Java loop, on Spark
 * {@code local[1]} and on {@code local[2]}; prints the speedup of two cores over one and the per-task overhead
 * of Spark over the loop. Not a test: timings are only compared within one run on one machine.
 */
public final class SweepBench {
    private SweepBench() {
    }

    /** {@code SweepBench [RUNS [GRID]]} (defaults 64 and 24). */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int grid = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        List<RunSpec> runs = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            runs.add(new RunSpec(0, new LinkedHashMap<>(), "half", "Plate at 1 mA/cm2 until 0.5 mAh/cm2\n"
                    + "Repeat 3 times:\n    Plate at 2 mA/cm2 until 1 mAh/cm2\n    Strip at 2 mA/cm2 until 1 mAh/cm2 or 1 V",
                    new ArrayList<>(), "15MPa", null, grid, "10um", 1, seed, 0));
        }
        for (int i = 0; i < Math.min(8, n); i++) {
            SweepTask.run(runs.get(i)); // warm the JIT so the loop is not charged for it
        }
        long t0 = System.nanoTime();
        for (RunSpec r : runs) {
            SweepTask.run(r);
        }
        double loop = (System.nanoTime() - t0) / 1e9;
        double one = onSpark("local[1]", runs);
        double two = onSpark("local[2]", runs);
        System.out.printf(Locale.ROOT, "runs %d (grid %d px): plain loop %.2f s (%.3f s a run)%n", n, grid, loop, loop / n);
        System.out.printf(Locale.ROOT, "local[1] %.2f s, local[2] %.2f s: speedup %.2fx (target >= 1.8)%n", one, two,
                one / two);
        System.out.printf(Locale.ROOT, "per-task overhead on local[1] against the loop: %.3f s (target < 0.2)%n",
                (one - loop) / n);
    }

    private static double onSpark(String master, List<RunSpec> runs) throws Exception {
        SparkSession spark = SweepCommand.session(master);
        Path out = Files.createTempDirectory("sweep-bench");
        try {
            // A first tiny job starts the executor threads and loads Spark's classes, outside the timing.
            spark.sparkContext().parallelize(scala.jdk.javaapi.CollectionConverters.asScala(List.of(1, 2)).toSeq(), 2,
                    scala.reflect.ClassTag$.MODULE$.apply(Integer.class)).count();
            long t0 = System.nanoTime();
            SweepRunner.run(spark, runs, out, k -> { });
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            spark.stop();
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
