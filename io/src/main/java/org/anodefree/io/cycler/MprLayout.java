package org.anodefree.io.cycler;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * The byte layout of one point of an {@code .mpr} data module and its decoding into record columns: each
 * column's type, offset in the point, the record column it fills and the BDF column it also feeds.
 */
final class MprLayout {
    final int rowBytes;
    private final int flagOffset;
    private final List<BiologicColumns.Flag> flags = new ArrayList<>();
    private final int[] flagHandles;
    private final BiologicColumns.Type[] types;
    private final int[] offsets;
    private final int[] handles;
    private final boolean[] intColumn;
    private final int[] bdfHandles;
    private final boolean[] bdfInt;
    private final double[] bdfFactors;
    private final boolean currentMissing;
    /** Columns of time and of charge per point (dq/mA.h), from which EC-Lab derives {@code <I>} on export. */
    private final int timeColumn;
    private final int dqColumn;

    /** False for columns read only to feed a BDF column (under {@link ColumnChoice#BDF}). */
    private final boolean[] keepNative;

    private MprLayout(String source, int[] ids, long points, long bytesAvailable, CyclingRecordBuilder b,
            ColumnChoice choice, ByteBuffer buf, int from) {
        List<BiologicColumns.Column> found = new ArrayList<>();
        List<Integer> dataIds = new ArrayList<>();
        for (int id : ids) {
            BiologicColumns.Flag flag = BiologicColumns.FLAGS.get(id);
            if (flag != null) {
                if (!flags.contains(flag)) {
                    flags.add(flag);
                }
                continue;
            }
            BiologicColumns.Column c = BiologicColumns.lookup(id);
            found.add(c != null ? c : new BiologicColumns.Column(null, "unknown_" + id));
            dataIds.add(id);
        }
        List<BiologicColumns.Column> columns = MprColumnWidths.resolve(source, ids,
                dataIds.stream().mapToInt(Integer::intValue).toArray(), found, flags.isEmpty() ? 0 : 1, points,
                bytesAvailable, buf, from, b);
        List<String> names = new ArrayList<>();
        for (BiologicColumns.Column c : columns) {
            names.add(names.contains(c.name()) ? "duplicate " + c.name() : c.name());
        }
        BiologicBdf bdf = BiologicBdf.of(source, names, b);
        currentMissing = bdf.current < 0;
        timeColumn = bdf.time;
        dqColumn = names.indexOf("dq/mA.h");
        if (currentMissing && dqColumn >= 0) {
            b.warn(source + ": no current column; current from dq/mA.h over the time step, as EC-Lab's <I>/mA");
        }
        flagHandles = new int[choice == ColumnChoice.ALL ? flags.size() : 0];
        for (int f = 0; f < flagHandles.length; f++) {
            flagHandles[f] = b.intColumn(flags.get(f).name());
        }
        int n = columns.size();
        types = new BiologicColumns.Type[n];
        offsets = new int[n];
        handles = new int[n];
        intColumn = new boolean[n];
        bdfHandles = new int[n];
        bdfInt = new boolean[n];
        bdfFactors = new double[n];
        keepNative = new boolean[n];
        int at = 0;
        int flagAt = -1;
        int c = 0;
        for (int id : ids) {
            if (BiologicColumns.FLAGS.containsKey(id)) {
                if (flagAt < 0) {
                    flagAt = at;
                    at += 1;
                }
                continue;
            }
            types[c] = columns.get(c).type();
            offsets[c] = at;
            at += types[c].bytes;
            intColumn[c] = types[c] == BiologicColumns.Type.U1 || types[c] == BiologicColumns.Type.U2
                    || types[c] == BiologicColumns.Type.U4;
            bdfHandles[c] = bdf.bdfHandle(c, b);
            keepNative[c] = choice == ColumnChoice.ALL;
            handles[c] = !keepNative[c] ? -1 : intColumn[c] ? b.intColumn(names.get(c)) : b.doubleColumn(names.get(c));
            bdfInt[c] = bdf.bdfIsInt(c);
            bdfFactors[c] = bdf.bdfFactor(c);
            c++;
        }
        rowBytes = at;
        flagOffset = flagAt;
    }

    /**
     * The layout of points described by column {@code ids}; {@code bytesAvailable} bytes of points start at
     * {@code from} in {@code buf} (sampled to work out the width of unknown ids).
     */
    static MprLayout of(String source, int[] ids, long points, long bytesAvailable, CyclingRecordBuilder b,
            ColumnChoice choice, ByteBuffer buf, int from) {
        return new MprLayout(source, ids, points, bytesAvailable, b, choice, buf, from);
    }

    /**
     * Decodes {@code points} points starting at byte {@code from} (the caller has checked they fit), column by
     * column straight into the builder's storage: one tight loop per column instead of a type switch per value.
     */
    void decode(ByteBuffer buf, int from, int points, CyclingRecordBuilder b) {
        int first = b.appendRows(points);
        if (flagOffset >= 0) {
            for (int f = 0; f < flagHandles.length; f++) {
                int mask = flags.get(f).mask();
                int shift = Integer.numberOfTrailingZeros(mask);
                int[] dst = b.intStorage(flagHandles[f]);
                for (int p = 0, at = from + flagOffset; p < points; p++, at += rowBytes) {
                    dst[first + p] = (buf.get(at) & mask) >>> shift;
                }
            }
        }
        for (int c = 0; c < types.length; c++) {
            int at0 = from + offsets[c];
            if (!keepNative[c]) {
                if (bdfHandles[c] >= 0) {
                    decodeToBdf(buf, c, at0, first, points, b);
                }
                continue;
            }
            if (intColumn[c]) {
                int[] dst = b.intStorage(handles[c]);
                for (int p = 0, at = at0; p < points; p++, at += rowBytes) {
                    dst[first + p] = switch (types[c]) {
                        case U1 -> buf.get(at) & 0xFF;
                        case U2 -> buf.getShort(at) & 0xFFFF;
                        default -> (int) Math.min(Integer.MAX_VALUE, Integer.toUnsignedLong(buf.getInt(at)));
                    };
                }
            } else {
                double[] dst = b.doubleStorage(handles[c]);
                if (types[c] == BiologicColumns.Type.F8) {
                    for (int p = 0, at = at0; p < points; p++, at += rowBytes) {
                        dst[first + p] = buf.getDouble(at);
                    }
                } else {
                    for (int p = 0, at = at0; p < points; p++, at += rowBytes) {
                        dst[first + p] = buf.getFloat(at);
                    }
                }
            }
            int h = bdfHandles[c];
            if (h >= 0) {
                copyToBdf(b, c, h, first, points);
            }
        }
        if (currentMissing) {
            double[] current = b.doubleStorage(CyclingRecordBuilder.CURRENT);
            java.util.Arrays.fill(current, first, first + points, 0.0);
            if (dqColumn >= 0 && timeColumn >= 0) {
                double[] t = b.doubleStorage(CyclingRecordBuilder.TIME);
                for (int r = first + 1, at = from + rowBytes + offsets[dqColumn]; r < first + points; r++,
                        at += rowBytes) {
                    double dt = t[r] - t[r - 1];
                    // mA.h per point -> A: * 3.6 C/mAh / dt, as EC-Lab derives <I>/mA on export.
                    current[r] = dt > 0 ? read(buf, at, types[dqColumn]) * 3.6 / dt : 0.0;
                }
            }
        }
    }

    /** Decodes a column straight into the BDF column it feeds, without keeping the EC-Lab column. */
    private void decodeToBdf(ByteBuffer buf, int c, int at0, int first, int points, CyclingRecordBuilder b) {
        if (bdfInt[c]) {
            int[] dst = b.intStorage(bdfHandles[c]);
            for (int p = 0, at = at0; p < points; p++, at += rowBytes) {
                dst[first + p] = (int) read(buf, at, types[c]);
            }
        } else {
            double[] dst = b.doubleStorage(bdfHandles[c]);
            double factor = bdfFactors[c];
            for (int p = 0, at = at0; p < points; p++, at += rowBytes) {
                dst[first + p] = read(buf, at, types[c]) * factor;
            }
        }
    }

    private void copyToBdf(CyclingRecordBuilder b, int c, int h, int first, int points) {
        if (bdfInt[c]) {
            int[] dst = b.intStorage(h);
            if (intColumn[c]) {
                System.arraycopy(b.intStorage(handles[c]), first, dst, first, points);
            } else {
                double[] src = b.doubleStorage(handles[c]);
                for (int r = first; r < first + points; r++) {
                    dst[r] = (int) src[r];
                }
            }
        } else {
            double[] dst = b.doubleStorage(h);
            double factor = bdfFactors[c];
            if (intColumn[c]) {
                int[] src = b.intStorage(handles[c]);
                for (int r = first; r < first + points; r++) {
                    dst[r] = src[r] * factor;
                }
            } else {
                double[] src = b.doubleStorage(handles[c]);
                for (int r = first; r < first + points; r++) {
                    dst[r] = src[r] * factor;
                }
            }
        }
    }

    private static double read(ByteBuffer buf, int at, BiologicColumns.Type type) {
        return switch (type) {
            case U1 -> buf.get(at) & 0xFF;
            case U2 -> buf.getShort(at) & 0xFFFF;
            case U4 -> Integer.toUnsignedLong(buf.getInt(at));
            case F4 -> buf.getFloat(at);
            case F8 -> buf.getDouble(at);
        };
    }
}
