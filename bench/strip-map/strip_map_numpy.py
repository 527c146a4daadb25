#!/usr/bin/env python3
"""The peer for bench/strip-map/run.sh: anodefree's strip-map analysis written with NumPy/SciPy.

Same inputs and outputs as `anodefree strip-map MAP --no-figures --json`: the exact layer-by-layer
stripping curve from the sorted thickness distribution, the active fraction and current-density
multiplier at each level, and the islands (8-connected) at each level. Written for this benchmark.
"""
import json
import sys

import numpy as np
from scipy import ndimage


def main(path, pixel_um, levels, small_um2=1000.0):
    t = np.load(path)  # micrometres, float64
    n = t.size
    s = np.sort(t, axis=None)
    prefix = np.concatenate(([0.0], np.cumsum(s)))
    total = prefix[-1]
    k = np.arange(n)
    stripped_at_vertex = prefix[:-1] + (n - k) * s  # S(t_k)

    def depth_at(f):
        if f >= 1:
            return s[-1]
        j = np.searchsorted(stripped_at_vertex, f * total, side="right") - 1
        if j < 0:
            return f * total / n
        return min(s[j] + (f * total - stripped_at_vertex[j]) / (n - j - 1), s[-1])

    def level(h):
        depleted = np.searchsorted(s, h, side="right")
        stripped = (prefix[depleted] + (n - depleted) * h) / total
        return min(stripped, 1.0), (n - depleted) / n

    curve = [level(depth_at(f)) for f in np.linspace(0, 1, 1001)]
    out = []
    px_area_mm2 = (pixel_um * 1e-3) ** 2
    for f in levels:
        h = depth_at(f)
        sf, af = level(h)
        active = t > h
        labels, count = ndimage.label(active, structure=np.ones((3, 3), dtype=bool))
        sizes = np.bincount(labels.ravel())[1:]
        remaining = np.bincount(labels.ravel(), weights=np.where(active, t - h, 0.0).ravel())[1:]
        small = sizes * pixel_um ** 2 < small_um2
        out.append({
            "strippedFraction": sf, "activeFraction": af,
            "currentDensityMultiplier": 1 / af if af > 0 else None, "depthMicrometres": h,
            "islands": {"count": int(count), "largestAreaMm2": float(sizes.max() * px_area_mm2) if count else 0.0,
                        "smallCapacityShare": float(remaining[small].sum() / remaining.sum()) if count else 0.0},
        })
    stats = {"meanMicrometres": total / n, "minMicrometres": s[0], "maxMicrometres": s[-1],
             "medianMicrometres": float(np.median(s))}
    print(json.dumps({"stats": stats, "levels": out, "curvePoints": len(curve)}, default=float))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), [float(x) for x in sys.argv[3].split(",")])
