package org.anodefree.io.tiff;

import ij.io.FileInfo;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.anodefree.InputException;

/**
 * A TIFF page's spatial and value calibration: the pixel edge along x and y and the slice spacing in
 * metres (NaN where the file gives none), and the unit of the stored values (null where none). They
 * come from ImageJ's description tag ({@code unit=}, {@code spacing=}, {@code vunit=}, written as Java
 * properties) with the resolution tags, or from a centimetre resolution unit without it. Resolutions in
 * inches are print resolutions (72 dpi), not pixel sizes, and are ignored, as are units that are not
 * lengths.
 *
 * @param pixelWidthMeters pixel edge along x, m, or NaN
 * @param pixelHeightMeters pixel edge along y, m, or NaN
 * @param spacingMeters distance between slices, m, or NaN
 * @param valueUnit unit of the pixel values as written, or null
 */
public record TiffCalibration(double pixelWidthMeters, double pixelHeightMeters, double spacingMeters,
        String valueUnit) {

    /** The calibration of a page, or an error naming the description key that is not a number. */
    public static TiffCalibration of(FileInfo fi, Path file) {
        Properties imageJ = imageJDescription(fi.description);
        String unit = imageJ != null ? imageJ.getProperty("unit") : "cm".equals(fi.unit) ? "cm" : null;
        double factor = unit == null ? Double.NaN : metresPer(unit);
        if (imageJ != null && "cm".equals(fi.unit) && "um".equals(unit)) {
            // The resolution tags are per centimetre while ImageJ's unit is um: as ImageJ's FileOpener.
            factor *= 1e4;
        }
        double width = fi.pixelWidth > 0 && Double.isFinite(fi.pixelWidth) ? rounded(fi.pixelWidth) * factor : Double.NaN;
        double height = fi.pixelHeight > 0 && Double.isFinite(fi.pixelHeight) ? rounded(fi.pixelHeight) * factor
                : Double.NaN;
        double spacing = Double.NaN;
        String valueUnit = null;
        if (imageJ != null) {
            String s = imageJ.getProperty("spacing");
            if (s != null) {
                spacing = Math.abs(number(s, "spacing", file)) * factor;
            }
            valueUnit = imageJ.getProperty("vunit");
        }
        return new TiffCalibration(width, height, spacing, valueUnit);
    }

    /** Metres per unit of an ImageJ length unit, or NaN for a unit that is not a length ("pixel", "inch"). */
    static double metresPer(String unit) {
        return switch (unit.strip().replace("\\u00B5", "u").replace("µ", "u").replace("μ", "u").toLowerCase(Locale.ROOT)) {
            case "micron", "microns", "um", "micrometer", "micrometre" -> 1e-6;
            case "nm", "nanometer", "nanometre" -> 1e-9;
            case "mm" -> 1e-3;
            case "cm" -> 1e-2;
            case "m", "meter", "metre" -> 1.0;
            default -> Double.NaN;
        };
    }

    /** ImageJ's description as properties, or null when the description is not ImageJ's. */
    private static Properties imageJDescription(String description) {
        if (description == null || !description.startsWith("ImageJ")) {
            return null;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(description));
        } catch (IOException | IllegalArgumentException e) {
            return null; // not properties after all (a malformed \\u escape): no calibration
        }
        return p;
    }

    private static double number(String text, String key, Path file) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file + ": ImageJ description: " + key + "=" + text + " is not a finite number");
    }

    /** The resolution tags are rationals: round away their last digits (1.7000008 -> 1.7). */
    private static double rounded(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
    }
}
