package org.anodefree.io.cycler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/**
 * Reads BioLogic EC-Lab/BT-Lab {@code .mpl} logs ({@code EC-Lab LOG FILE}): the technique, the settings table,
 * the channel, device, software version and acquisition start, as metadata. A log holds no points, so reading
 * one reads the {@code .mpr} (else {@code .mpt}) of the same name beside it; an {@code .mpr} read on its own
 * gets the metadata of the log beside it.
 */
public final class BiologicMplReader {
    private BiologicMplReader() {
    }

    /** The log's entries (empty when {@code log} is not an EC-Lab log). */
    public static Map<String, String> metadata(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, BiologicMptReader.WINDOWS_1252);
        Map<String, String> m = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).trim().endsWith("LOG FILE")) {
            return m;
        }
        EcLabHeader.read(lines, m::put);
        return m;
    }

    /** The metadata of the {@code .mpl} beside {@code mpr}, or none (a log that cannot be read is ignored). */
    static Map<String, String> metadataBeside(Path mpr) {
        Path log = CyclerFiles.sibling(mpr, ".mpl");
        try {
            return log != null ? metadata(log) : Map.of();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Map.of();
        }
    }

    /** Reads the data file beside a log, with the log's metadata. */
    static CyclingRecord readBeside(Path log, ColumnChoice columns) throws IOException {
        Path mpr = CyclerFiles.sibling(log, ".mpr");
        if (mpr != null) {
            return BiologicMprReader.read(mpr.toString(), CyclerFiles.mapped(mpr), columns, metadata(log));
        }
        Path mpt = CyclerFiles.sibling(log, ".mpt");
        if (mpt != null) {
            return CyclerFiles.read(mpt, CyclerFormat.BIOLOGIC_MPT, columns);
        }
        throw new InputException(log + ": an EC-Lab log holds no data points, and there is no .mpr or .mpt of the"
                + " same name beside it; read that file instead");
    }
}
