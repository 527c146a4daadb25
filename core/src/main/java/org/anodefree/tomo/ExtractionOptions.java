package org.anodefree.tomo;

import java.util.Objects;
import org.anodefree.InputException;

/**
 * How a volume becomes a thickness map: which voxels are Li, along which axis and from which side
 * thickness is measured, and which Li is discarded before measuring.
 *
 * @param segmentation how Li voxels are recognised
 * @param axis the volume axis that crosses the Li layer
 * @param collectorSide the end of that axis where the current collector is
 * @param medianFilter apply a 3 x 3 x 3 median filter to grey levels before thresholding
 * @param minComponentVoxels Li components (6-connected) smaller than this are specks and removed;
 *     0 keeps every component
 * @param removeDetached remove Li components that do not touch the current collector's surface
 * @param attachToleranceVoxels how far (voxels, along the axis) a component's lowest voxel may lie
 *     from the fitted collector surface and still count as touching it
 * @param surfaceOrder 1 to fit a plane to the collector surface, 2 for a quadratic surface
 */
public record ExtractionOptions(Segmentation segmentation, Axis axis, CollectorSide collectorSide,
        boolean medianFilter, long minComponentVoxels, boolean removeDetached, double attachToleranceVoxels,
        int surfaceOrder) {

    /** Specks below 4 x 4 x 4 voxels are removed unless asked otherwise. */
    public static final long DEFAULT_MIN_COMPONENT_VOXELS = 64;
    /** Two voxels absorb the staircase of a voxelised tilted surface plus one voxel of noise. */
    public static final double DEFAULT_ATTACH_TOLERANCE_VOXELS = 2.0;

    public ExtractionOptions {
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(collectorSide, "collectorSide");
        if (medianFilter && !segmentation.isGreyLevel()) {
            throw new InputException("median filter: applies to grey-level volumes, not to a label volume"
                    + " (drop the median option or use --threshold)");
        }
        if (minComponentVoxels < 0) {
            throw new InputException("minimum component size must be >= 0 voxels, got " + minComponentVoxels);
        }
        if (!(attachToleranceVoxels >= 0) || !Double.isFinite(attachToleranceVoxels)) {
            throw new InputException("attach tolerance must be a finite number of voxels >= 0, got "
                    + attachToleranceVoxels);
        }
        if (surfaceOrder != 1 && surfaceOrder != 2) {
            throw new InputException("surface order must be 1 (plane) or 2 (quadratic), got " + surfaceOrder);
        }
    }

    /** Thickness along z from a collector at z = 0, specks removed, detached Li removed, plane fit. */
    public static ExtractionOptions defaults(Segmentation segmentation) {
        return new ExtractionOptions(segmentation, Axis.Z, CollectorSide.LOW, false, DEFAULT_MIN_COMPONENT_VOXELS,
                true, DEFAULT_ATTACH_TOLERANCE_VOXELS, 1);
    }

    /** Whether components must be found (two streamed passes instead of one). */
    public boolean filtersComponents() {
        return minComponentVoxels > 1 || removeDetached;
    }

    public ExtractionOptions withAxis(Axis a) {
        return new ExtractionOptions(segmentation, a, collectorSide, medianFilter, minComponentVoxels,
                removeDetached, attachToleranceVoxels, surfaceOrder);
    }

    public ExtractionOptions withCollectorSide(CollectorSide side) {
        return new ExtractionOptions(segmentation, axis, side, medianFilter, minComponentVoxels,
                removeDetached, attachToleranceVoxels, surfaceOrder);
    }

    public ExtractionOptions withMedianFilter(boolean on) {
        return new ExtractionOptions(segmentation, axis, collectorSide, on, minComponentVoxels,
                removeDetached, attachToleranceVoxels, surfaceOrder);
    }

    /** Keeps every Li voxel: no speck or detached-Li removal (one streamed pass). */
    public ExtractionOptions withoutComponentFilters() {
        return new ExtractionOptions(segmentation, axis, collectorSide, medianFilter, 0, false,
                attachToleranceVoxels, surfaceOrder);
    }

    public ExtractionOptions withMinComponentVoxels(long voxels) {
        return new ExtractionOptions(segmentation, axis, collectorSide, medianFilter, voxels, removeDetached,
                attachToleranceVoxels, surfaceOrder);
    }

    public ExtractionOptions withSurfaceOrder(int order) {
        return new ExtractionOptions(segmentation, axis, collectorSide, medianFilter, minComponentVoxels,
                removeDetached, attachToleranceVoxels, order);
    }
}
