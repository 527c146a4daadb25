package org.anodefree.io.cycler;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The header block EC-Lab and BT-Lab write above an {@code .mpt} export and in an {@code .mpl} log: the
 * technique's name, {@code key : value} lines (channel, device, software, acquisition start, mass, area, time
 * format) and the settings table ({@code Ns  0  1  2}, {@code ctrl_type  Rest  CC}). Read into metadata, with
 * the standard keys of {@link CyclerMetadata} where a line gives one.
 */
final class EcLabHeader {
    /** True when the export writes {@code time/s} as a date ({@code Time format : Absolute MMDDYYYY}). */
    boolean absoluteTime;
    /** True when such a date is day first ({@code DDMMYYYY}). */
    boolean dayFirst;
    /** The acquisition start, or {@code null}: the origin of an absolute time column. */
    String acquisitionStart;

    /** Reads the header lines (the first, {@code EC-Lab ASCII FILE}, included) as metadata entries into {@code b}. */
    static EcLabHeader read(List<String> lines, BiConsumer<String, String> b) {
        EcLabHeader h = new EcLabHeader();
        boolean technique = false;
        for (int k = 1; k < lines.size(); k++) {
            String line = lines.get(k);
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("Nb header lines")) {
                continue;
            }
            if (!technique) {
                technique = true;
                if (t.indexOf(" : ") < 0) {
                    b.accept(CyclerMetadata.PROCEDURE, t);
                    b.accept("biologic.technique", t);
                    continue;
                }
            }
            h.line(t, b);
        }
        return h;
    }

    private void line(String t, BiConsumer<String, String> b) {
        int colon = t.indexOf(" : ");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("for windows v")) {
            b.accept(CyclerMetadata.SOFTWARE, t.replace("(software)", "").trim());
            return;
        }
        if (colon < 0) {
            settingsRow(t, b);
            return;
        }
        String key = t.substring(0, colon).trim();
        String value = t.substring(colon + 3).trim();
        if (value.isEmpty()) {
            return;
        }
        b.accept("biologic." + key, value);
        switch (key.toLowerCase(Locale.ROOT)) {
            case "run on channel" -> b.accept(CyclerMetadata.CHANNEL, value);
            case "device" -> b.accept(CyclerMetadata.INSTRUMENT, value);
            case "acquisition started on" -> {
                acquisitionStart = value;
                b.accept(CyclerMetadata.START_TIME, value);
            }
            case "time format" -> {
                absoluteTime = value.toLowerCase(Locale.ROOT).startsWith("absolute");
                dayFirst = value.toUpperCase(Locale.ROOT).contains("DDMM");
            }
            case "mass of active material" -> mass(value, b);
            case "electrode surface area" -> area(value, b);
            default -> {
            }
        }
    }

    /** A settings row: a name, then one value per sequence, in columns of 20 characters. */
    private static void settingsRow(String t, BiConsumer<String, String> b) {
        String[] f = t.split("\\s{2,}");
        if (f.length >= 2 && f[0].length() <= 40) {
            b.accept("biologic.settings." + f[0].trim(), String.join(", ", java.util.Arrays.copyOfRange(f, 1,
                    f.length)).trim());
        }
    }

    private static void mass(String value, BiConsumer<String, String> b) {
        String[] f = value.split("\\s+");
        double x = f.length > 0 ? FieldParsers.number(f[0], f[0].indexOf(',') >= 0) : Double.NaN;
        if (x > 0 && f.length > 1) {
            double mg = switch (f[1]) {
                case "mg" -> x;
                case "g" -> x * 1e3;
                case "kg" -> x * 1e6;
                default -> Double.NaN;
            };
            if (mg > 0) {
                b.accept(CyclerMetadata.ACTIVE_MASS_MG, Double.toString(mg));
            }
        }
    }

    private static void area(String value, BiConsumer<String, String> b) {
        String[] f = value.split("\\s+");
        double x = f.length > 0 ? FieldParsers.number(f[0], f[0].indexOf(',') >= 0) : Double.NaN;
        // EC-Lab writes 0.000 cm2 when nobody entered one: that is no area.
        if (x > 0 && f.length > 1 && f[1].startsWith("cm")) {
            b.accept(CyclerMetadata.ELECTRODE_AREA_CM2, Double.toString(x));
        }
    }
}
