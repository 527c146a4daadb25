package org.anodefree.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster path: Spark's {@code local-cluster} mode starts a standalone Master and a Worker in this JVM and
 * the Worker launches a separate executor JVM, so the runs cross process boundaries (serialised specs, files
 * written by another process) as on a real cluster.
 */
class SweepClusterTest {

    @Test
    void aSweepRunsOnAStandaloneMasterAndWorkerAndGivesTheLocalNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, SweepLocalTest.SWEEP.replace("retained: [0.2, 1]", "retained: [0.2]")
                .replace("seeds: 1,2", "seeds: 1"));
        List<RunSpec> runs = SweepFile.read(file, null);
        // The Worker starts executors with the given class path (no Spark installation here); spark.testing
        // lets it do without SPARK_HOME/jars.
        System.setProperty("spark.testing", "true");
        // and a Spark home of empty folders where its launcher looks for the Scala version and the jars.
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("launcher/target/scala-2.13"));
        System.setProperty("spark.test.home", home.toString());
        SparkSession spark = SparkSession.builder().master("local-cluster[1,1,1024]").appName("cluster test")
                .config("spark.ui.enabled", "false")
                .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .config("spark.executor.extraJavaOptions", "-Djava.awt.headless=true")
                .getOrCreate();
        List<RunOutcome> outcomes;
        long executors;
        try {
            outcomes = SweepRunner.run(spark, runs, dir.resolve("out"), n -> { });
            SweepOutputs.write(spark, outcomes, dir.resolve("out"));
            executors = spark.sparkContext().getExecutorMemoryStatus().size() - 1;
        } finally {
            spark.stop();
            System.clearProperty("spark.testing");
            System.clearProperty("spark.test.home");
        }
        assertThat(executors).isEqualTo(1);
        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(dir.resolve("out").resolve("report.html")).isNotEmptyFile();
        for (RunOutcome o : outcomes) {
            RunOutcome here = SweepTask.run(o.spec());
            assertThat(o.shortCycle()).isEqualTo(here.shortCycle());
            assertThat(o.cycles()).isEqualTo(here.cycles());
        }
    }
}
