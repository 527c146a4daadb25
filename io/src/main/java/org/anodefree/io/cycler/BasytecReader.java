package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads Basytec text exports: {@code ~Key: value} preamble lines ({@code ~Start of Test: 19.06.2023 17:56:53},
 * {@code ~Testchannel:}), a header {@code ~Time[s]\tDataSet\t...\tU[V]\tI[A]...}, tab-separated rows. Current
 * signed, positive on charge; {@code Line} (the test plan's line) is the step index. Unix time is the start of
 * test (day first, local time read as UTC) plus {@code Time[s]}. Layout from PyProBE's Basytec reader and its
 * test file, the one raw Basytec export found.
 */
public final class BasytecReader {
    static final int MAX_PREAMBLE_LINES = 100;

    private BasytecReader() {
    }

    /** Reads a Basytec export from a stream, keeping the chosen columns; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        double[] start = {Double.NaN};
        try (TextLines lines = new TextLines(source, in, StandardCharsets.ISO_8859_1)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            String header = lines.header(l -> l.startsWith("~Time["), MAX_PREAMBLE_LINES, "'~Time[s]' header",
                    line -> {
                        if (!line.startsWith("~")) {
                            throw InputException.at(source, lines.number(), 1, "expected '~' preamble lines and a"
                                    + " '~Time[s]' header, found '" + BiologicMptReader.abbreviate(line) + "'");
                        }
                        String entry = line.substring(1);
                        CyclerMetadata.preambleLine(entry, b, "basytec.", seen);
                        if (entry.startsWith("Start of Test:")) {
                            start[0] = FieldParsers.dateTime(entry.substring(entry.indexOf(':') + 1), true);
                        }
                    });
            int unix = Double.isNaN(start[0]) ? -1 : b.doubleColumn(BdfColumns.UNIX_TIME);
            DelimitedTable.RowHook hook = unix < 0 ? null : (plan, builder, line) ->
                    builder.set(unix, start[0] + plan.values[plan.slot(BdfColumns.TEST_TIME)]);
            DelimitedTable.read(lines, header.substring(1), DelimitedTable.Spec.of('\t', BasytecReader::target, hook)
                    .choose(columns, java.util.Set.of()), b);
        }
        b.metadata(CyclerMetadata.INSTRUMENT, "Basytec");
        b.metadata("format", "Basytec text export");
        return b.build();
    }

    static ColumnPlan.Target target(String header) {
        return switch (header) {
            case "Time[s]" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 1);
            case "t-Step[s]" -> ColumnPlan.Target.number(BdfColumns.STEP_TIME, 1);
            case "U[V]" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "I[A]" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1);
            case "Line" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            case "Cyc-Count" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            default -> ColumnPlan.Target.extra(header);
        };
    }
}
