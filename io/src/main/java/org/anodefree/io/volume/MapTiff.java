package org.anodefree.io.volume;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import java.nio.file.Path;
import org.anodefree.io.AtomicFiles;
import org.anodefree.map.ThicknessMap;

/**
 * Writes a thickness map as a 32-bit float TIFF in micrometres with an ImageJ calibration (pixel
 * size in microns), so Fiji opens it with the right scale. Written atomically.
 */
public final class MapTiff {
    private MapTiff() {
    }

    /** Writes {@code map} to {@code file}. */
    public static void write(Path file, ThicknessMap map) {
        float[] um = new float[map.size()];
        for (int i = 0; i < um.length; i++) {
            um[i] = (float) (map.thicknessMeters(i) * 1e6);
        }
        ImagePlus imp = new ImagePlus("Li thickness (um)", new FloatProcessor(map.width(), map.height(), um));
        Calibration c = imp.getCalibration();
        c.pixelWidth = map.pixelSizeMeters() * 1e6;
        c.pixelHeight = c.pixelWidth;
        c.pixelDepth = c.pixelWidth;
        c.setUnit("micron");
        c.setValueUnit("um");
        // serialize() writes the TIFF with ImageJ's description (unit, spacing) into memory.
        byte[] tiff = new FileSaver(imp).serialize();
        AtomicFiles.write(file, out -> out.write(tiff));
    }
}
