package org.anodefree.spark;

import java.util.List;
import java.util.Map;

/** The sweep's one HTML page: the groups' table, the charts, and links to every table it wrote. */
final class SweepReport {
    private SweepReport() {
    }

    static String html(List<RunOutcome> runs, List<Map<String, Object>> groups, boolean heatMap) {
        long failed = runs.stream().filter(r -> r.error() != null).count();
        long shorted = runs.stream().filter(RunOutcome::shorted).count();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>anodefree sweep</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}img{max-width:900px}</style>")
                .append("</head><body>\n<h1>anodefree sweep</h1>\n");
        b.append("<p>").append(runs.size()).append(" runs in ").append(groups.size()).append(" groups; ").append(shorted)
                .append(" shorted; ").append(failed).append(" failed (their error is in the tables).</p>\n");
        b.append("<p>Tables: <a href=\"runs.csv\">runs.csv</a>, <a href=\"runs.parquet\">runs.parquet</a>,"
                + " <a href=\"cycles\">cycles/</a> (Parquet, partitioned by run), <a href=\"groups.csv\">groups.csv</a>,"
                + " <a href=\"manifest.json\">manifest.json</a>.</p>\n");
        b.append("<h2>Groups</h2>\n<table><tr>");
        if (!groups.isEmpty()) {
            for (String k : groups.get(0).keySet()) {
                b.append("<th>").append(escape(k)).append("</th>");
            }
            b.append("<th>survival</th></tr>\n");
            for (Map<String, Object> g : groups) {
                b.append("<tr>");
                for (Object v : g.values()) {
                    b.append("<td>").append(escape(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.3g", d)
                            : String.valueOf(v == null ? "" : v))).append("</td>");
                }
                String base = "survival-group-" + g.get("group");
                b.append("<td><a href=\"").append(base).append(".png\">png</a> <a href=\"").append(base)
                        .append(".svg\">svg</a></td></tr>\n");
            }
        }
        b.append("</table>\n");
        b.append("<p>Median: Kaplan-Meier median of cycles to short (runs that did not short are censored at"
                + " their last cycle; empty where the curve never falls to 0.5).</p>\n");
        b.append("<h2>Survival</h2>\n<p><img src=\"survival.png\" alt=\"survival curves\"></p>\n");
        if (heatMap) {
            b.append("<h2>Median cycles to short</h2>\n<p><img src=\"median-heatmap.png\" alt=\"heat map\"></p>\n");
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
