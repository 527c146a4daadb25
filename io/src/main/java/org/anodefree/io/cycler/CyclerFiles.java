package org.anodefree.io.cycler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/** Reads any cycler file anodefree knows into a {@link CyclingRecord}, detecting the format from the content. */
public final class CyclerFiles {
    /** Files above this size are memory-mapped rather than read onto the heap. */
    static final long MAP_THRESHOLD_BYTES = 1 << 24;

    private CyclerFiles() {
    }

    /** Reads {@code file} with every column; {@code format} {@code null} means detect it. */
    public static CyclingRecord read(Path file, CyclerFormat format) {
        return read(file, format, ColumnChoice.ALL);
    }

    /** Reads {@code file} keeping the chosen columns; {@code format} {@code null} means detect it. */
    public static CyclingRecord read(Path file, CyclerFormat format, ColumnChoice columns) {
        String source = file.toString();
        try {
            CyclerFormat f = format != null ? format : CyclerFormat.detect(source, head(file));
            if (f == CyclerFormat.BIOLOGIC_MPR) {
                return BiologicMprReader.read(source, mapped(file), columns);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return switch (f) {
                    case BIOLOGIC_MPT -> BiologicMptReader.read(source, in, columns);
                    case MACCOR -> MaccorReader.read(source, in, columns);
                    case MACCOR_EIS -> MaccorEisReader.read(source, in);
                    case NEWARE -> NewareReader.read(source, in, columns);
                    case ARBIN -> ArbinReader.read(source, in, arbinMetadata(file), columns);
                    case LANDT -> LandtReader.read(source, in, columns);
                    case BDF -> BdfCsvReader.read(source, in, columns);
                    case BIOLOGIC_MPR -> throw new IllegalStateException("handled above");
                };
            }
        } catch (NoSuchFileException e) {
            throw new InputException(source + ": no such file");
        } catch (IOException e) {
            throw new InputException(source + ": cannot read (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new InputException(source + ": too large to hold in memory; raise -Xmx", null);
        }
    }

    /** The whole file as a buffer: mapped when large (no copy onto the heap), read when small. */
    private static java.nio.ByteBuffer mapped(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new InputException(file + ": " + size + " bytes; .mpr files above 2 GB are not supported");
            }
            if (size < MAP_THRESHOLD_BYTES) {
                return java.nio.ByteBuffer.wrap(Files.readAllBytes(file));
            }
            return ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, size);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(CyclerFormat.HEAD_BYTES);
        }
    }

    /** {@code name_Metadata.csv} beside an Arbin {@code name.csv}, when present. */
    private static Path arbinMetadata(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path meta = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "_Metadata.csv");
        return Files.isRegularFile(meta) ? meta : null;
    }
}
