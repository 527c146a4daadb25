package org.anodefree.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.io.AtomicFiles;
import org.anodefree.statistics.KaplanMeier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a finished sweep: {@code runs.parquet} and {@code runs.csv} (one row per run, inputs and outcomes),
 * {@code cycles/} (per-cycle Parquet partitioned by run), {@code groups.csv} (Spark SQL aggregates per
 * combination of axis values, with the Kaplan-Meier median of cycles to short), survival charts per group
 * and together, a heat map of the median for a two-axis sweep, and {@code report.html} linking them all.
 */
public final class SweepOutputs {
    /** Columns of runs.csv and runs.parquet after the axis columns. */
    static final String[] OUTCOMES = {"shorted", "short_cycle", "plated_at_short_mAh_per_cm2", "cycles", "ce1",
        "mean_ce", "min_active_area_fraction", "wall_s", "error"};

    private SweepOutputs() {
    }

    /** Writes every output of {@code runs} into {@code out}; returns the groups' rows as written to groups.csv. */
    public static List<Map<String, Object>> write(SparkSession spark, List<RunOutcome> runs, Path out) {
        List<String> axes = new ArrayList<>(runs.isEmpty() ? List.of() : runs.get(0).spec().axes().keySet());
        StructType schema = runSchema(axes);
        List<Row> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder(String.join(",", schema.fieldNames())).append('\n');
        for (RunOutcome o : runs) {
            Object[] v = runValues(o, axes);
            rows.add(RowFactory.create(v));
            List<String> cells = new ArrayList<>();
            for (Object x : v) {
                cells.add(csvCell(x));
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        df.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out.resolve("runs.parquet").toString());
        AtomicFiles.writeString(out.resolve("runs.csv"), csv.toString());
        writeCycles(spark, runs, out);
        df.createOrReplaceTempView("runs");
        // Aggregation in Spark SQL: the same query serves a laptop and a cluster.
        List<Row> agg = spark.sql("SELECT `group`, first(group_label) AS label, count(*) AS runs,"
                + " sum(CASE WHEN error IS NULL THEN 0 ELSE 1 END) AS errors,"
                + " avg(CASE WHEN error IS NULL THEN CAST(shorted AS DOUBLE) END) AS shorted_fraction,"
                + " percentile(CASE WHEN shorted THEN short_cycle END, 0.5) AS short_cycle_median_of_shorted,"
                + " avg(ce1) AS ce1_mean, avg(mean_ce) AS mean_ce_mean, min(min_active_area_fraction) AS min_active_area,"
                + " sum(wall_s) AS wall_s FROM runs GROUP BY `group` ORDER BY `group`").collectAsList();
        List<Map<String, Object>> groups = new ArrayList<>();
        List<KaplanMeier> curves = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double end = 1;
        for (RunOutcome o : runs) {
            end = Math.max(end, o.cyclesToShortOrEnd());
        }
        for (Row a : agg) {
            int g = a.getInt(0);
            List<RunOutcome> members = runs.stream().filter(o -> o.spec().group() == g && o.error() == null).toList();
            Map<String, Object> m = new LinkedHashMap<>();
            String[] names = {"group", "label", "runs", "errors", "shorted_fraction", "short_cycle_median_of_shorted",
                "ce1_mean", "mean_ce_mean", "min_active_area", "wall_s"};
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], a.get(i));
            }
            KaplanMeier km = members.isEmpty() ? null : survival(members);
            m.put("km_median_cycles_to_short", km == null || !km.medianReached() ? null : km.median());
            groups.add(m);
            if (km != null) {
                String label = (String) m.get("label");
                ChartFiles.writePngAndSvg(SweepCharts.survival(label, km, end), out.resolve("survival-group-" + g));
                curves.add(km);
                labels.add(label);
            }
        }
        if (!curves.isEmpty()) {
            ChartFiles.writePngAndSvg(SweepCharts.survival("Cycles to short, all groups", labels, curves, end, false),
                    out.resolve("survival"));
        }
        StringBuilder g = new StringBuilder();
        g.append(String.join(",", groups.isEmpty() ? List.of("group") : groups.get(0).keySet())).append('\n');
        for (Map<String, Object> m : groups) {
            g.append(String.join(",", m.values().stream().map(SweepOutputs::csvCell).toList())).append('\n');
        }
        AtomicFiles.writeString(out.resolve("groups.csv"), g.toString());
        boolean heat = axes.size() == 2;
        if (heat) {
            writeHeatMap(runs, axes, groups, out);
        }
        AtomicFiles.writeString(out.resolve("report.html"), SweepReport.html(runs, groups, heat));
        return groups;
    }

    /** Kaplan-Meier of cycles to short; runs that did not short are censored at their last cycle. */
    static KaplanMeier survival(List<RunOutcome> members) {
        double[] t = new double[members.size()];
        boolean[] seen = new boolean[members.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = members.get(i).cyclesToShortOrEnd();
            seen[i] = members.get(i).shorted();
        }
        return KaplanMeier.of(t, seen);
    }

    private static void writeHeatMap(List<RunOutcome> runs, List<String> axes, List<Map<String, Object>> groups, Path out) {
        LinkedHashSet<String> xs = new LinkedHashSet<>();
        LinkedHashSet<String> ys = new LinkedHashSet<>();
        Map<Integer, RunOutcome> firstOfGroup = new LinkedHashMap<>();
        for (RunOutcome o : runs) {
            xs.add(o.spec().axes().get(axes.get(0)));
            ys.add(o.spec().axes().get(axes.get(1)));
            firstOfGroup.putIfAbsent(o.spec().group(), o);
        }
        List<String> xl = new ArrayList<>(xs);
        List<String> yl = new ArrayList<>(ys);
        double[][] v = new double[xl.size()][yl.size()];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Map<String, Object> g : groups) {
            RunOutcome o = firstOfGroup.get((Integer) g.get("group"));
            Object median = g.get("km_median_cycles_to_short");
            v[xl.indexOf(o.spec().axes().get(axes.get(0)))][yl.indexOf(o.spec().axes().get(axes.get(1)))] =
                    median == null ? Double.NaN : ((Number) median).doubleValue();
        }
        ChartFiles.writePngAndSvg(SweepCharts.heatMap("Median cycles to short (Kaplan-Meier)", axes.get(0), xl,
                axes.get(1), yl, v, "median cycles to short"), out.resolve("median-heatmap"));
    }

    private static void writeCycles(SparkSession spark, List<RunOutcome> runs, Path out) {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("run", DataTypes.StringType, false),
            DataTypes.createStructField("group", DataTypes.IntegerType, false),
            DataTypes.createStructField("seed", DataTypes.LongType, false),
            DataTypes.createStructField("cycle", DataTypes.IntegerType, false),
            DataTypes.createStructField("plated_mAh_per_cm2", DataTypes.DoubleType, true),
            DataTypes.createStructField("stripped_mAh_per_cm2", DataTypes.DoubleType, true),
            DataTypes.createStructField("ce", DataTypes.DoubleType, true),
            DataTypes.createStructField("cumulative_plated_mAh_per_cm2", DataTypes.DoubleType, true),
            DataTypes.createStructField("min_active_area_fraction", DataTypes.DoubleType, true)});
        List<Row> rows = new ArrayList<>();
        for (RunOutcome o : runs) {
            for (RunOutcome.Cycle c : o.cycles()) {
                rows.add(RowFactory.create(o.key(), o.spec().group(), o.spec().seed(), c.cycle(),
                        nullable(c.platedMilliampHoursPerCm2()), nullable(c.strippedMilliampHoursPerCm2()),
                        nullable(c.coulombicEfficiency()), nullable(c.cumulativePlatedMilliampHoursPerCm2()),
                        nullable(c.minActiveAreaFraction())));
            }
        }
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).partitionBy("run")
                .parquet(out.resolve("cycles").toString());
    }

    /** The runs table's schema: run key, group, its label, one column per axis, the inputs, the outcomes. */
    static StructType runSchema(List<String> axes) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("run", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("group", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("group_label", DataTypes.StringType, false));
        for (String a : axes) {
            f.add(DataTypes.createStructField(column(a), DataTypes.StringType, true));
        }
        for (String s : new String[] {"cell", "protocol", "sets", "pressure", "loading"}) {
            f.add(DataTypes.createStructField(s, DataTypes.StringType, true));
        }
        f.add(DataTypes.createStructField("grid", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("pixel", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("seed", DataTypes.LongType, false));
        f.add(DataTypes.createStructField("shorted", DataTypes.BooleanType, false));
        f.add(DataTypes.createStructField("short_cycle", DataTypes.IntegerType, true));
        f.add(DataTypes.createStructField("plated_at_short_mAh_per_cm2", DataTypes.DoubleType, true));
        f.add(DataTypes.createStructField("cycles", DataTypes.IntegerType, false));
        for (String s : new String[] {"ce1", "mean_ce", "min_active_area_fraction", "wall_s"}) {
            f.add(DataTypes.createStructField(s, DataTypes.DoubleType, true));
        }
        f.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        return new StructType(f.toArray(StructField[]::new));
    }

    private static Object[] runValues(RunOutcome o, List<String> axes) {
        RunSpec s = o.spec();
        List<Object> v = new ArrayList<>();
        v.add(o.key());
        v.add(s.group());
        v.add(s.groupLabel());
        for (String a : axes) {
            v.add(s.axes().get(a));
        }
        v.add(s.cell());
        v.add(s.protocol());
        v.add(String.join(" ", s.sets()));
        v.add(s.pressure());
        v.add(s.loading());
        v.add(s.gridPixels());
        v.add(s.pixel());
        v.add(s.seed());
        v.add(o.shorted());
        v.add(o.shorted() ? o.shortCycle() : null);
        v.add(nullable(o.platedAtShortMilliampHoursPerCm2()));
        v.add(o.cyclesRun());
        v.add(nullable(o.firstCycleCoulombicEfficiency()));
        v.add(nullable(o.meanCoulombicEfficiency()));
        v.add(nullable(o.minActiveAreaFraction()));
        v.add(o.wallSeconds());
        v.add(o.error());
        return v.toArray();
    }

    /** A column name Spark and Parquet take without quoting: letters, digits and underscores. */
    static String column(String axis) {
        return axis.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static Double nullable(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String csvCell(Object x) {
        if (x == null) {
            return "";
        }
        String s = x.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
