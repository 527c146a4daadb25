package org.anodefree.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.app.plot.ChartFiles;

/**
 * Draws the heat maps of the published predictions (docs/model.md, section 14) from the tables
 * {@code scripts/predict-map.sh} writes: median cycle to short over retained Li x the second column, NaN
 * (grey) where fewer than half the cells shorted. Usage: {@code PredictionMaps TABLE.tsv OUT_BASE TITLE}.
 */
public final class PredictionMaps {
    private PredictionMaps() {
    }

    /** Reads a prediction table and writes {@code OUT_BASE.png} and {@code OUT_BASE.svg}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PredictionMaps TABLE.tsv OUT_BASE TITLE");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        String[] header = null;
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (header == null) {
                header = f;
                continue;
            }
            if (f.length < 4) {
                throw new IllegalArgumentException(args[0] + ": a row needs 4 tab-separated fields: " + line);
            }
            if (!columns.contains(f[1])) {
                columns.add(f[1]);
            }
            double median = f[3].equals("-") ? Double.NaN : Double.parseDouble(f[3]);
            cells.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], median);
        }
        if (header == null || cells.isEmpty()) {
            throw new IllegalArgumentException(args[0] + ": no rows");
        }
        List<String> rows = new ArrayList<>(cells.keySet());
        double[][] v = new double[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                v[i][j] = cells.get(rows.get(i)).getOrDefault(columns.get(j), Double.NaN);
            }
        }
        ChartFiles.writePngAndSvg(SweepCharts.heatMap(args[2], header[0], rows, header[1], columns, v,
                "median cycle of the short"), Path.of(args[1]));
        System.out.println("wrote " + args[1] + ".png and .svg");
    }
}
