package org.anodefree.app.reproduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodefree.AnodefreeException;
import org.anodefree.app.Json;
import org.anodefree.experiment.Check;
import org.anodefree.experiment.CheckResult;
import org.anodefree.experiment.Estimate;
import org.anodefree.experiment.Estimators;
import org.anodefree.io.AtomicFiles;

/**
 * The reproduction table as text, JSON, Markdown and one self-contained HTML page with the figures inlined.
 * Every row says what it is evidence of (prediction, fitted, input) and carries its 90% interval; the
 * summary counts predictions and fitted rows apart and does not count inputs.
 */
public final class ReproductionReport {
    private final List<Reproduction.ExperimentResult> results;
    private final double wallSeconds;
    private final String fitSeeds;
    private final boolean onFitSeeds;

    /**
     * @param fitSeeds the seeds the calibration fitted on (shown at the top; the judge seeds are per experiment)
     * @param onFitSeeds whether the simulated rows ran on the fit seeds (a check of the fit, not evidence)
     */
    public ReproductionReport(List<Reproduction.ExperimentResult> results, double wallSeconds, String fitSeeds,
            boolean onFitSeeds) {
        this.results = List.copyOf(results);
        this.wallSeconds = wallSeconds;
        this.fitSeeds = fitSeeds;
        this.onFitSeeds = onFitSeeds;
    }

    /** Whether every judged row passed and no experiment failed to run. */
    public boolean allPassed() {
        return results.stream().allMatch(r -> r.error() == null
                && r.rows().stream().noneMatch(x -> x.verdict() == CheckResult.Verdict.FAIL));
    }

    /** "predictions: N of M PASS; fitted: K of L PASS; inputs: shown, not counted". */
    public String summary() {
        return (onFitSeeds ? "ON THE FIT SEEDS (how well the fit reached its targets, not evidence) " : "")
                + String.format(Locale.ROOT, "predictions: %d of %d PASS; fitted: %d of %d PASS; inputs: %d shown, not counted",
                count(Check.Label.PREDICTION, true), count(Check.Label.PREDICTION, false), count(Check.Label.FITTED, true),
                count(Check.Label.FITTED, false), rows().stream().filter(r -> r.check().label() == Check.Label.INPUT).count());
    }

    private long count(Check.Label label, boolean passed) {
        return rows().stream().filter(r -> r.check().label() == label && r.verdict() != CheckResult.Verdict.INFO)
                .filter(r -> !passed || r.verdict() == CheckResult.Verdict.PASS).count();
    }

    /** The table as fixed-width text. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("fit seeds: ").append(fitSeeds).append("; every simulated row is judged on its judge seeds (below),"
                + " disjoint from them; intervals are 90%\n");
        sb.append(String.format(Locale.ROOT, "%-5s %-10s %-44s %-42s %-9s %-10s %s%n", "row", "label", "check",
                "simulated (median, 90% interval)", "reported", "band", "verdict"));
        for (Reproduction.ExperimentResult r : results) {
            if (r.error() != null) {
                sb.append(String.format(Locale.ROOT, "%-5s %-10s %-44s %s%n", r.experiment().id(), "", r.experiment().title(),
                        "ERROR: " + r.error()));
                continue;
            }
            for (CheckResult row : r.rows()) {
                sb.append(String.format(Locale.ROOT, "%-5s %-10s %-44s %-42s %-9s %-10s %s%s%n", row.experiment(),
                        row.check().label().id(), clip(row.check().name(), 44), EstimateText.of(row.simulated()),
                        EstimateText.num(row.check().reported()), band(row.check()), row.verdict(),
                        row.reason().isEmpty() ? "" : " (" + row.reason() + ")"));
            }
            if (r.outcome().judgeSeeds() != null) {
                sb.append("      judged on seeds ").append(r.outcome().judgeSeeds()).append(" (fit seeds ")
                        .append(r.outcome().fitSeeds()).append(")\n");
            }
            for (String d : r.outcome().details()) {
                sb.append("      ").append(d).append('\n');
            }
        }
        long errors = results.stream().filter(r -> r.error() != null).count();
        sb.append(summary()).append(String.format(Locale.ROOT, "; %d experiments could not run; wall time %.1f s%n",
                errors, wallSeconds));
        return sb.toString();
    }

    /** Writes results.json, table.md, table.txt and report.html into {@code dir}. */
    public void write(Path dir) {
        AtomicFiles.writeString(dir.resolve("table.txt"), text());
        AtomicFiles.writeString(dir.resolve("table.md"), markdown());
        Json.write(json(), dir.resolve("results.json"));
        AtomicFiles.writeString(dir.resolve("report.html"), html());
    }

    /** The results as a JSON-ready map. */
    public Map<String, Object> json() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Reproduction.ExperimentResult r : results) {
            if (r.error() != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("experiment", r.experiment().id());
                m.put("verdict", "ERROR");
                m.put("reason", r.error());
                rows.add(m);
            }
            for (CheckResult row : r.rows()) {
                Estimate e = row.simulated();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("experiment", row.experiment());
                m.put("check", row.check().name());
                m.put("quantity", row.check().quantity());
                m.put("label", row.check().label().id());
                if (row.check().sets() != null) {
                    m.put("sets", row.check().sets());
                }
                m.put("at", row.check().at());
                m.put("method", e.method().name().toLowerCase(Locale.ROOT));
                m.put("simulatedMedian", e.median());
                m.put("interval", List.of(e.low(), e.high()));
                m.put("medianReached", e.medianReached());
                if (!e.medianReached()) {
                    m.put("medianAbove", e.lowerBound());
                }
                m.put("simulatedMin", e.min());
                m.put("simulatedMax", e.max());
                m.put("members", e.members());
                m.put("measured", e.measured());
                m.put("events", e.events());
                m.put("judgeSeeds", r.outcome().judgeSeeds());
                m.put("reported", row.check().reported());
                m.put("band", row.check().band() == null ? null : row.check().band().describe());
                m.put("verdict", row.verdict().name());
                m.put("reason", row.reason());
                rows.add(m);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("fitSeeds", fitSeeds);
        doc.put("onFitSeeds", onFitSeeds);
        doc.put("intervalLevel", Estimators.LEVEL);
        doc.put("summary", summary());
        doc.put("rows", rows);
        doc.put("allPassed", allPassed());
        doc.put("wallSeconds", wallSeconds);
        return doc;
    }

    private String markdown() {
        StringBuilder sb = new StringBuilder("| row | label | check | simulated (median, 90% interval) | reported | band | verdict |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (CheckResult row : rows()) {
            sb.append("| ").append(row.experiment()).append(" | ").append(row.check().label().id()).append(" | ")
                    .append(row.check().name()).append(" | ").append(EstimateText.of(row.simulated())).append(" | ")
                    .append(EstimateText.num(row.check().reported())).append(" | ").append(band(row.check())).append(" | ")
                    .append(row.verdict()).append(row.reason().isEmpty() ? "" : " (" + row.reason() + ")").append(" |\n");
        }
        sb.append('\n').append(summary()).append(". Fit seeds ").append(fitSeeds).append("; judge seeds per row in results.json.\n");
        return sb.toString();
    }

    private String html() {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>anodefree reproduce</title>"
                + "<style>body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + ".PASS{color:#1b7f3b;font-weight:bold}.FAIL{color:#b00020;font-weight:bold}.ERROR{color:#b00020}"
                + ".input{color:#777}img{max-width:540px;margin:4px;border:1px solid #eee}</style></head><body>");
        sb.append("<h1>anodefree reproduce</h1><p>Simulated vs reported for each row of the reproduction table"
                + " (MODEL.md). Simulated rows are judged on judge seeds, never on the seeds the calibration fitted"
                + " (fit seeds ").append(esc(String.valueOf(fitSeeds))).append("); each shows its median with a 90%"
                + " interval. Labels: <b>prediction</b> (nothing was fitted or set from the row), <b>fitted</b> (the"
                + " row is in the calibration objective), <b>input</b> (a parameter was set from it; not counted).</p>");
        sb.append("<p><b>").append(esc(summary())).append("</b></p>");
        sb.append("<table><tr><th>row</th><th>label</th><th>check</th><th>simulated</th><th>reported</th><th>band</th>"
                + "<th>verdict</th></tr>");
        for (Reproduction.ExperimentResult r : results) {
            if (r.error() != null) {
                sb.append("<tr><td>").append(esc(r.experiment().id())).append("</td><td colspan=5>")
                        .append(esc(r.experiment().title())).append("</td><td class=ERROR>ERROR: ")
                        .append(esc(r.error())).append("</td></tr>");
            }
            for (CheckResult row : r.rows()) {
                sb.append("<tr class=").append(row.check().label().id()).append("><td>").append(esc(row.experiment()))
                        .append("</td><td>").append(row.check().label().id()).append("</td><td>")
                        .append(esc(row.check().name())).append("</td><td>").append(esc(EstimateText.of(row.simulated())))
                        .append("</td><td>").append(esc(EstimateText.num(row.check().reported()))).append("</td><td>")
                        .append(esc(band(row.check()))).append("</td><td class=").append(row.verdict()).append(">")
                        .append(row.verdict()).append(row.reason().isEmpty() ? "" : " " + esc(row.reason()))
                        .append("</td></tr>");
            }
        }
        sb.append("</table>");
        for (Reproduction.ExperimentResult r : results) {
            sb.append("<h2>").append(esc(r.experiment().id() + ": " + r.experiment().title())).append("</h2><p>")
                    .append(esc(r.experiment().figure())).append("</p>");
            if (!r.experiment().note().isBlank()) {
                sb.append("<p>").append(esc(r.experiment().note())).append("</p>");
            }
            if (r.outcome() != null) {
                sb.append("<ul>");
                if (r.outcome().judgeSeeds() != null) {
                    sb.append("<li>judged on seeds ").append(esc(r.outcome().judgeSeeds())).append(" (fit seeds ")
                            .append(esc(r.outcome().fitSeeds())).append(")</li>");
                }
                r.outcome().details().forEach(d -> sb.append("<li>").append(esc(d)).append("</li>"));
                sb.append("</ul>");
                for (Path f : r.outcome().figures()) {
                    sb.append("<img alt=\"").append(esc(f.getFileName().toString())).append("\" src=\"data:image/png;base64,")
                            .append(base64(f)).append("\">");
                }
            }
        }
        sb.append(String.format(Locale.ROOT, "<p>Wall time %.1f s.</p></body></html>%n", wallSeconds));
        return sb.toString();
    }

    private List<CheckResult> rows() {
        return results.stream().flatMap(r -> r.rows().stream()).toList();
    }

    private static String band(Check c) {
        return c.band() == null ? "-" : c.band().describe();
    }

    private static String base64(Path f) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new AnodefreeException("cannot read figure " + f + " for the report: " + e.getMessage(), e);
        }
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
