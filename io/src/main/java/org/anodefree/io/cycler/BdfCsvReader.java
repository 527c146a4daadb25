package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.units.Quantity;

/**
 * Reads Battery Data Format CSV: a header of labels {@code Quantity / unit} (any time unit BDF allows, such as
 * {@code Test Time / h}; mV, mA and mAh too) or of BDF machine names ({@code test_time_second}). Values are
 * converted to the SI labels of {@link BdfColumns}; other columns are kept as they are.
 */
public final class BdfCsvReader {
    private BdfCsvReader() {
    }

    /** Reads a BDF CSV from a stream; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in) {
        return read(source, in, ColumnChoice.ALL);
    }

    /** As {@link #read(String, InputStream)}, keeping the chosen columns. */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.UTF_8)) {
            String header = lines.require("the BDF header line");
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            String first = header;
            DelimitedTable.read(lines, header, ',', h -> target(source, h, first), b, null, columns, java.util.Set.of());
        }
        b.metadata("format", "Battery Data Format CSV");
        return b.build();
    }

    static ColumnPlan.Target target(String source, String header, String headerLine) {
        String machine = BdfColumns.labelOfMachineName(header);
        String label = machine != null ? machine : header;
        String quantity = BdfColumns.quantity(label);
        String unit = BdfColumns.unit(label);
        String field = source + ": header '" + header + "'";
        try {
            return switch (quantity) {
                case "Test Time" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, Quantity.TIME.factorToSi(unit, field));
                case "Step Time" -> new ColumnPlan.Target(BdfColumns.STEP_TIME, false, ColumnPlan.Parse.NUMBER,
                        Quantity.TIME.factorToSi(unit, field), false);
                case "Voltage" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, Quantity.VOLTAGE.factorToSi(unit, field));
                case "Current" -> ColumnPlan.Target.number(BdfColumns.CURRENT, Quantity.CURRENT.factorToSi(unit, field));
                case "Cycle Count" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
                case "Step Count" -> ColumnPlan.Target.integer(BdfColumns.STEP_COUNT);
                case "Step Index" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
                case "Charge Capacity", "Discharge Capacity" -> new ColumnPlan.Target(quantity + " / Ah", false,
                        ColumnPlan.Parse.NUMBER, ampHours(unit, field), false);
                default -> ColumnPlan.Target.extra(label);
            };
        } catch (InputException e) {
            throw new InputException(e.getMessage() + " (header line: " + BiologicMptReader.abbreviate(headerLine)
                    + ")");
        }
    }

    private static double ampHours(String unit, String field) {
        return switch (unit) {
            case "Ah" -> 1;
            case "mAh" -> 1e-3;
            default -> throw new InputException(field + ": unknown capacity unit '" + unit + "' (Ah or mAh)");
        };
    }
}
