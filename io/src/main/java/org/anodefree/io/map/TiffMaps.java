package org.anodefree.io.map;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.io.TiffEncoder;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import java.io.DataOutputStream;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.io.AtomicFiles;
import org.anodefree.map.ThicknessMap;
import org.anodefree.units.Quantity;

/**
 * Thickness maps as single-image TIFF files through ImageJ: 32-bit float values (8- and 16-bit
 * integer images are read too, as whole micrometres or the calibrated unit), the pixel size from the
 * spatial calibration, the thickness unit from the image's value unit. NaN marks a pixel outside the
 * electrode.
 */
final class TiffMaps {
    private TiffMaps() {
    }

    static ThicknessMap read(Path file, MapReadOptions options) {
        ImagePlus imp;
        try {
            imp = new Opener().openTiff(file.getParent() == null ? "" : file.getParent().toString() + "/",
                    file.getFileName().toString());
        } catch (RuntimeException e) {
            throw new InputException(file + ": not a readable TIFF (" + e.getMessage() + ")", e);
        }
        if (imp == null) {
            throw new InputException(file + ": not a readable TIFF (ImageJ could not open it)");
        }
        if (imp.getStackSize() > 1) {
            throw new InputException(file + ": has " + imp.getStackSize()
                    + " slices; a thickness map is one image (for a tomography volume use tomo-thickness)");
        }
        if (imp.getType() == ImagePlus.COLOR_RGB || imp.getType() == ImagePlus.COLOR_256) {
            throw new InputException(file + ": is a colour image; a thickness map needs one value per pixel"
                    + " (32-bit float, or 8/16-bit grey)");
        }
        Calibration cal = imp.getCalibration();
        Double pixelFromFile = null;
        String unitName = cal.getUnit();
        if (cal.scaled() && unitName != null && !unitName.isBlank() && !unitName.equals("pixel")) {
            double unit = Quantity.LENGTH.factorToSi(unitName.replace("micron", "um"), file + " calibration unit");
            pixelFromFile = cal.pixelWidth * unit;
            if (Math.abs(cal.pixelWidth - cal.pixelHeight) > 1e-9 * cal.pixelWidth) {
                throw new InputException(file + ": pixels are not square (" + cal.pixelWidth + " x " + cal.pixelHeight
                        + " " + unitName + "); resample the map first");
            }
        }
        double valueUnit = 1e-6;
        String vu = cal.getValueUnit();
        if (vu != null && !vu.isBlank() && !vu.equals("Gray Value")) {
            valueUnit = Quantity.LENGTH.factorToSi(vu, file + " value unit");
        }
        if (options.thicknessUnitMeters() != null) {
            valueUnit = options.thicknessUnitMeters();
        }
        FloatProcessor fp = imp.getProcessor().convertToFloatProcessor();
        float[] px = (float[]) fp.getPixels();
        int w = imp.getWidth();
        int h = imp.getHeight();
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
