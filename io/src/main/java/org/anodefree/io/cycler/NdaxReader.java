package org.anodefree.io.cycler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/**
 * Reads Neware {@code .ndax} archives: a zip of {@link NdcFile} members and XML. {@code data.ndc} holds each
 * record's voltage and current; {@code data_runInfo.ndc} the step time, capacities, energies and Unix time of
 * the records it lists, which are carried forward to the records between (time by the logging interval,
 * capacity and energy by integrating the current, as fastnda's {@code _data_interpolation} does);
 * {@code data_step.ndc} the cycle, step index and type of each step; {@code data_AUX_*.ndc} aux channels, named
 * from {@code TestInfo.xml} (used only when its aux entries match the members one to one, as fastnda does:
 * a damaged aux member then leaves the main data intact). Version 2 archives hold everything in
 * {@code data.ndc}. Start time, channel, barcode, software version into metadata.
 */
public final class NdaxReader {
    private static final Pattern AUX_NAME = Pattern.compile("data_AUX_(\\d+)_(\\d+)_(\\d+)\\.ndc");
    private static final Pattern NUMBERED = Pattern.compile(".*_(\\d+)\\.ndc");
    /** Members larger than this are refused (a zip bomb, or a file no cycler wrote). */
    private static final long MAX_MEMBER_BYTES = Integer.MAX_VALUE - 8;

    private NdaxReader() {
    }

    /** Reads an {@code .ndax} file. */
    public static CyclingRecord read(Path file, ColumnChoice columns) throws IOException {
        return read(file.toString(), Files.readAllBytes(file), columns);
    }

    /** Reads an {@code .ndax} held in {@code bytes}; {@code source} names it in messages. */
    public static CyclingRecord read(String source, byte[] bytes, ColumnChoice columns) {
        Map<String, byte[]> members = unzip(source, bytes);
        byte[] data = members.get("data.ndc");
        if (data == null) {
            throw new InputException(source + ": no data.ndc in this .ndax (members: " + members.keySet() + ")");
        }
        List<String> warnings = new ArrayList<>();
        Map<String, String> meta = NewareXml.metadata(source, members, warnings);
        NdcFile records = NdcFile.read(source, "data.ndc", data);
        NewareTable t = records.columns.containsKey("cycle") ? fromOldRecords(records) : assemble(source, records,
                members);
        addAux(source, t, members, warnings);
        meta.put("format", "Neware .ndax (ndc version " + records.version + ")");
        return t.toRecord(source, columns, meta, warnings);
    }

    /** Version 2 and 5: every quantity is in the record itself. */
    private static NewareTable fromOldRecords(NdcFile r) {
        NewareTable t = new NewareTable(r.rows);
        t.rows = r.rows;
        for (int k = 0; k < r.rows; k++) {
            t.index[k] = r.index[k];
            t.cycle[k] = (int) r.columns.get("cycle")[k] + 1;
            t.stepIndex[k] = (int) r.columns.get("stepIndex")[k];
            t.stepType[k] = (int) r.columns.get("stepType")[k];
            t.stepTimeSeconds[k] = r.columns.get("stepTime")[k];
            t.voltageVolts[k] = r.columns.get("voltage")[k];
            t.currentMilliamps[k] = r.columns.get("current")[k];
            t.chargeMilliampHours[k] = r.columns.get("chg")[k];
            t.dischargeMilliampHours[k] = r.columns.get("dchg")[k];
            t.chargeMilliwattHours[k] = r.columns.get("chgE")[k];
            t.dischargeMilliwattHours[k] = r.columns.get("dchgE")[k];
            t.unixSeconds[k] = r.columns.get("unix")[k];
        }
        return t;
    }

    /** Versions 11 to 17: records joined with run info by index, then with steps by step count. */
    private static NewareTable assemble(String source, NdcFile records, Map<String, byte[]> members) {
        NewareTable t = new NewareTable(records.rows);
        t.rows = records.rows;
        t.stepCount = new int[t.rows];
        for (int k = 0; k < t.rows; k++) {
            t.index[k] = records.index[k];
            t.voltageVolts[k] = records.columns.get("voltage")[k];
            t.currentMilliamps[k] = records.columns.get("current")[k];
        }
        byte[] run = members.get("data_runInfo.ndc");
        if (run == null) {
            throw new InputException(source + ": no data_runInfo.ndc, so no times for the records of data.ndc");
        }
        RunInfo info = new RunInfo(NdcFile.read(source, "data_runInfo.ndc", run));
        info.fill(t);
        byte[] steps = members.get("data_step.ndc");
        if (steps != null) {
            NdcFile s = NdcFile.read(source, "data_step.ndc", steps);
            Map<Integer, Integer> byCount = new HashMap<>();
            int[] counts = stepCounts(s);
            for (int k = 0; k < s.rows; k++) {
                byCount.putIfAbsent(counts[k], k);
            }
            for (int k = 0; k < t.rows; k++) {
                Integer row = byCount.get(t.stepCount[k]);
                if (row != null) {
                    t.cycle[k] = (int) s.columns.get("cycle")[row] + 1;
                    t.stepIndex[k] = (int) s.columns.get("stepIndex")[row];
                    t.stepType[k] = (int) s.columns.get("stepType")[row];
                }
            }
        }
        return t;
    }

    /** The step count of each row of a step table: its row number, or (v16) the changes of the step index. */
    private static int[] stepCounts(NdcFile s) {
        int[] c = new int[s.rows];
        double[] step = s.columns.get("stepIndex");
        for (int k = 0; k < s.rows; k++) {
            c[k] = s.version == 16 ? (k == 0 ? 1 : c[k - 1] + (step[k] != step[k - 1] ? 1 : 0)) : k + 1;
        }
        return c;
    }

    /** Run info by record index, carried forward to the records it does not list. */
    private static final class RunInfo {
        private final NdcFile f;
        private final Map<Long, Integer> byIndex = new HashMap<>();
        private final int[] count;

        RunInfo(NdcFile f) {
            this.f = f;
            for (int k = 0; k < f.rows; k++) {
                byIndex.putIfAbsent(f.index[k], k);
            }
            double[] raw = f.columns.get("stepCount");
            count = new int[f.rows];
            for (int k = 0; k < f.rows; k++) {
                boolean recount = f.version == 11 || f.version == 14;
                count[k] = !recount ? (int) raw[k] : k == 0 ? 1 : count[k - 1] + (raw[k] != raw[k - 1] ? 1 : 0);
            }
        }

        void fill(NewareTable t) {
            int last = -1;
            double cdt = 0;
            double incQ = 0;
            double incE = 0;
            for (int k = 0; k < t.rows; k++) {
                Integer row = byIndex.get(t.index[k]);
                if (row != null) {
                    last = row;
                    cdt = 0;
                    incQ = 0;
                    incE = 0;
                } else if (last >= 0) {
                    double dt = f.columns.get("dt")[last];
                    cdt += dt;
                    incQ += dt * t.currentMilliamps[k] / 3600;
                    incE += dt * t.voltageVolts[k] * t.currentMilliamps[k] / 3600;
                }
                if (last < 0) {
                    t.stepTimeSeconds[k] = Double.NaN;
                    continue;
                }
                t.stepTimeSeconds[k] = f.columns.get("stepTime")[last] + cdt;
                t.unixSeconds[k] = f.columns.get("unixSeconds")[last] + f.columns.get("unixMillis")[last] + cdt;
                t.chargeMilliampHours[k] = Math.abs(f.columns.get("chg")[last]) + Math.max(incQ, 0);
                t.dischargeMilliampHours[k] = Math.abs(f.columns.get("dchg")[last]) - Math.min(incQ, 0);
                t.chargeMilliwattHours[k] = Math.abs(f.columns.get("chgE")[last]) + Math.max(incE, 0);
                t.dischargeMilliwattHours[k] = Math.abs(f.columns.get("dchgE")[last]) - Math.min(incE, 0);
                t.stepCount[k] = count[last];
            }
        }
    }

    /** Aux members, matched in sorted order to TestInfo.xml's aux entries, joined by record index. */
    private static void addAux(String source, NewareTable t, Map<String, byte[]> members, List<String> warnings) {
        List<String> names = new ArrayList<>();
        Map<String, long[]> keys = new HashMap<>();
        for (String m : members.keySet()) {
            Matcher a = AUX_NAME.matcher(m);
            Matcher b = NUMBERED.matcher(m);
            if (a.matches()) {
                keys.put(m, new long[] {Long.parseLong(a.group(1)), Long.parseLong(a.group(2)), Long.parseLong(a.group(3))});
            } else if (b.matches()) {
                keys.put(m, new long[] {Long.parseLong(b.group(1)), 0, 0});
            } else {
                continue;
            }
            names.add(m);
        }
        if (names.isEmpty()) {
            return;
        }
        names.sort((x, y) -> java.util.Arrays.compare(keys.get(x), keys.get(y)));
        List<Map<String, String>> entries = NewareXml.auxEntries(members);
        if (entries.size() != names.size()) {
            warnings.add(source + ": " + names.size() + " aux member(s) but " + entries.size() + " aux entries in"
                    + " TestInfo.xml; aux channels left out (the main data is complete)");
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            NdcFile aux;
            try {
                aux = NdcFile.read(source, names.get(i), members.get(names.get(i)));
            } catch (InputException e) {
                warnings.add(e.getMessage() + "; that aux channel is left out");
                continue;
            }
            String id = entries.get(i).getOrDefault("AuxID", Integer.toString(i + 1));
            int chlType = parse(entries.get(i).get("ChlType"));
            Map<Long, Integer> byIndex = new HashMap<>();
            for (int k = 0; k < aux.rows; k++) {
                byIndex.putIfAbsent(aux.index[k], k);
            }
            for (Map.Entry<String, double[]> c : aux.columns.entrySet()) {
                String label = auxLabel(c.getKey(), id, chlType);
                if (label == null || !nonZero(c.getValue(), aux.rows)) {
                    continue;
                }
                double[] v = new double[t.rows];
                for (int k = 0; k < t.rows; k++) {
                    Integer row = byIndex.get(t.index[k]);
                    v[k] = row == null ? Double.NaN : c.getValue()[row];
                }
                t.aux.put(label, v);
            }
        }
    }

    private static String auxLabel(String column, String id, int chlType) {
        return switch (column) {
            case "voltage" -> "V" + id + " / V";
            case "temperature" -> "T" + id + " / degC";
            case "setpoint" -> "t" + id + " / degC";
            case "?" -> switch (chlType) {
                case 103 -> "T" + id + " / degC";
                case 335 -> "t" + id + " / degC";
                case 345 -> "H" + id + " / %";
                default -> "X" + id + " / 1";
            };
            default -> null;
        };
    }

    private static boolean nonZero(double[] v, int n) {
        for (int k = 0; k < n; k++) {
            if (v[k] != 0) {
                return true;
            }
        }
        return false;
    }

    private static int parse(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The archive's members by name; a damaged zip is an error naming the file. */
    private static Map<String, byte[]> unzip(String source, byte[] bytes) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    members.put(e.getName(), readMember(source, e.getName(), zip));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(source + ": damaged .ndax zip (" + e.getMessage() + ")", e);
        }
        if (members.isEmpty()) {
            throw InputException.atByte(source, 0, "not an .ndax: no zip members");
        }
        return members;
    }

    private static byte[] readMember(String source, String name, InputStream in) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(MAX_MEMBER_BYTES, 1L << 30));
        if (in.read() >= 0) {
            throw new InputException(source + ": member " + name + " is over 1 GB unpacked; refused");
        }
        return b;
    }
}
