#!/usr/bin/env python3
"""Tomography throughput: anodefree's streamed extractor against NumPy, same volume, same run.

Both count, per (x, y) column, the voxels at or below one grey-level threshold in a 16-bit raw
volume (x fastest) read from the same file (page cache warm). NumPy reads the whole volume into
memory; anodefree streams it slice by slice. Prints voxels per second for each and the ratio, and
checks both counted the same number of Li voxels. With --big, also runs anodefree's full pipeline
(Otsu, speck and detached-Li removal, fitted plane) on a generated 4 GiB volume with -Xmx512m.

Usage (from the repository root, after `mvn -B -q -DskipTests -pl bench -am package`):
    python3 bench/tomo/bench_tomo.py [--shape 1024,1024,512] [--big] [--workdir /tmp/anodefree-bench]
"""
import argparse
import os
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "bench", "target", "benchmarks.jar")
THRESHOLD = 15500  # between Li (9000 +- 1500) and electrolyte (22000 +- 1500): no ambiguous voxel


def make(path, shape, **kw):
    if os.path.exists(path):
        return
    args = [sys.executable, os.path.join(ROOT, "bench", "tomo", "make_volume.py"), path, "--shape", shape]
    for k, v in kw.items():
        args += ["--" + k, str(v)]
    subprocess.run(args, check=True)


def java(path, shape, mode, threshold, repeats, heap, threads=1):
    out = subprocess.run(["java", "-Xmx" + heap, "-cp", JAR, "org.anodefree.bench.TomoThroughput", path, shape,
                          "uint16", mode, str(threshold), str(repeats), str(threads)],
                         check=True, capture_output=True, text=True)
    line = out.stdout.strip().splitlines()[-1]
    return dict(kv.split("=", 1) for kv in line.split())


def numpy_count(path, shape, repeats):
    nx, ny, nz = (int(s) for s in shape.split(","))
    best = float("inf")
    total = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        vol = np.fromfile(path, dtype="<u2").reshape(nz, ny, nx)
        counts = np.count_nonzero(vol <= THRESHOLD, axis=0)
        best = min(best, time.perf_counter() - t0)
        total = int(counts.sum())
        del vol, counts
    return best, total


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shape", default="1024,1024,512")
    p.add_argument("--workdir", default="/tmp/anodefree-bench")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--big", action="store_true", help="also the 4 GiB streamed run with -Xmx512m")
    a = p.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    path = os.path.join(a.workdir, "vol-%s.raw" % a.shape.replace(",", "x"))
    make(path, a.shape)
    nx, ny, nz = (int(s) for s in a.shape.split(","))
    voxels = nx * ny * nz
    subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)  # warm the page cache for both

    np_s, np_li = numpy_count(path, a.shape, a.repeats)
    cores = os.cpu_count() or 1
    ours = java(path, a.shape, "count", THRESHOLD, a.repeats, "2g")
    par = java(path, a.shape, "count", THRESHOLD, a.repeats, "2g", cores)
    full = java(path, a.shape, "full", THRESHOLD, a.repeats, "2g", cores)
    ours_s = float(ours["seconds"])
    par_s = float(par["seconds"])
    print("volume %s uint16 (%.2f GiB), threshold %d, best of %d" % (a.shape, voxels * 2 / 2**30, THRESHOLD, a.repeats))
    print("numpy  fromfile + count_nonzero(axis=0): %.3f s  %.3g voxels/s" % (np_s, voxels / np_s))
    print("ours   streamed column count:            %.3f s  %.3g voxels/s  peak heap %s MB" % (
        ours_s, voxels / ours_s, ours["peak_heap_mb"]))
    print("ours   streamed column count, %d threads: %.3f s  %.3g voxels/s" % (cores, par_s, voxels / par_s))
    print("ours   full (specks, detached, plane), %d threads: %s s  %s voxels/s" % (
        cores, full["seconds"], full["voxels_per_second"]))
    print("ratio  ours/numpy speed (column count) = %.2f with 1 thread, %.2f with %d" % (
        np_s / ours_s, np_s / par_s, cores))
    if int(ours["li_voxels"]) != np_li or int(par["li_voxels"]) != np_li:
        print("MISMATCH: numpy counted %d Li voxels, anodefree %s" % (np_li, ours["li_voxels"]))
        sys.exit(1)
    print("check  both counted %d Li voxels" % np_li)

    if a.big:
        big_shape = "2048,2048,512"
        big = os.path.join(a.workdir, "vol-big.raw")
        make(big, big_shape, mean=20, tilt=2)
        r = java(big, big_shape, "full", "auto3", 1, "512m", cores)
        print("big    %s uint16 (4.00 GiB), -Xmx512m, full pipeline, three-class Otsu: %s s, %s voxels/s, peak heap %s MB"
              " (max %s MB), Li voxels %s, threshold %s, tilt %s deg, mean thickness %s voxels" % (
                  big_shape, r["seconds"], r["voxels_per_second"], r["peak_heap_mb"], r["max_heap_mb"],
                  r["li_voxels"], r["threshold"], r["tilt_degrees"], r["mean_thickness_voxels"]))


if __name__ == "__main__":
    main()
