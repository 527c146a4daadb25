package org.anodefree.app.reproduce;

import org.anodefree.experiment.CheckResult;
import org.anodefree.experiment.Estimate;
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
import org.anodefree.io.AtomicFiles;

/** The reproduction table as text, JSON, Markdown and one self-contained HTML page with the figures inlined. */
public final class ReproductionReport {
    private final List<Reproduction.ExperimentResult> results;
    private final double wallSeconds;

    public ReproductionReport(List<Reproduction.ExperimentResult> results, double wallSeconds) {
        this.results = List.copyOf(results);
        this.wallSeconds = wallSeconds;
    }

    /** Whether every judged row passed and no experiment failed to run. */
    public boolean allPassed() {
        return results.stream().allMatch(r -> r.error() == null
                && r.rows().stream().noneMatch(x -> x.verdict() == CheckResult.Verdict.FAIL));
    }

    /** The table as fixed-width text. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-5s %-44s %-26s %-10s %-10s %s%n", "row", "check", "simulated (median [range])",
                "reported", "band", "verdict"));
        for (Reproduction.ExperimentResult r : results) {
            if (r.error() != null) {
                sb.append(String.format(Locale.ROOT, "%-5s %-44s %s%n", r.experiment().id(), r.experiment().title(),
                        "ERROR: " + r.error()));
                continue;
            }
            for (CheckResult row : r.rows()) {
                sb.append(String.format(Locale.ROOT, "%-5s %-44s %-26s %-10s %-10s %s%s%n", row.experiment(),
                        clip(row.check().name(), 44), estimate(row.simulated()), num(row.check().reported()),
                        row.check().band() == null ? "-" : row.check().band().describe(), row.verdict(),
                        row.reason().isEmpty() ? "" : " (" + row.reason() + ")"));
            }
            for (String d : r.outcome().details()) {
                sb.append("      ").append(d).append('\n');
            }
        }
        long pass = rows().stream().filter(x -> x.verdict() == CheckResult.Verdict.PASS).count();
        long fail = rows().stream().filter(x -> x.verdict() == CheckResult.Verdict.FAIL).count();
        long errors = results.stream().filter(r -> r.error() != null).count();
        sb.append(String.format(Locale.ROOT, "%d passed, %d failed, %d experiments could not run; wall time %.1f s%n",
                pass, fail, errors, wallSeconds));
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
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("experiment", row.experiment());
                m.put("check", row.check().name());
                m.put("quantity", row.check().quantity());
                m.put("at", row.check().at());
                m.put("simulatedMedian", row.simulated().median());
                m.put("simulatedMin", row.simulated().min());
                m.put("simulatedMax", row.simulated().max());
                m.put("members", row.simulated().members());
                m.put("reported", row.check().reported());
                m.put("band", row.check().band() == null ? null : row.check().band().describe());
                m.put("verdict", row.verdict().name());
                m.put("reason", row.reason());
                rows.add(m);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rows", rows);
        doc.put("allPassed", allPassed());
        doc.put("wallSeconds", wallSeconds);
        return doc;
    }

    private String markdown() {
        StringBuilder sb = new StringBuilder("| row | check | simulated (median [range]) | reported | band | verdict |\n|---|---|---|---|---|---|\n");
        for (CheckResult row : rows()) {
            sb.append("| ").append(row.experiment()).append(" | ").append(row.check().name()).append(" | ")
                    .append(estimate(row.simulated())).append(" | ").append(num(row.check().reported())).append(" | ")
                    .append(row.check().band() == null ? "-" : row.check().band().describe()).append(" | ")
                    .append(row.verdict()).append(row.reason().isEmpty() ? "" : " (" + row.reason() + ")").append(" |\n");
        }
        return sb.toString();
    }

    private String html() {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>anodefree reproduce</title>"
                + "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + ".PASS{color:#1b7f3b;font-weight:bold}.FAIL{color:#b00020;font-weight:bold}.ERROR{color:#b00020}"
                + "img{max-width:540px;margin:4px;border:1px solid #eee}</style></head><body>");
        sb.append("<h1>anodefree reproduce</h1><p>Simulated vs reported for each row of the reproduction table"
                + " (MODEL.md). Ensembles show the median with the range over seeds.</p>");
        sb.append("<table><tr><th>row</th><th>check</th><th>simulated</th><th>reported</th><th>band</th><th>verdict</th></tr>");
        for (Reproduction.ExperimentResult r : results) {
            if (r.error() != null) {
                sb.append("<tr><td>").append(esc(r.experiment().id())).append("</td><td colspan=4>")
                        .append(esc(r.experiment().title())).append("</td><td class=ERROR>ERROR: ")
                        .append(esc(r.error())).append("</td></tr>");
            }
            for (CheckResult row : r.rows()) {
                sb.append("<tr><td>").append(esc(row.experiment())).append("</td><td>").append(esc(row.check().name()))
                        .append("</td><td>").append(esc(estimate(row.simulated()))).append("</td><td>")
                        .append(esc(num(row.check().reported()))).append("</td><td>")
                        .append(esc(row.check().band() == null ? "-" : row.check().band().describe()))
                        .append("</td><td class=").append(row.verdict()).append(">").append(row.verdict())
                        .append(row.reason().isEmpty() ? "" : " " + esc(row.reason())).append("</td></tr>");
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

    private static String base64(Path f) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new AnodefreeException("cannot read figure " + f + " for the report: " + e.getMessage(), e);
        }
    }

    private static String estimate(Estimate e) {
        if (e.members() == 1) {
            return num(e.median());
        }
        return num(e.median()) + " [" + num(e.min()) + ", " + num(e.max()) + "]";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.3g", v);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
