package org.anodefree.io.cycler;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.InputException;
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

    private MprLayout(String source, int[] ids, long points, long bytesAvailable, CyclingRecordBuilder b) {
        List<BiologicColumns.Column> columns = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        int known = 0;
        for (int id : ids) {
            BiologicColumns.Flag flag = BiologicColumns.FLAGS.get(id);
            if (flag != null) {
                if (flags.isEmpty()) {
                    known += 1;
                }
                if (!flags.contains(flag)) {
                    flags.add(flag);
                }
                continue;
            }
            BiologicColumns.Column c = BiologicColumns.lookup(id);
            if (c == null) {
                unknown.add(columns.size());
                c = new BiologicColumns.Column(null, "unknown_" + id);
            } else {
                known += c.type().bytes;
            }
            columns.add(c);
        }
        if (!unknown.isEmpty()) {
            BiologicColumns.Type guess = guessUnknown(source, ids, points, bytesAvailable, known, unknown.size());
            for (int k : unknown) {
                BiologicColumns.Column c = columns.get(k);
                columns.set(k, new BiologicColumns.Column(guess, c.name()));
                known += guess.bytes;
                b.warn(source + ": unknown .mpr column id " + c.name().substring(8) + " read as '" + c.name()
                        + "' (" + guess.bytes + " bytes, from the size of a point)");
            }
        }
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
        flagHandles = new int[flags.size()];
        for (int f = 0; f < flags.size(); f++) {
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
            handles[c] = intColumn[c] ? b.intColumn(names.get(c)) : b.doubleColumn(names.get(c));
            bdfHandles[c] = bdf.bdfHandle(c, b);
            bdfInt[c] = bdf.bdfIsInt(c);
            bdfFactors[c] = bdf.bdfFactor(c);
            c++;
        }
        rowBytes = at;
        flagOffset = flagAt;
    }

    static MprLayout of(String source, int[] ids, long points, long bytesAvailable, CyclingRecordBuilder b) {
        return new MprLayout(source, ids, points, bytesAvailable, b);
    }

    /** Decodes {@code points} points starting at byte {@code from}; the caller has checked they fit. */
    void decode(ByteBuffer buf, int from, int points, CyclingRecordBuilder b) {
        int n = types.length;
        double previousTime = Double.NaN;
        for (int p = 0, row = from; p < points; p++, row += rowBytes) {
            if (flagOffset >= 0) {
                int bits = buf.get(row + flagOffset) & 0xFF;
                for (int f = 0; f < flagHandles.length; f++) {
                    int mask = flags.get(f).mask();
                    b.setInt(flagHandles[f], (bits & mask) >>> Integer.numberOfTrailingZeros(mask));
                }
            }
            for (int c = 0; c < n; c++) {
                int at = row + offsets[c];
                double x = read(buf, at, types[c]);
                if (intColumn[c]) {
                    b.setInt(handles[c], (int) x);
                } else {
                    b.set(handles[c], x);
                }
                int h = bdfHandles[c];
                if (h >= 0) {
                    if (bdfInt[c]) {
                        b.setInt(h, (int) x);
                    } else {
                        b.set(h, x * bdfFactors[c]);
                    }
                }
            }
            if (currentMissing) {
                double current = 0.0;
                if (dqColumn >= 0) {
                    double t = read(buf, row + offsets[timeColumn], types[timeColumn]);
                    double dt = t - previousTime;
                    double dq = read(buf, row + offsets[dqColumn], types[dqColumn]);
                    // mA.h per point -> A: * 3.6 C/mAh / dt.
                    current = dt > 0 ? dq * 3.6 / dt : 0.0;
                    previousTime = t;
                }
                b.set(CyclingRecordBuilder.CURRENT, current);
            }
            b.endRow();
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

    /** The storage of unknown columns: whatever makes the points fill the module's bytes. */
    private static BiologicColumns.Type guessUnknown(String source, int[] ids, long points, long bytesAvailable,
            int known, int count) {
        if (points > 0 && bytesAvailable % points == 0) {
            long per = (bytesAvailable / points - known);
            if (per % count == 0) {
                switch ((int) Math.min(per / count, 16)) {
                    case 1: return BiologicColumns.Type.U1;
                    case 2: return BiologicColumns.Type.U2;
                    case 4: return BiologicColumns.Type.F4;
                    case 8: return BiologicColumns.Type.F8;
                    default: break;
                }
            }
        }
        if (points == 0) {
            return BiologicColumns.Type.F4;
        }
        throw new InputException(source + ": .mpr column ids " + java.util.Arrays.toString(ids) + " include "
                + count + " unknown id(s) whose size cannot be worked out from the size of a point");
    }
}
