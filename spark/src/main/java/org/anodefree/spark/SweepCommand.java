package org.anodefree.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.anodefree.io.RunFolder;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anodefree sweep SWEEP.yaml --out DIR}: a parameter sweep of the simulator on Spark (docs/sweep.md). */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a sweep of simulations (axes of protocol values, parameters, pressure, loading; seeds)"
            + " on Spark: local[*] by default, or a cluster with --master spark://host:7077 or spark-submit.",
            "Writes DIR/runs.parquet, runs.csv, cycles/ (per-cycle Parquet by run), groups.csv, survival charts,"
                + " a heat map of the median cycles to short for two axes, report.html and manifest.json.",
            "A re-run into the same DIR skips the runs already finished."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (shared by the executors)")
    Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*]), e.g. local[2], spark://host:7077")
    String master;

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "Replace the file's seeds: a count, a range or a list")
    String seeds;

    @Option(names = "--quiet", description = "No progress bar")
    boolean quiet;

    @Override
    public Integer call() {
        List<RunSpec> runs = SweepFile.read(file, seeds);
        Map<String, Object> parameters = new LinkedHashMap<>(RunFolder.parameters(runs.get(0).parameters()));
        RunFolder folder = RunFolder.folder("sweep", out, RunFolder.inputs(file.toString()), parameters);
        long start = System.nanoTime();
        SparkSession spark = session(master);
        List<RunOutcome> outcomes;
        List<Map<String, Object>> groups;
        try {
            try (ProgressBar bar = quiet ? null : new ProgressBarBuilder().setTaskName("sweep " + runs.size() + " runs")
                    .setInitialMax(runs.size()).setUnit(" runs", 1).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                outcomes = SweepRunner.run(spark, runs, out, n -> {
                    if (bar != null) {
                        bar.stepTo(n);
                    }
                });
            }
            groups = SweepOutputs.write(spark, outcomes, out);
        } finally {
            spark.stop();
        }
        long failed = outcomes.stream().filter(o -> o.error() != null).count();
        System.out.printf(Locale.ROOT, "%d runs in %d groups (%d failed), %.1f s; report %s%n", outcomes.size(),
                groups.size(), failed, (System.nanoTime() - start) / 1e9, out.resolve("report.html"));
        folder.complete();
        return 0;
    }

    /** A session on {@code master}, or on spark-submit's master, or on {@code local[*]}. */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("anodefree sweep")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                // A task is a whole simulation: never start a second copy of a slow one.
                .config("spark.speculation", "false");
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }
}
