package org.anodefree.io.tiff;

import ij.io.FileInfo;
import ij.io.RandomAccessStream;
import ij.io.TiffDecoder;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.tomo.SampleType;

/**
 * The TIFF plumbing shared by the map and volume readers: the pages (image file directories) of a
 * file, checked against its length before anything is allocated from them, and the decoding of one
 * page. ImageJ's {@link TiffDecoder} lists the pages and its {@code ImageReader} decodes them (any strip
 * layout and compression ImageJ knows), each call wrapped so that a failure is an
 * {@link InputException} naming the file (see {@link ImageJCalls}, {@link TiffStructure},
 * {@link PageLayout}).
 */
public final class TiffPages {
    private TiffPages() {
    }

    /** The checked page descriptions of a TIFF file, with ImageJ's contiguous stacks expanded to one per slice. */
    public static FileInfo[] pages(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        TiffStructure.check(file);
        Path abs = file.toAbsolutePath();
        String dir = abs.getParent().toString() + java.io.File.separator;
        FileInfo[] infos = ImageJCalls.run(file, "cannot read the image directories",
                () -> new TiffDecoder(dir, abs.getFileName().toString()).getTiffInfo());
        if (infos == null || infos.length == 0) {
            throw new InputException(file + ": not a TIFF file (no image directory found)");
        }
        return PageLayout.check(file, infos);
    }

    /** The sample type of a page, or an error naming the unsupported pixel kind. */
    public static SampleType sampleType(FileInfo fi, Path file) {
        return switch (fi.fileType) {
            // Indexed colour is how Fiji saves label images with a lookup table: the indices are the labels.
            case FileInfo.GRAY8, FileInfo.COLOR8 -> SampleType.UINT8;
            case FileInfo.GRAY16_UNSIGNED -> SampleType.UINT16;
            // Signed and 32-bit integers are held as floats; their levels do not start at 0.
            case FileInfo.GRAY16_SIGNED, FileInfo.GRAY32_FLOAT, FileInfo.GRAY32_INT, FileInfo.GRAY32_UNSIGNED ->
                    SampleType.FLOAT32;
            default -> throw new InputException(file + ": pixel type " + typeName(fi)
                    + " is not supported; use 8- or 16-bit grey, 32-bit integer or 32-bit float");
        };
    }

    /** A readable name of a page's pixel type (bits per sample and kind). */
    public static String typeName(FileInfo fi) {
        return switch (fi.fileType) {
            case FileInfo.GRAY8 -> "8-bit grey";
            case FileInfo.GRAY16_UNSIGNED -> "16-bit grey";
            case FileInfo.GRAY16_SIGNED -> "signed 16-bit grey";
            case FileInfo.GRAY32_INT -> "32-bit integer";
            case FileInfo.GRAY32_UNSIGNED -> "unsigned 32-bit integer";
            case FileInfo.GRAY32_FLOAT -> "32-bit float";
            case FileInfo.GRAY64_FLOAT -> "64-bit float";
            case FileInfo.RGB, FileInfo.RGB_PLANAR, FileInfo.BGR, FileInfo.ARGB, FileInfo.ABGR, FileInfo.BARG,
                    FileInfo.CMYK -> "RGB colour";
            case FileInfo.RGB48, FileInfo.RGB48_PLANAR -> "48-bit RGB";
            case FileInfo.COLOR8 -> "8-bit indexed colour";
            case FileInfo.BITMAP -> "1-bit";
            default -> "type code " + fi.fileType;
        };
    }

    /**
     * Decodes one page into {@code out} as floats (signed 16-bit values as stored). The page must be
     * one of {@link #pages}, of a type {@link #sampleType} accepts.
     */
    public static void read(Path file, FileInfo fi, float[] out, int z) {
        sampleType(fi, file);
        boolean compressed = fi.compression > FileInfo.COMPRESSION_NONE;
        CheckedImageReader reader = new CheckedImageReader(fi);
        String what = "cannot read slice " + z + " (byte " + fi.getOffset() + ")";
        Object pixels = ImageJCalls.run(file, what, () -> {
            // Compressed strips are found by seeking (in any order); uncompressed data are read from the offset on.
            try (InputStream in = compressed ? new RandomAccessStream(new RandomAccessFile(file.toFile(), "r"))
                    : new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return reader.readPixels(in, compressed ? 0 : fi.getOffset());
            }
        });
        long needed = (long) fi.width * fi.height * fi.getBytesPerPixel();
        if (pixels == null || compressed && reader.decodedBytes() < needed) {
            throw InputException.atByte(file.toString(), fi.getOffset(), "slice " + z + " is truncated or corrupt: its "
                    + (compressed ? "compressed strips decode to " + reader.decodedBytes() + " of the " + needed
                            + " bytes a " + fi.width + " x " + fi.height + " " + typeName(fi) + " image needs"
                            : "data end before the " + needed + " bytes of the image"));
        }
        int n = fi.width * fi.height;
        if (pixels instanceof byte[] b) {
            for (int i = 0; i < n; i++) {
                out[i] = b[i] & 0xff;
            }
        } else if (pixels instanceof short[] s) {
            // ImageJ shifts signed 16-bit data by +32768; undo it to report the stored values.
            int shift = fi.fileType == FileInfo.GRAY16_SIGNED ? 32768 : 0;
            for (int i = 0; i < n; i++) {
                out[i] = (s[i] & 0xffff) - shift;
            }
        } else if (pixels instanceof float[] f) {
            System.arraycopy(f, 0, out, 0, n);
        } else {
            throw new InputException(file + ": slice " + z + " decoded to an unsupported pixel array");
        }
    }
}
