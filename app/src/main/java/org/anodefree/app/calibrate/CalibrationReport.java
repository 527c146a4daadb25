package org.anodefree.app.calibrate;

import org.anodefree.experiment.Estimate;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.app.Json;
import org.anodefree.io.AtomicFiles;
import org.anodefree.parameters.Parameter;

/**
 * The calibration's outputs: {@code calibration.json} (fitted values, objective, per-check residuals
 * before and after, every evaluation, wall time) and {@code calibration.md}, the same for people.
 *
 * @param spec what was fitted
 * @param specName the spec file as given, for the report's header
 * @param start the start values, in spec order
 * @param result the optimiser's result
 */
public record CalibrationReport(CalibrationSpec spec, String specName, double[] start, Calibrator.Result result) {
    public CalibrationReport {
        start = start.clone();
    }

    /** Writes calibration.json and calibration.md into {@code dir}. */
    public void write(Path dir) {
        Json.write(json(), dir.resolve("calibration.json"));
        AtomicFiles.writeString(dir.resolve("calibration.md"), markdown());
    }

    /** The fitted values, in spec order. */
    public double[] fitted() {
        return result.best().values();
    }

    /**
     * The fitted values an earlier run wrote to {@code calibration.json}, by parameter, for
     * {@code calibrate --apply}: every {@code parameters[i]} needs a known {@code key} and a finite
     * {@code fitted}.
     */
    public static Map<Parameter, Double> fittedValues(Path json) {
        JsonNode doc;
        try {
            doc = Json.mapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new InputException(json + ": not a readable calibration report (" + e.getMessage() + ")", e);
        }
        JsonNode params = doc == null ? null : doc.get("parameters");
        if (params == null || !params.isArray() || params.isEmpty()) {
            throw new InputException(json + ": no \"parameters\" list: not a calibration.json");
        }
        Map<Parameter, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            JsonNode node = params.get(i);
            String key = node.path("key").asText("");
            Parameter p = Parameter.byKey(key);
            JsonNode fitted = node.get("fitted");
            if (p == null) {
                throw new InputException(json + ": parameters[" + i + "].key: unknown parameter \"" + key + "\"");
            }
            if (fitted == null || !fitted.isNumber() || !Double.isFinite(fitted.asDouble())) {
                throw new InputException(json + ": parameters[" + i + "].fitted (" + key + "): not a finite number");
            }
            values.put(p, fitted.asDouble());
        }
        return values;
    }

    /** The report as a JSON-ready map (NaN written as null). */
    public Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("spec", specName);
        doc.put("optimizer", spec.optimizer());
        doc.put("fitSeeds", spec.fitSeeds().toString());
        doc.put("judgeSeeds", spec.judgeSeeds().toString());
        doc.put("gridPixels", spec.gridPixels());
        doc.put("budget", spec.budget());
        List<Map<String, Object>> params = new ArrayList<>();
        double[] fit = fitted();
        for (int i = 0; i < start.length; i++) {
            FreeParameter p = spec.parameters().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.parameter().key());
            m.put("unit", p.parameter().unit());
            m.put("min", p.min());
            m.put("max", p.max());
            m.put("scale", p.logScale() ? "log" : "linear");
            m.put("start", start[i]);
            m.put("fitted", fit[i]);
            params.add(m);
        }
        doc.put("parameters", params);
        doc.put("objectiveStart", result.start().objective());
        doc.put("objectiveFitted", result.best().objective());
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int k = 0; k < result.start().checks().size(); k++) {
            CheckResidual b = result.start().checks().get(k);
            CheckResidual a = result.best().checks().get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("experiment", b.experiment());
            m.put("check", b.check());
            m.put("quantity", b.quantity());
            m.put("reported", b.reported());
            m.put("band", b.band());
            m.put("before", estimate(b.simulated()));
            m.put("after", estimate(a.simulated()));
            m.put("residualBefore", b.residual());
            m.put("residualAfter", a.residual());
            m.put("verdictBefore", b.verdict());
            m.put("verdictAfter", a.verdict());
            checks.add(m);
        }
        doc.put("checks", checks);
        Map<String, Map<String, Double>> perRow = new LinkedHashMap<>();
        for (int k = 0; k < result.start().checks().size(); k++) {
            Map<String, Double> m = perRow.computeIfAbsent(result.start().checks().get(k).experiment(),
                    x -> new LinkedHashMap<>(Map.of("before", 0.0, "after", 0.0)));
            m.merge("before", result.start().checks().get(k).residual(), Double::sum);
            m.merge("after", result.best().checks().get(k).residual(), Double::sum);
        }
        doc.put("residualPerRow", perRow);
        List<Map<String, Object>> evals = new ArrayList<>();
        for (Evaluation e : result.history()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", e.index());
            m.put("values", e.values());
            m.put("objective", e.objective());
            m.put("wallSeconds", e.wallSeconds());
            evals.add(m);
        }
        doc.put("evaluations", evals);
        doc.put("bestEvaluation", result.best().index());
        doc.put("stopReason", result.stopReason());
        doc.put("wallSeconds", result.wallSeconds());
        return doc;
    }

    private static Map<String, Object> estimate(Estimate e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", finite(e.median()));
        m.put("min", finite(e.min()));
        m.put("max", finite(e.max()));
        m.put("members", e.members());
        return m;
    }

    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** The human report: parameters start to fitted, each check before and after, wall time. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("# Calibration report\n\n");
        sb.append(String.format(Locale.ROOT, "Spec `%s`: %s, fit seeds %s (judge seeds %s, not used here), grid %s; %d"
                + " evaluations of a budget of %d (best: evaluation %d); stopped: %s. Wall time %.1f s (%.1f min), %.1f s"
                + " per evaluation.%n%n", specName, spec.optimizer(), spec.fitSeeds(), spec.judgeSeeds(),
                spec.gridPixels() == 0 ? "of each experiment" : spec.gridPixels() + " x " + spec.gridPixels(),
                result.history().size(), spec.budget(), result.best().index(), result.stopReason(),
                result.wallSeconds(), result.wallSeconds() / 60, result.wallSeconds() / result.history().size()));
        sb.append(String.format(Locale.ROOT, "Objective (sum of band residuals, 0 = every check at its band centre or"
                + " passing by a margin): %.4g at the start, %.4g fitted.%n%n", result.start().objective(),
                result.best().objective()));
        sb.append("| parameter | unit | bounds | scale | start | fitted |\n|---|---|---|---|---|---|\n");
        double[] fit = fitted();
        for (int i = 0; i < start.length; i++) {
            FreeParameter p = spec.parameters().get(i);
            sb.append("| `").append(p.parameter().key()).append("` | ").append(p.parameter().unit()).append(" | ")
                    .append(num(p.min())).append(" to ").append(num(p.max())).append(" | ")
                    .append(p.logScale() ? "log" : "linear").append(" | ").append(num(start[i])).append(" | ")
                    .append(num(fit[i])).append(" |\n");
        }
        sb.append("\n| row | residual before | residual after |\n|---|---|---|\n");
        Map<String, double[]> perRow = new LinkedHashMap<>();
        for (int k = 0; k < result.start().checks().size(); k++) {
            double[] sum = perRow.computeIfAbsent(result.start().checks().get(k).experiment(), x -> new double[2]);
            sum[0] += result.start().checks().get(k).residual();
            sum[1] += result.best().checks().get(k).residual();
        }
        perRow.forEach((row, sum) -> sb.append("| ").append(row).append(" | ").append(num(sum[0])).append(" | ")
                .append(num(sum[1])).append(" |\n"));
        sb.append("\n| row | check | band | before | residual | after | residual | verdict |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (int k = 0; k < result.start().checks().size(); k++) {
            CheckResidual b = result.start().checks().get(k);
            CheckResidual a = result.best().checks().get(k);
            sb.append("| ").append(b.experiment()).append(" | ").append(b.check().replace("|", "/")).append(" | ")
                    .append(b.band()).append(" | ").append(text(b.simulated())).append(" | ")
                    .append(num(b.residual())).append(" | ").append(text(a.simulated())).append(" | ")
                    .append(num(a.residual())).append(" | ").append(b.verdict()).append(" -> ").append(a.verdict())
                    .append(" |\n");
        }
        sb.append("\nValues are ensemble medians [min, max] over the seeds; a residual is the distance outside the"
                + " band in band widths (or in units of a one-sided band's bound) plus a pull of at most "
                + num(spec.pull()) + " towards the band centre.\n");
        return sb.toString();
    }

    private static String text(Estimate e) {
        if (e == null) {
            return "error";
        }
        return e.members() == 1 ? num(e.median()) : num(e.median()) + " [" + num(e.min()) + ", " + num(e.max()) + "]";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
