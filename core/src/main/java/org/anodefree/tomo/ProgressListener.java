package org.anodefree.tomo;

/** Told how far a long streamed computation has got, in slices read out of all slices it will read. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    void advanced(long slicesDone, long slicesTotal);
}
