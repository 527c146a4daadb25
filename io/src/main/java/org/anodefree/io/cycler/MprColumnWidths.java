package org.anodefree.io.cycler;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Works out the storage of {@code .mpr} columns whose id is unknown (or whose meaning was only guessed from
 * the low byte), so that a new EC-Lab id never stops a read: the points of a data module all have one width,
 * {@code bytes after the header / points} (exact in every file of the test data), and the uncertain columns
 * must make up what the known ones leave. When several assignments of 1, 2, 4 or 8 bytes fit, the one whose
 * decoded values look like measurements wins: finite floats of sane magnitude, a time column that never runs
 * backwards. galvani and yadg instead stop, or read every unknown id as four bytes and misalign the rest.
 */
final class MprColumnWidths {
    private static final int[] WIDTHS = {1, 2, 4, 8};
    /** More uncertain columns than this are not searched (4^6 layouts). */
    private static final int MAX_UNCERTAIN = 6;
    private static final int SAMPLE_POINTS = 256;

    private MprColumnWidths() {
    }

    /**
     * The columns with every type settled. {@code columns} holds, in file order, each data column (flags
     * excluded) with its type ({@code null} when unknown); {@code flagBytes} is 1 when the file has flags.
     */
    static List<BiologicColumns.Column> resolve(String source, int[] ids, int[] columnIds,
            List<BiologicColumns.Column> columns, int flagBytes, long points, long bytesAvailable, ByteBuffer buf,
            int from, CyclingRecordBuilder b) {
        int known = flagBytes;
        List<Integer> uncertain = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            BiologicColumns.Column c = columns.get(k);
            if (c.type() == null || !c.certain()) {
                uncertain.add(k);
            } else {
                known += c.type().bytes;
            }
        }
        boolean widthKnown = points > 0 && bytesAvailable % points == 0;
        long width = widthKnown ? bytesAvailable / points : -1;
        int guessed = known;
        for (int k : uncertain) {
            BiologicColumns.Column c = columns.get(k);
            guessed += c.type() == null ? 4 : c.type().bytes;
        }
        boolean anyUnknown = uncertain.stream().anyMatch(k -> columns.get(k).type() == null);
        if (!anyUnknown && (!widthKnown || width == guessed)) {
            return columns; // the table's meaning fits the size of a point (or nothing can say otherwise)
        }
        if (points == 0) {
            return fill(columns, uncertain, new int[uncertain.size()], 4, source, columnIds, b, "no points to check");
        }
        String module = "module 'VMP data'";
        if (!widthKnown) {
            throw new InputException(source + ": " + module + ": " + bytesAvailable + " bytes of points are not a"
                    + " whole number of " + points + " points, so the width of column id(s) " + ids(uncertain,
                    columnIds) + " cannot be worked out (column ids " + Arrays.toString(ids) + ")");
        }
        if (uncertain.size() > MAX_UNCERTAIN) {
            throw new InputException(source + ": " + module + ": " + uncertain.size() + " column ids of unknown width "
                    + ids(uncertain, columnIds) + "; at most " + MAX_UNCERTAIN + " can be worked out");
        }
        long left = width - known;
        int[] best = null;
        double bestScore = Double.MAX_VALUE;
        int ties = 0;
        int[] w = new int[uncertain.size()];
        int combos = 1 << (2 * uncertain.size());
        for (int code = 0; code < combos; code++) {
            long sum = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = WIDTHS[(code >> (2 * k)) & 3];
                sum += w[k];
            }
            if (sum != left) {
                continue;
            }
            double score = score(columns, uncertain, w, flagBytes, (int) width, points, buf, from);
            if (score < bestScore) {
                bestScore = score;
                best = w.clone();
                ties = 0;
            } else if (score == bestScore) {
                ties++;
            }
        }
        if (best == null) {
            throw new InputException(source + ": " + module + ": points of " + width + " bytes leave " + left
                    + " bytes for column id(s) " + ids(uncertain, columnIds) + ", which no widths of 1, 2, 4 or 8"
                    + " bytes make up (column ids " + Arrays.toString(ids) + ")");
        }
        if (ties > 0) {
            throw new InputException(source + ": " + module + ": column id(s) " + ids(uncertain, columnIds)
                    + " could be " + (ties + 1) + " different widths that decode equally well; cannot tell which"
                    + " (column ids " + Arrays.toString(ids) + ")");
        }
        return fill(columns, uncertain, best, 0, source, columnIds, b, "from the size of a point");
    }

    /** Badness of a layout: implausible values in the float columns over a sample of points. */
    private static double score(List<BiologicColumns.Column> columns, List<Integer> uncertain, int[] w,
            int flagBytes, int width, long points, ByteBuffer buf, int from) {
        int n = columns.size();
        int[] offsets = new int[n];
        int[] widths = new int[n];
        int at = flagBytes;
        for (int k = 0, u = 0; k < n; k++) {
            boolean isUncertain = u < uncertain.size() && uncertain.get(u) == k;
            widths[k] = isUncertain ? w[u++] : columns.get(k).type().bytes;
            offsets[k] = at;
            at += widths[k];
        }
        long step = Math.max(1, points / SAMPLE_POINTS);
        double bad = 0;
        for (int k = 0; k < n; k++) {
            BiologicColumns.Column c = columns.get(k);
            boolean floating = c.type() == null || !c.certain() || c.type() == BiologicColumns.Type.F4
                    || c.type() == BiologicColumns.Type.F8;
            if (!floating || widths[k] < 4) {
                continue;
            }
            boolean time = "time/s".equals(c.name()) && c.certain();
            double last = Double.NEGATIVE_INFINITY;
            int badFloat = 0;
            int badInt = 0;
            int samples = 0;
            for (long p = 0; p < points; p += step) {
                int pos = (int) (from + p * width + offsets[k]);
                double x = widths[k] == 8 ? buf.getDouble(pos) : buf.getFloat(pos);
                badFloat += plausible(x) ? 0 : 1;
                badInt += widths[k] == 4 && Integer.toUnsignedLong(buf.getInt(pos)) > 100_000_000L ? 1 : 0;
                if (time) {
                    badFloat += x < last ? 10 : 0;
                    last = x;
                }
                samples++;
            }
            // A four-byte unknown may be an integer (half cycle, z cycle): take the better reading of it.
            boolean canBeInt = widths[k] == 4 && (c.type() == null || !c.certain());
            bad += (canBeInt ? Math.min(badFloat, badInt) : badFloat) / (double) Math.max(1, samples);
        }
        return bad;
    }

    private static boolean plausible(double x) {
        double a = Math.abs(x);
        return Double.isFinite(x) && a < 1e15 && (a == 0 || a > 1e-30);
    }

    private static List<BiologicColumns.Column> fill(List<BiologicColumns.Column> columns, List<Integer> uncertain,
            int[] widths, int defaultWidth, String source, int[] columnIds, CyclingRecordBuilder b, String why) {
        List<BiologicColumns.Column> out = new ArrayList<>(columns);
        for (int u = 0; u < uncertain.size(); u++) {
            int k = uncertain.get(u);
            BiologicColumns.Column c = columns.get(k);
            int width = widths[u] > 0 ? widths[u] : defaultWidth;
            if (c.type() != null && c.type().bytes == width) {
                out.set(k, new BiologicColumns.Column(c.type(), c.name()));
                continue;
            }
            BiologicColumns.Type t = switch (width) {
                case 1 -> BiologicColumns.Type.U1;
                case 2 -> BiologicColumns.Type.U2;
                case 8 -> BiologicColumns.Type.F8;
                default -> BiologicColumns.Type.F4;
            };
            String name = "unknown_" + columnIds[k];
            out.set(k, new BiologicColumns.Column(t, name));
            b.warn(source + ": unknown .mpr column id " + columnIds[k] + " read as '" + name + "' (" + width
                    + " bytes, " + why + ")");
        }
        return out;
    }

    private static String ids(List<Integer> uncertain, int[] columnIds) {
        StringBuilder sb = new StringBuilder("[");
        for (int k : uncertain) {
            sb.append(sb.length() > 1 ? ", " : "").append(columnIds[k]);
        }
        return sb.append(']').toString();
    }
}
