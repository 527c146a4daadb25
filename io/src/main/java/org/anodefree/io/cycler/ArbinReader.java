package org.anodefree.io.cycler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads Arbin CSV exports ({@code Data_Point,Test_Time,DateTime,Step_Time,Step_Index,Cycle_Index,Current,
 * Voltage,...}, with or without units in brackets) and the {@code <name>_Metadata.csv} beside them. Arbin's
 * current is positive on charge, as BDF. Step and cycle indices are required: a row without them is an error.
 */
public final class ArbinReader {
    private ArbinReader() {
    }

    /** Reads an Arbin CSV; {@code metadata} is its metadata file or {@code null}. */
    public static CyclingRecord read(String source, InputStream in, Path metadata) {
        return read(source, in, metadata, ColumnChoice.ALL);
    }

    /** As {@link #read(String, InputStream, Path)}, keeping the chosen columns. */
    public static CyclingRecord read(String source, InputStream in, Path metadata, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.UTF_8)) {
            String header = lines.require("the Arbin header line");
            DelimitedTable.read(lines, header, ',', ArbinReader::target, b, null, columns, java.util.Set.of());
        }
        if (metadata != null) {
            readMetadata(metadata, b);
        }
        b.metadata("format", "Arbin CSV");
        return b.build();
    }

    static ColumnPlan.Target target(String header) {
        String h = header.replaceAll("\\(.*\\)$", "").trim();
        double current = header.contains("(mA)") ? 1e-3 : 1;
        return switch (h) {
            case "Test_Time" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 1);
            case "Step_Time" -> new ColumnPlan.Target(BdfColumns.STEP_TIME, false, ColumnPlan.Parse.NUMBER, 1, false);
            case "DateTime" -> new ColumnPlan.Target(BdfColumns.UNIX_TIME, false, ColumnPlan.Parse.NUMBER, 1, false);
            case "Current" -> ColumnPlan.Target.number(BdfColumns.CURRENT, current);
            case "Voltage" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "Cycle_Index" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "Step_Index" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            default -> ColumnPlan.Target.extra(header);
        };
    }

    /** The metadata file: a header line and one value line, CSV with quotes. */
    private static void readMetadata(Path file, CyclingRecordBuilder b) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() >= 2) {
                String[] keys = TextLines.splitQuoted(lines.get(0), ',');
                String[] values = TextLines.splitQuoted(lines.get(1), ',');
                for (int k = 0; k < Math.min(keys.length, values.length); k++) {
                    if (!keys[k].isBlank()) {
                        b.metadata("arbin." + keys[k].trim(), values[k].trim());
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            b.warn(file + ": cannot read the Arbin metadata file (" + e.getMessage() + ")");
        }
    }
}
