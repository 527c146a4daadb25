#!/usr/bin/env python3
"""Tomography throughput: anodefree's streamed extractor against NumPy, same file, same run.

Both count, per (x, y) column, the voxels at or below one grey-level threshold of a 16-bit raw
volume (x fastest), read from the same file on disk (page cache warm: the script reads the file
once before each process). NumPy in three ways, and the fastest one is the peer:
  whole     np.fromfile of the whole volume, then count_nonzero(vol <= T, axis=0)
  streamed  readinto a reused buffer of a few slices, np.less_equal into a reused mask,
            np.add.reduce(axis=0) into int32 counts
  memmap    the same count on np.memmap of the file, a few slices at a time (no copy at all:
            the fastest NumPy form we found)
anodefree (org.anodefree.bench.TomoThroughput, `count` mode) streams the file slice by slice and
does more than NumPy: besides the count, each column's lowest and highest Li voxel, the plane
fit to the Li bottom and the two thickness maps along its normal; opening the file is timed too.

Cold and warm: every round starts fresh processes (one Python per NumPy variant, one JVM per
anodefree variant) that each run the count --repeats times. "cold" is the median over rounds
of each process's first run (for the JVM: interpreted code, JIT compiling as it goes); "warm"
the median of all later runs. Wall time is the goal's measure; CPU seconds (all threads of the
process: for the JVM also its JIT compiler and GC) show the work done, which load from other
jobs on a shared machine inflates far less than wall time. The rounds interleave the contestants, so load from other jobs on
a shared machine falls on all of them. Checks that everybody counted the same Li voxels.

With --big, also runs anodefree's full pipeline (three-class Otsu, speck and detached-Li
removal, fitted plane) on a generated 4 GiB volume with -Xmx512m.

With --baseline-jar, an earlier build (its bench/target/benchmarks.jar, built with this
TomoThroughput.java copied in) runs in the same rounds, as "before".

Usage (from the repository root, after `mvn -B -q -DskipTests -pl bench -am package`):
    python3 bench/tomo/bench_tomo.py [--shape 1024,1024,512] [--rounds 5] [--repeats 5] [--big]
                                     [--baseline-jar OLD/bench/target/benchmarks.jar]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "bench", "target", "benchmarks.jar")
THRESHOLD = 15500  # between Li (9000 +- 1500) and electrolyte (22000 +- 1500): no ambiguous voxel
CHUNK = 4  # slices per read of NumPy's streamed count (4 to 64 measured; 4 was fastest)


def make(path, shape, **kw):
    if os.path.exists(path):
        return
    args = [sys.executable, os.path.join(ROOT, "bench", "tomo", "make_volume.py"), path, "--shape", shape]
    for k, v in kw.items():
        args += ["--" + k, str(v)]
    subprocess.run(args, check=True)


def numpy_count(path, nx, ny, nz, mode):
    if mode == "whole":
        vol = np.fromfile(path, dtype="<u2").reshape(nz, ny, nx)
        return np.count_nonzero(vol <= THRESHOLD, axis=0)
    mask = np.empty((CHUNK, ny, nx), bool)
    counts = np.zeros((ny, nx), np.int32)
    if mode == "memmap":
        vol = np.memmap(path, dtype="<u2", mode="r", shape=(nz, ny, nx))
        for z0 in range(0, nz, CHUNK):
            k = min(CHUNK, nz - z0)
            np.less_equal(vol[z0:z0 + k], THRESHOLD, out=mask[:k])
            counts += np.add.reduce(mask[:k], axis=0, dtype=np.int32)
        del vol
        return counts
    buf = np.empty((CHUNK, ny, nx), "<u2")
    with open(path, "rb", buffering=0) as f:
        for z0 in range(0, nz, CHUNK):
            k = min(CHUNK, nz - z0)
            f.readinto(memoryview(buf[:k]).cast("B"))
            np.less_equal(buf[:k], THRESHOLD, out=mask[:k])
            counts += np.add.reduce(mask[:k], axis=0, dtype=np.int32)
    return counts


def numpy_worker(path, shape, mode, repeats):
    """Runs in its own process: prints the seconds of each run and the Li voxels counted."""
    nx, ny, nz = (int(s) for s in shape.split(","))
    runs = []
    cpu = []
    for _ in range(repeats):
        c0 = time.process_time()
        t0 = time.perf_counter()
        counts = numpy_count(path, nx, ny, nz, mode)
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        total = int(counts.sum())
        del counts
    print("runs=%s cpu=%s li_voxels=%d" % (",".join("%.4f" % t for t in runs), ",".join("%.4f" % t for t in cpu),
                                          total))


def parse(line):
    d = dict(kv.split("=", 1) for kv in line.split())
    d["runs"] = [float(t) for t in d["runs"].split(",")]
    d["cpu"] = [float(t) for t in d["cpu"].split(",")]
    return d


def numpy_runs(path, shape, mode, repeats):
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--numpy-worker", path, shape, mode,
                          str(repeats)], check=True, capture_output=True, text=True)
    return parse(out.stdout.strip().splitlines()[-1])


def java(path, shape, mode, threshold, repeats, heap, threads=1, jar=JAR):
    out = subprocess.run(["java", "-Xmx" + heap, "-cp", jar, "org.anodefree.bench.TomoThroughput", path, shape,
                          "uint16", mode, str(threshold), str(repeats), str(threads)],
                         check=True, capture_output=True, text=True)
    return parse(out.stdout.strip().splitlines()[-1])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shape", default="1024,1024,512")
    p.add_argument("--workdir", default="/tmp/anodefree-bench")
    p.add_argument("--rounds", type=int, default=5, help="fresh processes per contestant")
    p.add_argument("--repeats", type=int, default=5, help="runs per process (the first is the cold one)")
    p.add_argument("--big", action="store_true", help="also the 4 GiB streamed run with -Xmx512m")
    p.add_argument("--baseline-jar", help="benchmarks.jar of an earlier build (with this TomoThroughput):"
                   " also timed, as 'before', in the same rounds")
    p.add_argument("--numpy-worker", nargs=4, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.numpy_worker:
        path, shape, mode, repeats = a.numpy_worker
        numpy_worker(path, shape, mode, int(repeats))
        return
    os.makedirs(a.workdir, exist_ok=True)
    path = os.path.join(a.workdir, "vol-%s.raw" % a.shape.replace(",", "x"))
    make(path, a.shape)
    nx, ny, nz = (int(s) for s in a.shape.split(","))
    voxels = nx * ny * nz
    cores = os.cpu_count() or 1
    contestants = [("numpy whole", lambda: numpy_runs(path, a.shape, "whole", a.repeats)),
                   ("numpy streamed", lambda: numpy_runs(path, a.shape, "streamed", a.repeats)),
                   ("numpy memmap", lambda: numpy_runs(path, a.shape, "memmap", a.repeats)),
                   ("anodefree 1 thread", lambda: java(path, a.shape, "count", THRESHOLD, a.repeats, "2g", 1)),
                   ("anodefree %d threads" % cores,
                    lambda: java(path, a.shape, "count", THRESHOLD, a.repeats, "2g", cores))]
    if a.baseline_jar:
        contestants += [("before 1 thread", lambda: java(path, a.shape, "count", THRESHOLD, a.repeats, "2g", 1,
                                                         a.baseline_jar)),
                        ("before %d threads" % cores, lambda: java(path, a.shape, "count", THRESHOLD, a.repeats,
                                                                   "2g", cores, a.baseline_jar))]
    cold = {name: [] for name, _ in contestants}
    warm = {name: [] for name, _ in contestants}
    cold_cpu = {name: [] for name, _ in contestants}
    warm_cpu = {name: [] for name, _ in contestants}
    counted = {}
    peak = {}
    for r in range(a.rounds):
        order = contestants[r % len(contestants):] + contestants[:r % len(contestants)]
        for name, run in order:
            subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)  # page cache warm for all
            d = run()
            cold[name].append(d["runs"][0])
            warm[name].extend(d["runs"][1:])
            cold_cpu[name].append(d["cpu"][0])
            warm_cpu[name].extend(d["cpu"][1:])
            counted.setdefault(name, set()).add(int(d["li_voxels"]))
            if "peak_heap_mb" in d:
                peak[name] = max(peak.get(name, 0.0), float(d["peak_heap_mb"]))
    med_cold = {k: statistics.median(v) for k, v in cold.items()}
    med_warm = {k: statistics.median(v) for k, v in warm.items()} if a.repeats > 1 else med_cold
    cpu_cold = {k: statistics.median(v) for k, v in cold_cpu.items()}
    cpu_warm = {k: statistics.median(v) for k, v in warm_cpu.items()} if a.repeats > 1 else cpu_cold
    print("volume %s uint16 (%.2f GiB), threshold %d; %d rounds of fresh processes x %d runs; load %.1f" % (
        a.shape, voxels * 2 / 2**30, THRESHOLD, a.rounds, a.repeats, os.getloadavg()[0]))
    print("%-22s %8s %8s %14s %10s %10s" % ("", "cold s", "warm s", "warm voxels/s", "cold cpu s", "warm cpu s"))
    for name, _ in contestants:
        extra = "  peak heap %.0f MB" % peak[name] if name in peak else ""
        print("%-22s %8.3f %8.3f %14.3g %10.3f %10.3f%s" % (name, med_cold[name], med_warm[name],
                                                           voxels / med_warm[name], cpu_cold[name], cpu_warm[name],
                                                           extra))
    numpys = [name for name, _ in contestants if name.startswith("numpy")]
    peer_cold = min(med_cold[k] for k in numpys)
    peer_warm = min(med_warm[k] for k in numpys)
    for name, _ in contestants[len(numpys):]:
        print("ratio  %s / fastest numpy, speed: cold %.2f  warm %.2f" % (
            name, peer_cold / med_cold[name], peer_warm / med_warm[name]))
    full = java(path, a.shape, "full", THRESHOLD, a.repeats, "2g", cores)
    print("full pipeline (specks, detached Li, plane), %d threads: cold %.3f s  warm %.3f s" % (
        cores, full["runs"][0], statistics.median(full["runs"][1:] or full["runs"])))
    all_counts = set().union(*counted.values())
    if len(all_counts) != 1:
        print("MISMATCH: Li voxels counted %s" % counted)
        sys.exit(1)
    print("check  all counted %d Li voxels" % all_counts.pop())

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
