package org.anodefree.io.cycler;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anodefree.InputException;

/**
 * One {@code .ndc} member of a Neware {@code .ndax}, decoded into columns. Byte 0 is the member's type (1
 * records, 5 aux, 7 steps, 18 run info: times and capacities), byte 2 its version (2, 5, 11, 14, 16, 17). From
 * version 5 on, a member is 4096-byte pages after a header page: a bitmask of the slots in use at byte 4, the
 * slots from byte 132; version 2 packs 94-byte rows into 512-byte pages from byte 5, unused rows with index 0.
 *
 * <p>Layouts from fastnda ({@code fastnda/ndax.py}, g-kimbell/fastnda, BSD-3-Clause); NewareNDA (GPL) read for
 * facts only. Scales turn the stored units into V, mA, s, mAh and mWh; {@code R} marks an integer scaled by
 * the record's current range ({@link NewareCodes}).
 */
final class NdcFile {
    static final int TYPE_RECORDS = 1;
    static final int TYPE_AUX = 5;
    static final int TYPE_STEPS = 7;
    static final int TYPE_RUN_INFO = 18;

    /** Where each row's index comes from. */
    private enum Index { FIELD, SLOT, ROW }

    /** A field: name, offset in the row, storage (b/B 1 byte, s/S 2, i/I 4, l/L 8 signed/unsigned, f float). */
    private record Field(String name, int offset, char type, double scale) {
    }

    /** A row layout: row bytes, page layout (version 2 or paged), index source, fields. */
    private record Layout(int rowBytes, boolean plain512, Index index, Field... fields) {
    }

    final int type;
    final int version;
    int rows;
    final long[] index;
    final Map<String, double[]> columns = new LinkedHashMap<>();

    private NdcFile(int type, int version, int capacity) {
        this.type = type;
        this.version = version;
        this.index = new long[capacity];
    }

    /** The member's type byte, or -1 when it is too short to have one. */
    static int typeOf(byte[] b) {
        return b.length > 2 ? b[0] & 0xFF : -1;
    }

    /** Decodes a member; {@code name} and {@code source} name it in messages. */
    static NdcFile read(String source, String name, byte[] bytes) {
        if (bytes.length < 3) {
            throw InputException.atByte(source + "!" + name, bytes.length, ".ndc member shorter than its header");
        }
        int type = bytes[0] & 0xFF;
        int version = bytes[2] & 0xFF;
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Layout layout = layout(source + "!" + name, type, version, bytes);
        int pageBytes = layout.plain512 ? 512 : 4096;
        int start = layout.plain512 ? 5 : 132;
        int perPage = (pageBytes - start - 1) / layout.rowBytes;
        int pages = bytes.length / pageBytes - 1;
        NdcFile f = new NdcFile(type, version, Math.max(0, pages * perPage));
        for (Field field : layout.fields) {
            f.columns.put(field.name, new double[f.index.length]);
        }
        double[] range = layout.plain512 || version == 5 ? f.columns.get("range") : null;
        for (int p = 1; p <= pages; p++) {
            int page = p * pageBytes;
            for (int j = 0; j < perPage; j++) {
                int at = page + start + j * layout.rowBytes;
                if (!layout.plain512 && (bytes[page + 4 + j / 8] >> (j % 8) & 1) == 0) {
                    continue;
                }
                int r = f.rows;
                for (Field field : layout.fields) {
                    f.columns.get(field.name)[r] = value(b, at + field.offset, field.type) * field.scale;
                }
                long idx = switch (layout.index) {
                    case FIELD -> (long) f.columns.get("index")[r];
                    case SLOT -> (long) (p - 1) * perPage + j + 1;
                    case ROW -> r + 1;
                };
                if (layout.plain512 && idx == 0) {
                    continue;
                }
                f.index[r] = idx;
                f.rows++;
            }
        }
        if (range != null) {
            f.scaleByRange(source + "!" + name);
        }
        return f;
    }

    /** Integers stored in range units (v2, v5 records) to mA and mAh; the calendar to seconds since 1970. */
    private void scaleByRange(String source) {
        double[] range = columns.get("range");
        if (type != TYPE_RECORDS) {
            return;
        }
        double[] unix = new double[rows];
        for (int r = 0; r < rows; r++) {
            double mA = NewareCodes.milliampsPerUnit((int) range[r]);
            if (Double.isNaN(mA)) {
                throw new InputException(source + ": row " + (r + 1) + ": current range setting " + (int) range[r]
                        + " is not one Neware is known to write");
            }
            columns.get("current")[r] *= mA;
            for (String c : new String[] {"chg", "dchg", "chgE", "dchgE"}) {
                columns.get(c)[r] *= mA / 3600;
            }
            unix[r] = calendar(r);
        }
        columns.put("unix", unix);
    }

    private double calendar(int r) {
        int year = (int) columns.get("Y")[r];
        int month = (int) columns.get("M")[r];
        int day = (int) columns.get("D")[r];
        if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Double.NaN;
        }
        return java.time.LocalDate.of(year, month, day).toEpochDay() * 86400.0 + columns.get("h")[r] * 3600
                + columns.get("m")[r] * 60 + columns.get("s")[r];
    }

    private static double value(ByteBuffer b, int at, char type) {
        return switch (type) {
            case 'b' -> b.get(at);
            case 'B' -> b.get(at) & 0xFF;
            case 's' -> b.getShort(at);
            case 'S' -> b.getShort(at) & 0xFFFF;
            case 'i' -> b.getInt(at);
            case 'I' -> Integer.toUnsignedLong(b.getInt(at));
            case 'l', 'L' -> b.getLong(at);
            case 'f' -> b.getFloat(at);
            default -> throw new IllegalArgumentException("field type " + type);
        };
    }

    private static Field f(String name, int offset, char type, double scale) {
        return new Field(name, offset, type, scale);
    }

    private static Layout layout(String source, int type, int version, byte[] bytes) {
        int probe = 4096 + 132 < bytes.length ? bytes[4096 + 132] & 0xFF : -1;
        Layout l = switch (version * 100 + type) {
            case 201 -> old(8, true);
            case 205 -> oldAux(8, true);
            case 501 -> old(1, false);
            case 505 -> oldAux(1, false);
            case 1101 -> new Layout(8, false, Index.SLOT, f("voltage", 0, 'f', 1e-4), f("current", 4, 'f', 1));
            case 1401, 1701 -> new Layout(8, false, Index.SLOT, f("voltage", 0, 'f', 1), f("current", 4, 'f', 1000));
            case 1601 -> new Layout(8, false, Index.SLOT, f("voltage", 0, 'f', 1e-4), f("current", 4, 'f', 1));
            case 1105, 1605 -> probe == 0x65 ? new Layout(7, false, Index.ROW, f("voltage", 1, 'f', 1e-4),
                    f("temperature", 5, 's', 0.1)) : version == 11 && probe == 0x74 ? new Layout(88, false,
                    Index.FIELD, f("index", 1, 'I', 1), f("temperature", 35, 's', 0.1)) : null;
            case 1405, 1705 -> new Layout(4, false, Index.ROW, f("?", 0, 'f', 1));
            case 1107, 1407 -> new Layout(37, false, Index.ROW, f("cycle", 0, 'I', 1), f("stepIndex", 4, 'I', 1),
                    f("stepType", 24, 'B', 1));
            case 1607, 1707 -> new Layout(100, false, Index.ROW, f("cycle", 0, 'I', 1), f("stepIndex", 4, 'I', 1),
                    f("stepType", 24, 'B', 1));
            case 1118 -> runInfo(47, 1 / 3600.0, 'S');
            case 1418 -> runInfo(55, 1000, 's');
            case 1618 -> runInfo(100, 1 / 3600.0, 'S');
            case 1718 -> runInfo(100, 1000, 'S');
            default -> null;
        };
        if (l == null) {
            throw new InputException(source + ": .ndc version " + version + " of type " + type + " is not supported"
                    + " (versions 2, 5, 11, 14, 16, 17 of types 1, 5, 7, 18 are)");
        }
        return l;
    }

    /** Version 2 and 5 records: every quantity in the row ({@code pad} bytes before the index). */
    private static Layout old(int pad, boolean plain512) {
        int o = pad;
        return new Layout(pad + 86, plain512, Index.FIELD, f("index", o, 'I', 1), f("cycle", o + 4, 'I', 1),
                f("stepIndex", o + 8, 'B', 1), f("stepType", o + 9, 'B', 1), f("stepTime", o + 15, 'L', 1e-3),
                f("voltage", o + 23, 'i', 1e-4), f("current", o + 27, 'i', 1), f("chg", o + 35, 'l', 1),
                f("dchg", o + 43, 'l', 1), f("chgE", o + 51, 'l', 1), f("dchgE", o + 59, 'l', 1),
                f("Y", o + 67, 'S', 1), f("M", o + 69, 'B', 1), f("D", o + 70, 'B', 1), f("h", o + 71, 'B', 1),
                f("m", o + 72, 'B', 1), f("s", o + 73, 'B', 1), f("range", o + 74, 'i', 1));
    }

    private static Layout oldAux(int pad, boolean plain512) {
        int o = pad;
        return new Layout(pad + 86, plain512, Index.FIELD, f("index", o, 'I', 1), f("voltage", o + 23, 'i', 1e-4),
                f("temperature", o + 33, 's', 0.1), f("setpoint", o + 35, 's', 0.1));
    }

    /** Run info: step time (ms), capacities and energies (scaled to mAh/mWh), dt (ms), Unix time, step, index. */
    private static Layout runInfo(int rowBytes, double capacityScale, char msType) {
        return new Layout(rowBytes, false, Index.FIELD, f("stepTime", 0, 'I', 1e-3), f("chg", 5, 'f', capacityScale),
                f("dchg", 9, 'f', capacityScale), f("chgE", 13, 'f', capacityScale), f("dchgE", 17, 'f', capacityScale),
                f("dt", 29, 'i', 1e-3), f("unixSeconds", 33, 'I', 1), f("stepCount", 37, 'I', 1),
                f("index", 41, 'I', 1), f("unixMillis", 45, msType, 1e-3));
    }
}
