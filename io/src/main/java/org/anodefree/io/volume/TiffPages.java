package org.anodefree.io.volume;

import ij.io.FileInfo;
import ij.io.ImageReader;
import ij.io.TiffDecoder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import org.anodefree.InputException;
import org.anodefree.tomo.SampleType;

/**
 * The TIFF plumbing shared by the volume readers: ImageJ's {@link TiffDecoder} lists the pages
 * (image file directories) without reading pixels, and its {@link ImageReader} decodes one page
 * (any strip layout and compression ImageJ knows) from a stream positioned in the file.
 */
final class TiffPages {
    private TiffPages() {
    }

    /** The page descriptions of a TIFF file, with ImageJ's contiguous stacks expanded to one per slice. */
    static FileInfo[] pages(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        Path abs = file.toAbsolutePath();
        FileInfo[] infos;
        try {
            String dir = abs.getParent().toString() + java.io.File.separator;
            infos = new TiffDecoder(dir, abs.getFileName().toString()).getTiffInfo();
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": not a TIFF ImageJ can read (" + e.getMessage() + ")", e);
        }
        if (infos == null || infos.length == 0) {
            throw new InputException(file + ": not a TIFF file (no image directory found)");
        }
        if (infos.length == 1 && infos[0].nImages > 1) {
            // An ImageJ stack: one directory describes nImages equally spaced slices.
            FileInfo first = infos[0];
            long stride = (long) first.width * first.height * first.getBytesPerPixel() + first.getGap();
            FileInfo[] expanded = new FileInfo[first.nImages];
            for (int z = 0; z < first.nImages; z++) {
                FileInfo f = (FileInfo) first.clone();
                f.nImages = 1;
                f.longOffset = first.getOffset() + z * stride;
                f.offset = 0;
                expanded[z] = f;
            }
            return expanded;
        }
        return infos;
    }

    /** The sample type of a page, or an error naming the unsupported pixel kind. */
    static SampleType sampleType(FileInfo fi, Path file) {
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
    static String typeName(FileInfo fi) {
        return switch (fi.fileType) {
            case FileInfo.GRAY8 -> "8-bit grey";
            case FileInfo.GRAY16_UNSIGNED -> "16-bit grey";
            case FileInfo.GRAY16_SIGNED -> "signed 16-bit grey";
            case FileInfo.GRAY32_INT -> "32-bit integer";
            case FileInfo.GRAY32_UNSIGNED -> "unsigned 32-bit integer";
            case FileInfo.GRAY32_FLOAT -> "32-bit float";
            case FileInfo.GRAY64_FLOAT -> "64-bit float";
            case FileInfo.RGB, FileInfo.RGB_PLANAR, FileInfo.BGR, FileInfo.ARGB, FileInfo.ABGR, FileInfo.BARG -> "RGB colour";
            case FileInfo.RGB48, FileInfo.RGB48_PLANAR -> "48-bit RGB";
            case FileInfo.COLOR8 -> "8-bit indexed colour";
            case FileInfo.BITMAP -> "1-bit";
            default -> "type code " + fi.fileType;
        };
    }

    /** Decodes one page into {@code out} as floats. */
    static void read(Path file, FileInfo fi, float[] out, int z) {
        Object pixels;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            pixels = new ImageReader(fi).readPixels(in, fi.getOffset());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read slice " + z + " (" + e.getMessage() + ")", e);
        }
        if (pixels == null) {
            throw InputException.atByte(file.toString(), fi.getOffset(), "slice " + z
                    + " is truncated or cannot be decoded (compression " + fi.compression + ")");
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

    /**
     * The voxel edge from an ImageJ calibration (description keys {@code unit=} and {@code spacing=},
     * pixel width from the resolution tags), or empty when the file has none. Resolutions in inches
     * without an ImageJ unit are print resolutions (72 dpi), not voxel sizes, and are ignored.
     */
    static OptionalDouble voxelSizeMeters(FileInfo fi, Path file) {
        String unit = descriptionValue(fi.description, "unit");
        if (unit == null || !(fi.pixelWidth > 0)) {
            return OptionalDouble.empty();
        }
        double factor = switch (unit.replace("\\u00B5", "u").replace("µ", "u").toLowerCase(Locale.ROOT)) {
            case "micron", "microns", "um" -> 1e-6;
            case "nm" -> 1e-9;
            case "mm" -> 1e-3;
            case "cm" -> 1e-2;
            case "m", "meter", "metre" -> 1.0;
            default -> Double.NaN;
        };
        if (Double.isNaN(factor)) {
            return OptionalDouble.empty();
        }
        // The resolution tag is a rational: round away its last digits (1.7000008 -> 1.7).
        double width = Double.parseDouble(String.format(Locale.ROOT, "%.6g", fi.pixelWidth));
        String spacing = descriptionValue(fi.description, "spacing");
        if (spacing != null) {
            double depth = Double.parseDouble(spacing);
            if (Math.abs(depth - width) > 1e-3 * width) {
                throw new InputException(file + ": voxels are " + width + " x " + width + " x " + depth + " " + unit
                        + "; thickness maps need cubic voxels (resample the volume first)");
            }
        }
        return OptionalDouble.of(width * factor);
    }

    private static String descriptionValue(String description, String key) {
        if (description == null) {
            return null;
        }
        for (String line : description.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).trim().equals(key)) {
                return line.substring(eq + 1).trim();
            }
        }
        return null;
    }
}
