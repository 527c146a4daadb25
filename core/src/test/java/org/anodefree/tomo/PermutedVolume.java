package org.anodefree.tomo;

import java.util.OptionalDouble;

/** Test view of a phantom with its axes permuted or z flipped (computed per voxel; small volumes only). */
final class PermutedVolume implements VolumeSource {
    enum Order { ZYX, XZY, XY_FLIPPED_Z }

    private final LayerPhantom p;
    private final Order order;

    PermutedVolume(LayerPhantom p, Order order) {
        this.p = p;
        this.order = order;
    }

    @Override
    public int width() {
        return order == Order.ZYX ? p.depth : p.width;
    }

    @Override
    public int height() {
        return order == Order.XZY ? p.depth : p.height;
    }

    @Override
    public int depth() {
        return switch (order) {
            case ZYX -> p.width;
            case XZY -> p.height;
            case XY_FLIPPED_Z -> p.depth;
        };
    }

    @Override
    public SampleType sampleType() {
        return p.sampleType();
    }

    @Override
    public OptionalDouble voxelSizeMeters() {
        return p.voxelSizeMeters();
    }

    @Override
    public String name() {
        return "permuted phantom";
    }

    @Override
    public void readSlice(int z, float[] out) {
        for (int y = 0; y < height(); y++) {
            for (int x = 0; x < width(); x++) {
                int phase = switch (order) {
                    case ZYX -> p.phase(z, y, x);
                    case XZY -> p.phase(x, z, y);
                    case XY_FLIPPED_Z -> p.phase(x, y, p.depth - 1 - z);
                };
                out[y * width() + x] = phase;
            }
        }
    }
}
