package org.anodefree.tomo;

import java.util.OptionalDouble;
import org.anodefree.InputException;

/** A rectangular region of interest (in x and y, all slices) of another volume, read through it slice by slice. */
public final class CroppedVolume implements VolumeSource {
    private final VolumeSource inner;
    private final int x0;
    private final int y0;
    private final int width;
    private final int height;
    private float[] full;
    private byte[] fullLevels;

    /** Crops {@code inner} to columns x0..x0+width-1 and rows y0..y0+height-1. */
    public CroppedVolume(VolumeSource inner, int x0, int y0, int width, int height) {
        if (x0 < 0 || y0 < 0 || width <= 0 || height <= 0
                || (long) x0 + width > inner.width() || (long) y0 + height > inner.height()) {
            throw new InputException(inner.name() + ": region of interest " + x0 + "," + y0 + "," + width + ","
                    + height + " (x0,y0,w,h) does not fit inside the slice of " + inner.width() + " x "
                    + inner.height() + " voxels");
        }
        this.inner = inner;
        this.x0 = x0;
        this.y0 = y0;
        this.width = width;
        this.height = height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int depth() {
        return inner.depth();
    }

    @Override
    public SampleType sampleType() {
        return inner.sampleType();
    }

    @Override
    public OptionalDouble voxelSizeMeters() {
        return inner.voxelSizeMeters();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void readSlice(int z, float[] out) {
        if (full == null) {
            full = new float[inner.sliceVoxels()];
        }
        inner.readSlice(z, full);
        int w = inner.width();
        for (int y = 0; y < height; y++) {
            System.arraycopy(full, (y0 + y) * w + x0, out, y * width, width);
        }
    }

    @Override
    public boolean readsLevels() {
        return inner.readsLevels();
    }

    /** The inner volume's levels, cropped (two bytes a voxel). */
    @Override
    public void readLevels(int z, byte[] out) {
        if (fullLevels == null) {
            fullLevels = new byte[2 * inner.sliceVoxels()];
        }
        inner.readLevels(z, fullLevels);
        int w = inner.width();
        for (int y = 0; y < height; y++) {
            System.arraycopy(fullLevels, 2 * ((y0 + y) * w + x0), out, 2 * y * width, 2 * width);
        }
    }

    @Override
    public void close() {
        inner.close();
    }
}
