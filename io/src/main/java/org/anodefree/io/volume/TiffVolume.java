package org.anodefree.io.volume;

import ij.io.FileInfo;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.anodefree.InputException;
import org.anodefree.io.tiff.TiffCalibration;
import org.anodefree.io.tiff.TiffPages;
import org.anodefree.tomo.SampleType;
import org.anodefree.tomo.VolumeSource;

/**
 * A multi-page TIFF read one page (z slice) at a time. Only the page directories are held; each
 * {@link #readSlice} opens the file, seeks to the page and decodes it with ImageJ.
 */
public final class TiffVolume implements VolumeSource {
    private final Path file;
    private final FileInfo[] pages;
    private final SampleType type;
    private final OptionalDouble voxel;

    private TiffVolume(Path file, FileInfo[] pages) {
        this.file = file;
        this.pages = pages;
        FileInfo first = pages[0];
        this.type = TiffPages.sampleType(first, file);
        for (int z = 1; z < pages.length; z++) {
            FileInfo p = pages[z];
            if (p.width != first.width || p.height != first.height || p.fileType != first.fileType) {
                throw new InputException(file + ": page " + z + " is " + p.width + " x " + p.height + " "
                        + TiffPages.typeName(p) + " but page 0 is " + first.width + " x " + first.height + " "
                        + TiffPages.typeName(first) + "; a volume needs equal pages");
            }
        }
        this.voxel = voxelSizeMeters(first, file);
    }

    /** Opens a TIFF file; its pages are the z slices. */
    public static TiffVolume open(Path file) {
        return new TiffVolume(file, TiffPages.pages(file));
    }

    /**
     * The voxel edge from the page's calibration ({@link TiffCalibration}), or empty when it has none;
     * an error when the voxels are not cubes.
     */
    static OptionalDouble voxelSizeMeters(FileInfo fi, Path file) {
        TiffCalibration c = TiffCalibration.of(fi, file);
        double width = c.pixelWidthMeters();
        if (Double.isNaN(width)) {
            return OptionalDouble.empty();
        }
        for (double other : new double[] {c.pixelHeightMeters(), c.spacingMeters()}) {
            if (!Double.isNaN(other) && Math.abs(other - width) > 1e-3 * width) {
                throw new InputException(file + ": voxels are " + um(width) + " x " + um(c.pixelHeightMeters()) + " x "
                        + um(c.spacingMeters()) + " um; thickness maps need cubic voxels (resample the volume first)");
            }
        }
        return OptionalDouble.of(width);
    }

    private static String um(double meters) {
        return Double.isNaN(meters) ? "?" : String.format(java.util.Locale.ROOT, "%.6g", meters * 1e6);
    }

    @Override
    public int width() {
        return pages[0].width;
    }

    @Override
    public int height() {
        return pages[0].height;
    }

    @Override
    public int depth() {
        return pages.length;
    }

    @Override
    public SampleType sampleType() {
        return type;
    }

    @Override
    public OptionalDouble voxelSizeMeters() {
        return voxel;
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public void readSlice(int z, float[] out) {
        TiffPages.read(file, pages[z], out, z);
    }
}
