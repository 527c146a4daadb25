package org.anodefree.io.map;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.TiffEncoder;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import java.io.DataOutputStream;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.io.AtomicFiles;
import org.anodefree.io.tiff.TiffCalibration;
import org.anodefree.io.tiff.TiffPages;
import org.anodefree.map.ThicknessMap;
import org.anodefree.units.Quantity;

/**
 * Thickness maps as single-image TIFF files through ImageJ: 32-bit float values (8-, 16- and
 * 32-bit integer images are read too, as whole micrometres or the value unit), the pixel size from the
 * spatial calibration, the thickness unit from the image's value unit ({@link TiffCalibration}). NaN
 * marks a pixel outside the electrode. The file is checked against its length before it is decoded
 * ({@link TiffPages}).
 */
final class TiffMaps {
    private TiffMaps() {
    }

    static ThicknessMap read(Path file, MapReadOptions options) {
        FileInfo[] pages = TiffPages.pages(file);
        if (pages.length > 1) {
            throw new InputException(file + ": has " + pages.length
                    + " slices; a thickness map is one image (for a tomography volume use tomo-thickness)");
        }
        FileInfo fi = pages[0];
        if (fi.fileType == FileInfo.COLOR8) {
            throw new InputException(file + ": is a colour image; a thickness map needs one value per pixel"
                    + " (32-bit float, or 8/16-bit grey)");
        }
        TiffCalibration cal = TiffCalibration.of(fi, file);
        Double pixelFromFile = null;
        if (!Double.isNaN(cal.pixelWidthMeters())) {
            pixelFromFile = cal.pixelWidthMeters();
            double h = cal.pixelHeightMeters();
            if (!Double.isNaN(h) && Math.abs(h - pixelFromFile) > 1e-9 * pixelFromFile) {
                throw new InputException(file + ": pixels are not square (" + pixelFromFile * 1e6 + " x " + h * 1e6
                        + " um); resample the map first");
            }
        }
        double valueUnit = 1e-6;
        String vu = cal.valueUnit();
        if (vu != null && !vu.isBlank() && !vu.equals("Gray Value")) {
            valueUnit = Quantity.LENGTH.factorToSi(vu.replace("micron", "um"), file + " value unit");
        }
        if (options.thicknessUnitMeters() != null) {
            valueUnit = options.thicknessUnitMeters();
        }
        int w = fi.width;
        int h = fi.height;
        float[] px = new float[w * h];
        TiffPages.read(file, fi, px, 0);
        double[] t = new double[w * h];
        boolean[] inside = null;
        for (int i = 0; i < px.length; i++) {
            double v = px[i];
            if (Double.isNaN(v)) {
                if (inside == null) {
                    inside = new boolean[px.length];
                    java.util.Arrays.fill(inside, true);
                }
                inside[i] = false;
                continue;
            }
            if (v < 0 || Double.isInfinite(v)) {
                ThicknessMapFiles.checkThickness(v, file, "row " + i / w + ", column " + i % w);
            }
            t[i] = v * valueUnit;
        }
        if (inside != null && java.util.Arrays.equals(inside, new boolean[px.length])) {
            throw new InputException(file + ": every value is NaN; no pixel is inside the electrode");
        }
        return ThicknessMap.adopting(w, h, ThicknessMapFiles.pixelSize(file, options, pixelFromFile), t, inside);
    }

    static void write(Path file, ThicknessMap map) {
        float[] px = new float[map.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = map.isInside(i) ? (float) (map.thicknessMeters(i) * 1e6) : Float.NaN;
        }
        ImagePlus imp = new ImagePlus("thickness", new FloatProcessor(map.width(), map.height(), px));
        Calibration cal = imp.getCalibration();
        cal.setUnit("um");
        cal.pixelWidth = map.pixelSizeMeters() * 1e6;
        cal.pixelHeight = map.pixelSizeMeters() * 1e6;
        cal.setValueUnit("um");
        FileInfo fi = imp.getFileInfo();
        fi.info = "anodefree thickness map; values are Li thickness in um";
        // The calibration travels in ImageJ's description tag, which FileSaver composes for us.
        fi.description = new FileSaver(imp).getDescriptionString();
        AtomicFiles.write(file, out -> new TiffEncoder(fi).write(new DataOutputStream(out)));
    }
}
