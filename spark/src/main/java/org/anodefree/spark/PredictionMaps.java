package org.anodefree.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.io.FieldSpans;

/**
 * Draws the heat maps of the published predictions (docs/model.md, section 14) from the tables
 * {@code scripts/predict-map.sh} writes: median cycle to short over retained Li x the second column, NaN
 * (grey) where fewer than half the cells shorted. Usage: {@code PredictionMaps TABLE.tsv OUT_BASE TITLE}.
 */
public final class PredictionMaps {
    private PredictionMaps() {
    }

    /** Reads a prediction table and writes {@code OUT_BASE.png} and {@code OUT_BASE.svg}; bad input exits 2. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PredictionMaps TABLE.tsv OUT_BASE TITLE");
            System.exit(2);
        }
        try {
            draw(Path.of(args[0]), Path.of(args[1]), args[2]);
        } catch (InputException e) {
            System.err.println("PredictionMaps: " + e.getMessage());
            System.exit(2);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("PredictionMaps: " + args[0] + ": no such file (the table scripts/predict-map.sh writes)");
            System.exit(2);
        }
        System.out.println("wrote " + args[1] + ".png and .svg");
    }

    private static void draw(Path table, Path base, String title) throws IOException {
        List<String> lines = Files.readAllLines(table);
        String[] header = null;
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = FieldSpans.fields(line, '\t');
            if (header == null) {
                header = f;
                continue;
            }
            if (f.length < 4) {
                throw new InputException(table + ":" + (n + 1) + ": a row needs 4 tab-separated fields (R, column, shorted,"
                        + " median cycle or -), got " + f.length);
            }
            if (!columns.contains(f[1])) {
                columns.add(f[1]);
            }
            double median = f[3].equals("-") ? Double.NaN : cycle(f[3], table, n + 1);
            cells.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], median);
        }
        if (header == null || cells.isEmpty()) {
            throw new InputException(table + ": no rows under the header");
        }
        List<String> rows = new ArrayList<>(cells.keySet());
        double[][] v = new double[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                v[i][j] = cells.get(rows.get(i)).getOrDefault(columns.get(j), Double.NaN);
            }
        }
        ChartFiles.writePngAndSvg(SweepCharts.heatMap(title, header[0], rows, header[1], columns, v,
                "median cycle of the short"), base);
    }

    private static double cycle(String text, Path table, int line) {
        try {
            double c = Double.parseDouble(text);
            if (c >= 1 && Double.isFinite(c)) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(table + ":" + line + ": median cycle '" + text + "': a cycle number >= 1, or - when"
                + " the median was not reached");
    }
}
