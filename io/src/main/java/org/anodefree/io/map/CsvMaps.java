package org.anodefree.io.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodefree.InputException;
import org.anodefree.io.AtomicFiles;
import org.anodefree.io.FieldSpans;
import org.anodefree.map.ThicknessMap;
import org.anodefree.units.Quantity;

/**
 * Thickness maps as a comma-separated matrix (one grid row per line, first line = top row). Header
 * comments {@code # pixel_size = 1.7 um}, {@code # thickness_unit = um} and {@code # shape = rows x columns}
 * give the metadata; an empty cell marks a pixel outside the electrode (with a shape header, an empty
 * line inside the matrix is a row of such pixels). Semicolons, tabs and spaces are accepted as separators.
 */
final class CsvMaps {
    private CsvMaps() {
    }

    static ThicknessMap read(Path file, MapReadOptions options) {
        Double pixelFromFile = null;
        double unit = 1e-6;
        boolean unitFromFile = false;
        List<double[]> rows = new ArrayList<>();
        List<boolean[]> masks = new ArrayList<>();
        boolean anyOutside = false;
        int width = -1;
        int[] shape = null;
        int pendingBlank = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty()) {
                    if (shape != null && !rows.isEmpty()) {
                        pendingBlank++;
                    }
                    continue;
                }
                if (s.startsWith("#")) {
                    String[] kv = s.substring(1).split("[=:]", 2);
                    if (kv.length == 2) {
                        String key = kv[0].strip().toLowerCase(Locale.ROOT).replace(' ', '_');
                        String value = kv[1].strip();
                        String where = file + ":" + lineNo;
                        if (key.equals("pixel_size")) {
                            pixelFromFile = Quantity.LENGTH.parse(value, where + " pixel_size");
                        } else if (key.equals("shape")) {
                            String[] hw = value.toLowerCase(Locale.ROOT).split("x");
                            try {
                                shape = new int[] {Integer.parseInt(hw[0].strip()), Integer.parseInt(hw[1].strip())};
                            } catch (RuntimeException e) {
                                throw InputException.at(file.toString(), lineNo, 0, "shape '" + value
                                        + "' should read 'rows x columns', e.g. 470 x 470");
                            }
                        } else if (key.equals("thickness_unit")) {
                            unit = Quantity.LENGTH.factorToSi(value, where + " thickness_unit");
                            unitFromFile = true;
                        }
                    }
                    continue;
                }
                for (; pendingBlank > 0; pendingBlank--) {
                    // A blank line inside the matrix: a row wholly outside the electrode.
                    rows.add(new double[width]);
                    masks.add(new boolean[width]);
                    anyOutside = true;
                }
                // comma or semicolon tables through the shared tokenizer; a matrix without either is
                // whitespace-separated (numpy.savetxt's default, ImageJ's text image), where a run of blanks
                // is one separator: a different rule from a delimiter, so it stays a regular expression
                String[] cells = s.indexOf(',') >= 0 ? FieldSpans.fields(s, ',')
                        : s.indexOf(';') >= 0 ? FieldSpans.fields(s, ';') : s.split("[\\s]+", -1);
                if (width < 0) {
                    width = cells.length;
                } else if (cells.length != width) {
                    throw InputException.at(file.toString(), lineNo, 0, "row has " + cells.length
                            + " values, the rows above have " + width + "; every row of the map must be as long");
                }
                double[] row = new double[width];
                boolean[] inside = new boolean[width];
                for (int c = 0; c < width; c++) {
                    String cell = cells[c].strip();
                    if (cell.isEmpty()) {
                        anyOutside = true;
                        continue;
                    }
                    double v;
                    try {
                        v = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw InputException.at(file.toString(), lineNo, c + 1, "'" + cell + "' is not a number");
                    }
                    ThicknessMapFiles.checkThickness(v, file, "line " + lineNo + ", column " + (c + 1));
                    row[c] = v;
                    inside[c] = true;
                }
                rows.add(row);
                masks.add(inside);
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (rows.isEmpty()) {
            throw new InputException(file + ": no map rows found (only comments or empty lines)");
        }
        if (shape != null) {
            // Blank lines at the end belong to the matrix only as far as the stated shape reaches.
            for (; pendingBlank > 0 && rows.size() < shape[0]; pendingBlank--) {
                rows.add(new double[width]);
                masks.add(new boolean[width]);
                anyOutside = true;
            }
            if (shape[0] != rows.size() || shape[1] != width) {
                throw new InputException(file + ": header says shape " + shape[0] + " x " + shape[1] + " but the matrix is "
                        + rows.size() + " x " + width);
            }
        }
        double scale = options.thicknessUnitMeters() != null ? options.thicknessUnitMeters() : unit;
        if (options.thicknessUnitMeters() != null && unitFromFile && options.thicknessUnitMeters() != unit) {
            // The user said so explicitly; their word wins over the header, which may be stale.
            scale = options.thicknessUnitMeters();
        }
        int height = rows.size();
        double[] t = new double[width * height];
        boolean[] mask = anyOutside ? new boolean[width * height] : null;
        for (int r = 0; r < height; r++) {
            double[] row = rows.get(r);
            for (int c = 0; c < width; c++) {
                t[r * width + c] = row[c] * scale;
                if (mask != null) {
                    mask[r * width + c] = masks.get(r)[c];
                }
            }
        }
        return ThicknessMap.adopting(width, height, ThicknessMapFiles.pixelSize(file, options, pixelFromFile), t, mask);
    }

    static void write(Path file, ThicknessMap map) {
        AtomicFiles.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("# anodefree thickness map: one row of pixels per line, top row first\n");
            w.write("# pixel_size = " + map.pixelSizeMeters() * 1e6 + " um\n");
            w.write("# thickness_unit = um\n");
            w.write("# shape = " + map.height() + " x " + map.width() + "\n");
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < map.height(); r++) {
                sb.setLength(0);
                for (int c = 0; c < map.width(); c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    int i = r * map.width() + c;
                    if (map.isInside(i)) {
                        sb.append(map.thicknessMeters(i) * 1e6);
                    }
                }
                sb.append('\n');
                w.write(sb.toString());
            }
            w.flush();
        });
    }
}
