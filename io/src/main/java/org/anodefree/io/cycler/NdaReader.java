package org.anodefree.io.cycler;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/**
 * Reads Neware binary {@code .nda} files of versions 8, 22, 26, 29 and 130 (byte 14; {@code NEWARE} at byte
 * 0): fixed-length records after a header, told apart by an identifier byte (data records, step markers, aux
 * records). Version 8 stores integers (0.1 mV, uA, seconds); 22, 26 and 29 store integers scaled by the
 * channel's current range ({@link NewareCodes}) with charge and discharge capacity apart; 130 (BTS 9.1,
 * byte 1024 = 85) stores floats with data and aux in one record, and BTS 9.0 (byte 1024 = 18) other floats.
 *
 * <p>Record layouts from fastnda ({@code fastnda/nda.py}, g-kimbell/fastnda, BSD-3-Clause); NewareNDA
 * (d-cogswell/NewareNDA, GPL) was read for the same facts only. The code is ours: no Java reader exists.
 * Every record boundary is checked against the bytes present, so a damaged file gives an
 * {@link InputException} with a byte offset, never an array error.
 */
public final class NdaReader {
    static final byte[] MAGIC = "NEWARE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] V8_START = {(byte) 0xFF, 1, 0, 0, 0};
    private static final byte[] V22_START = {(byte) 0xAA, 0, 1, 0, 0, 0};
    private static final byte[] V29_START = {0x55, 0, 1, 0, 0, 0};
    private static final byte[] V130_90_START = {0x12, 0x50, 0, 7, 0x55, (byte) 0x81, 1, 6};

    private NdaReader() {
    }

    /** Reads an {@code .nda} held in {@code data} (index 0 to its limit); {@code source} names it. */
    public static CyclingRecord read(String source, ByteBuffer data, ColumnChoice columns) {
        ByteBuffer buf = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (buf.limit() < 16 || !startsWith(buf, 0, MAGIC)) {
            throw InputException.atByte(source, 0, "not a Neware .nda file (no 'NEWARE' magic)");
        }
        int version = buf.get(14) & 0xFF;
        Map<String, String> meta = metadata(buf, version);
        List<String> warnings = new ArrayList<>();
        NewareTable t = switch (version) {
            case 8 -> v8(source, buf);
            case 22, 26, 29 -> v22to29(source, buf, version, warnings);
            case 130 -> v130(source, buf);
            default -> throw InputException.atByte(source, 14, ".nda version " + version + " is not supported"
                    + " (8, 22, 26, 29 and 130 are)");
        };
        meta.put("format", "Neware .nda version " + version);
        return t.toRecord(source, columns, meta, warnings);
    }

    /** Version 8: 59-byte records from the first step marker (0xFF, index 1); data records have id 0. */
    private static NewareTable v8(String source, ByteBuffer b) {
        int start = find(b, V8_START, 0);
        int len = 59;
        if (start < 0) {
            throw InputException.atByte(source, 0, "no start of the data (no record with index 1) in this .nda v8");
        }
        int n = (b.limit() - start) / len;
        NewareTable t = new NewareTable(n);
        for (int r = 0; r < n; r++) {
            int at = start + r * len;
            if (b.get(at) != 0) {
                continue;
            }
            int k = t.rows++;
            t.index[k] = u4(b, at + 1);
            t.cycle[k] = (int) u4(b, at + 5);
            t.stepIndex[k] = b.get(at + 9) & 0xFF;
            t.stepType[k] = b.get(at + 10) & 0xFF;
            t.stepTimeSeconds[k] = u4(b, at + 11);
            t.voltageVolts[k] = b.getInt(at + 15) / 1e4;
            double current = b.getInt(at + 19) / 1e3;
            t.currentMilliamps[k] = current;
            // One capacity and energy per record (mAs and mWs in thousandths), charge or discharge by the current.
            double capacity = b.getLong(at + 31) / 3.6e6;
            double energy = b.getLong(at + 39) / 3.6e6;
            boolean discharge = current < 0;
            (discharge ? t.dischargeMilliampHours : t.chargeMilliampHours)[k] = Math.abs(capacity);
            (discharge ? t.dischargeMilliwattHours : t.chargeMilliwattHours)[k] = Math.abs(energy);
            t.unixSeconds[k] = b.getLong(at + 47);
        }
        return t;
    }

    /**
     * Versions 22, 26 and 29: 86-byte records from the first step marker; data records have id 0x55 (85),
     * aux records (v26/29) 0x65 (101). v22 stores Unix seconds, v26/29 a calendar date and time.
     */
    private static NewareTable v22to29(String source, ByteBuffer b, int version, List<String> warnings) {
        int start = find(b, version == 22 ? V22_START : V29_START, 0);
        if (start < 0) {
            throw InputException.atByte(source, 0, "no start of the data (no record with index 1) in this .nda v"
                    + version);
        }
        int len = 86;
        int n = (b.limit() - start) / len;
        NewareTable t = new NewareTable(n);
        int[] steps = new int[n];
        Map<Integer, Map<Long, double[]>> aux = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            int at = start + r * len;
            int id = b.get(at) & 0xFF;
            if (id == 101) {
                int channel = b.get(at + 1) & 0xFF;
                aux.computeIfAbsent(channel, c -> new java.util.HashMap<>()).putIfAbsent(u4(b, at + 2),
                        new double[] {b.getInt(at + 22) / 1e4, b.getShort(at + 34) / 10.0});
                continue;
            }
            if (id != 85) {
                continue;
            }
            int range = b.getInt(at + 78);
            double mA = NewareCodes.milliampsPerUnit(range);
            if (Double.isNaN(mA)) {
                throw InputException.atByte(source, at + 78, "current range setting " + range + " is not one Neware"
                        + " is known to write; cannot scale the current");
            }
            int k = t.rows++;
            t.index[k] = u4(b, at + 2);
            t.cycle[k] = (int) u4(b, at + 6) + 1;
            t.stepIndex[k] = b.getShort(at + 10) & 0xFFFF;
            t.stepType[k] = b.get(at + 12) & 0xFF;
            // Byte 13 counts steps: it changes where BTSDA starts a new one, even with the same step index.
            steps[k] = b.get(at + 13) & 0xFF;
            t.stepTimeSeconds[k] = b.getLong(at + 14) / 1000.0;
            t.voltageVolts[k] = b.getInt(at + 22) / 1e4;
            t.currentMilliamps[k] = b.getInt(at + 26) * mA;
            double perHour = mA / 3600;
            t.chargeMilliampHours[k] = b.getLong(at + 38) * perHour;
            t.dischargeMilliampHours[k] = b.getLong(at + 46) * perHour;
            t.chargeMilliwattHours[k] = b.getLong(at + 54) * perHour;
            t.dischargeMilliwattHours[k] = b.getLong(at + 62) * perHour;
            t.unixSeconds[k] = version == 22 ? b.getLong(at + 70) : calendar(b, at + 70);
        }
        t.stepCount = t.countChanges(steps);
        addAux(t, aux, warnings);
        return t;
    }

    /** Aux records joined to the data rows by record index: a voltage and a temperature column per channel. */
    private static void addAux(NewareTable t, Map<Integer, Map<Long, double[]>> aux, List<String> warnings) {
        for (Map.Entry<Integer, Map<Long, double[]>> e : aux.entrySet()) {
            double[] volts = new double[t.rows];
            double[] celsius = new double[t.rows];
            boolean anyVolts = false;
            boolean anyCelsius = false;
            for (int k = 0; k < t.rows; k++) {
                double[] v = e.getValue().get(t.index[k]);
                volts[k] = v == null ? Double.NaN : v[0];
                celsius[k] = v == null ? Double.NaN : v[1];
                anyVolts |= v != null && v[0] != 0;
                anyCelsius |= v != null && v[1] != 0;
            }
            if (anyVolts) {
                t.aux.put("V" + e.getKey() + " / V", volts);
            }
            if (anyCelsius) {
                t.aux.put("T" + e.getKey() + " / degC", celsius);
            }
        }
    }

    /**
     * Version 130: BTS 9.1 (byte 1024 = 85) records from byte 1024, their length the distance to the next
     * record's two-byte id, data and aux temperature in one record; or BTS 9.0 (byte 1024 = 18), 88 bytes.
     */
    private static NewareTable v130(String source, ByteBuffer b) {
        if (b.limit() < 1030) {
            throw InputException.atByte(source, b.limit(), ".nda v130 shorter than its 1024-byte header");
        }
        int sub = b.get(1024) & 0xFF;
        if (sub == 18) {
            return v130bts90(source, b);
        }
        if (sub != 85) {
            throw InputException.atByte(source, 1024, ".nda v130 sub-layout " + sub + " is not supported (85 and"
                    + " 18 are)");
        }
        byte[] id = {b.get(1024), b.get(1025)};
        int next = find(b, id, 1026);
        int len = next - 1024;
        if (next < 0 || len < 52 || len > 4096) {
            throw InputException.atByte(source, 1024, ".nda v130: cannot find the length of a record (the next"
                    + " record id after byte 1024 gives " + len + " bytes; 52 to 4096 expected)");
        }
        int n = (b.limit() - 1024) / len;
        NewareTable t = new NewareTable(n);
        double[] temperature = new double[n];
        boolean hasTemperature = len >= 56;
        for (int r = 0; r < n; r++) {
            int at = 1024 + r * len;
            if ((b.getShort(at) & 0xFFFF) != 1621) {
                continue;
            }
            int k = t.rows++;
            t.stepIndex[k] = b.get(at + 2) & 0xFF;
            t.stepType[k] = b.get(at + 3) & 0xFF;
            t.index[k] = u4(b, at + 8);
            double total = u4(b, at + 12) + u4(b, at + 16) / 1e9;
            t.stepTimeSeconds[k] = total; // made step time below, once steps are known
            t.currentMilliamps[k] = b.getFloat(at + 20);
            t.voltageVolts[k] = b.getFloat(at + 24);
            double capacity = b.getFloat(at + 28) / 3600;
            double energy = b.getFloat(at + 32) / 3600;
            t.chargeMilliampHours[k] = Math.max(capacity, 0);
            t.dischargeMilliampHours[k] = Math.max(-capacity, 0);
            t.chargeMilliwattHours[k] = Math.max(energy, 0);
            t.dischargeMilliwattHours[k] = Math.max(-energy, 0);
            t.cycle[k] = (int) u4(b, at + 36) + 1;
            t.unixSeconds[k] = u4(b, at + 44) + u4(b, at + 48) / 1e9;
            temperature[k] = hasTemperature ? b.getFloat(at + 52) : Double.NaN;
        }
        // This layout stores total time; step time is what passed since the previous step's last record.
        t.totalTimeSeconds = java.util.Arrays.copyOf(t.stepTimeSeconds, t.rows);
        int[] count = t.countChanges(t.stepIndex);
        double stepStart = 0;
        double lastTotal = 0;
        for (int k = 0; k < t.rows; k++) {
            if (k > 0 && count[k] != count[k - 1]) {
                stepStart = lastTotal;
            }
            lastTotal = Math.max(lastTotal, t.totalTimeSeconds[k]);
            t.stepTimeSeconds[k] = t.totalTimeSeconds[k] - stepStart;
        }
        t.stepCount = count;
        if (hasTemperature) {
            t.aux.put("T1 / degC", java.util.Arrays.copyOf(temperature, t.rows));
        }
        return t;
    }

    /** BTS 9.0's layout of version 130 (fastnda's reader; no such file in the test data). */
    private static NewareTable v130bts90(String source, ByteBuffer b) {
        int start = find(b, V130_90_START, 0);
        if (start < 0) {
            throw InputException.atByte(source, 1024, ".nda v130 (BTS 9.0): no start of the data");
        }
        int len = 88;
        int n = (b.limit() - start) / len;
        NewareTable t = new NewareTable(n);
        for (int r = 0; r < n; r++) {
            int at = start + r * len;
            if ((b.get(at + 4) & 0xFF) != 85) {
                continue;
            }
            int k = t.rows++;
            t.stepIndex[k] = b.get(at + 9) & 0xFF;
            t.stepType[k] = b.get(at + 10) & 0xFF;
            t.index[k] = u4(b, at + 16);
            t.stepTimeSeconds[k] = b.getLong(at + 28) / 1e6;
            t.voltageVolts[k] = b.getFloat(at + 36);
            double current = b.getFloat(at + 40);
            t.currentMilliamps[k] = current;
            boolean discharge = current < 0;
            (discharge ? t.dischargeMilliampHours : t.chargeMilliampHours)[k] = Math.abs(b.getFloat(at + 60) / 3600);
            (discharge ? t.dischargeMilliwattHours : t.chargeMilliwattHours)[k] = Math.abs(b.getFloat(at + 64) / 3600);
            t.unixSeconds[k] = b.getLong(at + 68) / 1e6;
        }
        return t;
    }

    /** Year (u2), month, day, hour, minute, second as seconds since 1970 of the same clock; NaN if invalid. */
    private static double calendar(ByteBuffer b, int at) {
        int year = b.getShort(at) & 0xFFFF;
        int month = b.get(at + 2);
        int day = b.get(at + 3);
        int hour = b.get(at + 4);
        int minute = b.get(at + 5);
        int second = b.get(at + 6);
        if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth() || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 60) {
            return Double.NaN;
        }
        return java.time.LocalDate.of(year, month, day).toEpochDay() * 86400.0 + hour * 3600 + minute * 60 + second;
    }

    private static Map<String, String> metadata(ByteBuffer b, int version) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("neware.nda_version", Integer.toString(version));
        int server = find(b, "BTSServer".getBytes(StandardCharsets.US_ASCII), 0, Math.min(b.limit(), 1 << 16));
        if (server >= 0) {
            String s = text(b, server, 50);
            m.put(CyclerMetadata.SOFTWARE, s);
            if (server + 150 <= b.limit()) {
                String client = text(b, server + 100, 50);
                if (!client.isEmpty()) {
                    m.put("neware.client_version", client);
                }
            }
        }
        if (version == 29 && b.limit() > 2417) {
            long mass = u4(b, 152);
            if (mass > 0) {
                m.put(CyclerMetadata.ACTIVE_MASS_MG, Double.toString(mass / 1000.0));
            }
            String remarks = text(b, 2317, 100);
            if (!remarks.isEmpty()) {
                m.put("neware.remarks", remarks);
            }
        }
        return m;
    }

    private static String text(ByteBuffer b, int at, int n) {
        byte[] bytes = new byte[Math.max(0, Math.min(n, b.limit() - at))];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = b.get(at + k);
        }
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) {
            if (x >= 32 && x < 127) {
                sb.append((char) x);
            } else if (x == 0 && sb.length() > 0) {
                break;
            }
        }
        return sb.toString().trim();
    }

    private static long u4(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    private static int find(ByteBuffer b, byte[] needle, int from) {
        return find(b, needle, from, b.limit());
    }

    private static int find(ByteBuffer b, byte[] needle, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= to; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b.get(i + k) != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(ByteBuffer b, int at, byte[] prefix) {
        return at + prefix.length <= b.limit() && find(b, prefix, at, at + prefix.length) == at;
    }
}
