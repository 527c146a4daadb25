package org.anodefree.io.cycler;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.Cursor;
import com.healthmarketscience.jackcess.CursorBuilder;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads Arbin MITS {@code .res} files, MS Access (Jet 4) databases, with Jackcess: the points of
 * {@code Channel_Normal_Table} in {@code Data_Point} order, {@code Auxiliary_Table}'s channels joined by
 * {@code Data_Point} (data type 0 voltage, 1 temperature), and {@code Global_Table}'s test name, channel,
 * start time, schedule and software version as metadata (every field as {@code arbin.<name>}). Columns keep Arbin's names, as the CSV export's
 * ({@link ArbinReader}); {@code DateTime} (days since 1899-12-30, local time) becomes Unix time. Current is
 * positive on charge, as BDF.
 */
public final class ArbinResReader {
    private static final double OLE_EPOCH_DAYS = 25569; // 1970-01-01 in days since 1899-12-30
    /** Jackcess logs a warning for each odd system-table column of a damaged file; the error we throw says it. */
    private static final java.util.logging.Logger JACKCESS_LOG = java.util.logging.Logger.getLogger(
            "com.healthmarketscience.jackcess");

    static {
        JACKCESS_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private ArbinResReader() {
    }

    /** Reads an Arbin {@code .res} file, keeping the chosen columns. */
    public static CyclingRecord read(Path file, ColumnChoice columns) {
        String source = file.toString();
        try (Database db = new DatabaseBuilder(file.toFile()).setReadOnly(true).open()) {
            Table normal = db.getTable("Channel_Normal_Table");
            if (normal == null) {
                throw new InputException(source + ": an Access database without Channel_Normal_Table; not an Arbin"
                        + " .res (tables: " + db.getTableNames() + ")");
            }
            CyclingRecordBuilder b = new CyclingRecordBuilder(source, normal.getRowCount());
            points(source, normal, b, columns, aux(db.getTable("Auxiliary_Table")));
            metadata(db.getTable("Global_Table"), b);
            b.metadata("format", "Arbin .res (" + db.getFileFormat() + ")");
            return b.build();
        } catch (IOException e) {
            throw new InputException(source + ": not a readable Access database (" + e.getMessage() + ")", e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // Jackcess parses the pages; a damaged page surfaces as its own runtime exception.
            throw new InputException(source + ": damaged Access database (" + e + ")", e);
        }
    }

    private static void points(String source, Table normal, CyclingRecordBuilder b, ColumnChoice choice,
            Map<String, Map<Long, Double>> aux) throws IOException {
        List<String> names = new ArrayList<>();
        List<ColumnPlan.Target> targets = new ArrayList<>();
        ColumnPlan.Mapper mapper = choice.filter(ArbinReader::target, java.util.Set.of());
        for (Column c : normal.getColumns()) {
            ColumnPlan.Target t = mapper.map(c.getName());
            if (t != null) {
                names.add(c.getName());
                targets.add(t);
            }
        }
        for (String required : new String[] {"Test_Time", "Voltage", "Current", "Data_Point"}) {
            if (normal.getColumn(required) == null) {
                throw new InputException(source + ": Channel_Normal_Table has no " + required + " column");
            }
        }
        int[] handles = new int[targets.size()];
        for (int k = 0; k < handles.length; k++) {
            ColumnPlan.Target t = targets.get(k);
            handles[k] = t.isInt() ? b.intColumn(t.label()) : b.doubleColumn(t.label());
        }
        List<String> auxLabels = new ArrayList<>(aux.keySet());
        int[] auxHandles = auxLabels.stream().mapToInt(b::doubleColumn).toArray();
        List<Object[]> rows = new ArrayList<>();
        List<String> read = new ArrayList<>(names);
        if (!read.contains("Data_Point")) {
            read.add("Data_Point");
        }
        Cursor cursor = CursorBuilder.createCursor(normal);
        for (Row row = cursor.getNextRow(read); row != null; row = cursor.getNextRow(read)) {
            Object[] v = new Object[read.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = row.get(read.get(k));
            }
            rows.add(v);
        }
        int point = read.indexOf("Data_Point");
        rows.sort((x, y) -> Long.compare(number(x[point]).longValue(), number(y[point]).longValue()));
        for (Object[] v : rows) {
            for (int k = 0; k < handles.length; k++) {
                ColumnPlan.Target t = targets.get(k);
                Number x = number(v[k]);
                double value = x == null ? Double.NaN : x.doubleValue() * t.factor();
                if (names.get(k).equals("DateTime") && x != null) {
                    value = (x.doubleValue() - OLE_EPOCH_DAYS) * 86400;
                }
                if (t.required() && !Double.isFinite(value)) {
                    throw new InputException(source + ": Channel_Normal_Table Data_Point " + v[point] + ": "
                            + names.get(k) + " is " + v[k] + ", not a finite number");
                }
                if (t.isInt()) {
                    b.setInt(handles[k], x == null ? 0 : x.intValue());
                } else {
                    b.set(handles[k], value);
                }
            }
            long p = number(v[point]).longValue();
            for (int k = 0; k < auxHandles.length; k++) {
                Double x = aux.get(auxLabels.get(k)).get(p);
                b.set(auxHandles[k], x == null ? Double.NaN : x);
            }
            b.endRow();
        }
    }

    private static Number number(Object o) {
        return o instanceof Number n ? n : o instanceof Boolean bool ? (bool ? 1 : 0) : null;
    }

    /** Auxiliary_Table's values by channel label and Data_Point. */
    private static Map<String, Map<Long, Double>> aux(Table table) throws IOException {
        Map<String, Map<Long, Double>> out = new LinkedHashMap<>();
        if (table == null || table.getColumn("X") == null || table.getColumn("Data_Point") == null) {
            return out;
        }
        for (Row row : table) {
            Number type = number(row.get("Data_Type"));
            Number index = number(row.get("Auxiliary_Index"));
            Number point = number(row.get("Data_Point"));
            Number x = number(row.get("X"));
            if (point == null || x == null) {
                continue;
            }
            int t = type == null ? -1 : type.intValue();
            int i = index == null ? 0 : index.intValue();
            String label = switch (t) {
                case 0 -> "Aux Voltage " + (i + 1) + " / V";
                case 1 -> "Aux Temperature " + (i + 1) + " / degC";
                default -> "Aux " + (i + 1) + " (type " + t + ") / 1";
            };
            out.computeIfAbsent(label, l -> new HashMap<>()).putIfAbsent(point.longValue(), x.doubleValue());
        }
        return out;
    }

    private static void metadata(Table global, CyclingRecordBuilder b) throws IOException {
        if (global == null) {
            return;
        }
        for (Row row : global) {
            for (Map.Entry<String, Object> e : row.entrySet()) {
                if (e.getValue() != null && !e.getValue().toString().isBlank()) {
                    b.metadata("arbin." + e.getKey(), e.getValue().toString());
                }
            }
            put(b, CyclerMetadata.CHANNEL, row.get("Channel_Index"));
            put(b, CyclerMetadata.PROCEDURE, row.get("Schedule_File_Name"));
            put(b, CyclerMetadata.SOFTWARE, row.get("Software_Version"));
            put(b, CyclerMetadata.INSTRUMENT, row.get("Serial_Number") == null ? null : "Arbin " + row.get("Serial_Number"));
            Number start = number(row.get("Start_DateTime"));
            String clock = start == null ? null : CyclerMetadata.clockTime((start.doubleValue() - OLE_EPOCH_DAYS) * 86400);
            if (clock != null) {
                b.metadata(CyclerMetadata.START_TIME, clock);
            }
            break; // one test per file in every .res seen; the first row describes it
        }
    }

    private static void put(CyclingRecordBuilder b, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.metadata(key, value.toString().trim());
        }
    }
}
