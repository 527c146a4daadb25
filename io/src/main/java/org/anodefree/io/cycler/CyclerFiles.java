package org.anodefree.io.cycler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
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
            CyclerFormat f = format != null ? format : detect(file);
            return switch (f) {
                case BIOLOGIC_MPR -> BiologicMprReader.read(source, mapped(file), columns,
                        BiologicMplReader.metadataBeside(file));
                case BIOLOGIC_MPL -> BiologicMplReader.readBeside(file, columns);
                case NEWARE_NDA -> NdaReader.read(source, ndaBytes(file), columns);
                case NEWARE_NDAX -> NdaxReader.read(file, columns);
                case ARBIN_RES -> ArbinResReader.read(file, columns);
                case XLSX -> XlsxReader.read(file, columns);
                default -> readText(file, f, columns);
            };
        } catch (NoSuchFileException e) {
            throw new InputException(source + ": no such file");
        } catch (IOException e) {
            throw new InputException(source + ": cannot read (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new InputException(source + ": too large to hold in memory; raise -Xmx", null);
        }
    }

    private static CyclingRecord readText(Path file, CyclerFormat f, ColumnChoice columns) throws IOException {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return switch (f) {
                case BIOLOGIC_MPT -> BiologicMptReader.read(source, in, columns);
                case MACCOR -> MaccorReader.read(source, in, columns);
                case MACCOR_EIS -> MaccorEisReader.read(source, in);
                case NEWARE -> NewareReader.read(source, in, columns);
                case ARBIN -> ArbinReader.read(source, in, arbinMetadata(file), columns);
                case LANDT -> LandtReader.read(source, in, columns);
                case NOVONIX -> NovonixReader.read(source, in, columns);
                case BASYTEC -> BasytecReader.read(source, in, columns);
                case PEC -> PecReader.read(source, in, columns);
                case BDF -> BdfCsvReader.read(source, in, columns);
                default -> throw new IllegalStateException("not a text format: " + f);
            };
        }
    }

    /** The format of a file from its content (a zip's member list is read from its central directory). */
    public static CyclerFormat detect(Path file) throws IOException {
        byte[] head = head(file);
        List<String> members = null;
        if (head.length > 4 && head[0] == 'P' && head[1] == 'K') {
            List<String> names = new ArrayList<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                zip.stream().forEach(e -> names.add(e.getName()));
                members = names;
            } catch (ZipException e) {
                members = null; // a damaged zip: judge by the local headers in the head
            }
        }
        return FormatDetector.detect(file.toString(), head, members);
    }

    /** {@code name<extension>} beside {@code file} (same stem, either case of the extension), or null. */
    static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        for (String ext : new String[] {extension, extension.toUpperCase(java.util.Locale.ROOT)}) {
            Path p = file.resolveSibling(stem + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** The whole file as a buffer: mapped when large (no copy onto the heap), read when small. */
    static ByteBuffer mapped(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new InputException(file + ": " + size + " bytes; binary files above 2 GB are not supported");
            }
            if (size < MAP_THRESHOLD_BYTES) {
                return ByteBuffer.wrap(Files.readAllBytes(file));
            }
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
    }

    /** An .nda's bytes, or those of the one .nda inside a zip (how large .nda files are often shared). */
    private static ByteBuffer ndaBytes(Path file) throws IOException {
        byte[] head = head(file);
        if (!(head.length > 4 && head[0] == 'P' && head[1] == 'K')) {
            return mapped(file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            java.util.zip.ZipEntry nda = zip.stream().filter(e -> e.getName().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".nda")).findFirst().orElseThrow(() -> new InputException(file
                    + ": a zip without an .nda member"));
            if (nda.getSize() > Integer.MAX_VALUE) {
                throw new InputException(file + ": " + nda.getName() + " is over 2 GB; unzip it first");
            }
            try (InputStream in = zip.getInputStream(nda)) {
                return ByteBuffer.wrap(in.readAllBytes());
            }
        } catch (ZipException e) {
            throw new InputException(file + ": damaged zip (" + e.getMessage() + ")", e);
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
