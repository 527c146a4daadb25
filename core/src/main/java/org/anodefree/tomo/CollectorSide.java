package org.anodefree.tomo;

/** Which end of the thickness axis holds the current collector: Li grows from it toward the electrolyte. */
public enum CollectorSide {
    /** The collector is at index 0 of the axis; the Li bottom surface is its lowest Li voxel. */
    LOW,
    /** The collector is at the last index of the axis. */
    HIGH
}
