package org.anodefree.io.cycler;

import java.util.Locale;
import java.util.Map;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.io.FieldSpans;

/**
 * The metadata keys every cycler reader fills when its file has them (they go into {@code summary.json}), and
 * the preamble lines of text exports ({@code Name:\tvalue}, {@code Date of Test:\t...}) that carry them.
 */
public final class CyclerMetadata {
    /** When the test started, as the file writes it (often local time without a zone). */
    public static final String START_TIME = "start_time";
    /** The cycler: maker, model or serial number. */
    public static final String INSTRUMENT = "instrument";
    /** The software that wrote the file, with its version. */
    public static final String SOFTWARE = "software_version";
    /** The cycler channel. */
    public static final String CHANNEL = "channel";
    /** Active mass in milligrams. */
    public static final String ACTIVE_MASS_MG = "active_mass_mg";
    /** Electrode area in cm2 ({@code analyze} uses it when {@code --area} is not given). */
    public static final String ELECTRODE_AREA_CM2 = "electrode_area_cm2";
    /** The test's procedure, schedule or technique. */
    public static final String PROCEDURE = "procedure";

    /** Preamble keys (lower case, no colon) of the exports in the test data, to the keys above. */
    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("date of test", START_TIME), Map.entry("started", START_TIME),
            Map.entry("start of test", START_TIME), Map.entry("start time", START_TIME),
            Map.entry("test start time", START_TIME), Map.entry("channel", CHANNEL),
            Map.entry("tester channel", CHANNEL), Map.entry("tester", INSTRUMENT),
            Map.entry("procedure", PROCEDURE), Map.entry("schedule file name", PROCEDURE));

    private CyclerMetadata() {
    }

    /**
     * Adds the key/value pairs of a preamble line under {@code prefix}: fields ending in a colon are keys
     * followed by their value ({@code Today's Date:\t14 Dec\tDate of Test:\t11 Dec}); a line of two fields
     * without a colon is one pair ({@code Tester\tMaccor #4}); a single {@code Key: value} field is split at the
     * colon. Keys of {@link #STANDARD} also fill the standard key (the first value wins).
     */
    static void preambleLine(String line, CyclingRecordBuilder b, String prefix, java.util.Set<String> seen) {
        String[] f = FieldSpans.fields(line, line.indexOf('\t') >= 0 ? '\t' : ',');
        int colons = 0;
        for (String x : f) {
            colons += x.trim().endsWith(":") ? 1 : 0;
        }
        if (colons == 0) {
            String first = f[0].trim();
            int c = first.indexOf(':');
            if (f.length == 1 || nonBlank(f) == 1) {
                if (c > 0) {
                    put(b, prefix, first.substring(0, c), first.substring(c + 1), seen);
                }
            } else if (nonBlank(f) == 2) {
                put(b, prefix, first, f[1], seen);
            }
            return;
        }
        for (int k = 0; k < f.length; k++) {
            String key = f[k].trim();
            if (key.endsWith(":") && key.length() > 1) {
                // "Today's Date 04/04/2016  Date of Test:": a value and the next key share a field
                int gap = key.lastIndexOf("  ");
                key = gap >= 0 ? key.substring(gap + 2) : key;
                String value = k + 1 < f.length && !f[k + 1].trim().endsWith(":") ? f[k + 1] : "";
                put(b, prefix, key.substring(0, key.length() - 1), value, seen);
            }
        }
    }

    /**
     * A clock time in seconds since 1970 (the file's local time, read as UTC) as ISO text ({@code
     * 2025-03-26T09:22:52.5}), or {@code null} when it is not a finite time between 1900 and 2200 (a damaged
     * field must not stop a read over metadata).
     */
    public static String clockTime(double unixSeconds) {
        if (!(unixSeconds > -2.2e9 && unixSeconds < 7.3e9)) {
            return null;
        }
        long millis = Math.round(unixSeconds * 1000);
        return java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000),
                (int) Math.floorMod(millis, 1000) * 1_000_000, java.time.ZoneOffset.UTC).toString();
    }

    private static int nonBlank(String[] f) {
        int n = 0;
        for (String x : f) {
            n += x.isBlank() ? 0 : 1;
        }
        return n;
    }

    static void put(CyclingRecordBuilder b, String prefix, String key, String value, java.util.Set<String> seen) {
        String k = key.trim();
        String v = value.trim();
        if (k.isEmpty() || v.isEmpty()) {
            return;
        }
        b.metadata(prefix + k, v);
        String standard = STANDARD.get(k.toLowerCase(Locale.ROOT));
        if (standard != null && seen.add(standard)) {
            b.metadata(standard, v);
        }
    }
}
