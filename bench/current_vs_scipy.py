#!/usr/bin/env python3
"""Times anodefree's FFT current solver against a SciPy finite-volume solve of the same slab.

The problem: a 128 x 128 interface of 10 um pixels, 50% active in seeded random islands, linear
kinetics (R_ct = 2.8 Ohm cm2), a 650 um Li6PS5Cl-like slab (1.8 mS/cm), electrode at 50 mV. SciPy
discretises the slab into a 7-point finite-volume grid of 32 layers (524,288 unknowns) and solves
it with scipy.sparse.linalg.cg (Jacobi preconditioner) at the loosest tolerance whose local current
density is within 1% of its own tightly converged answer. anodefree solves the surface problem
exactly in the vertical direction (FFT slab response) and is timed inside its JVM (median of 30,
set-up included). Prints both times, the ratio and how far the two answers are apart.
"""
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spl

N, LAYERS = 128, 32
H, SIGMA, THICKNESS, RCT, E = 10e-6, 0.18, 650e-6, 2.8e-4, 0.05


def islands(n, fraction, radius, seed):
    """Seeded random discs on a periodic grid until `fraction` of it is active."""
    rng = np.random.default_rng(seed)
    mask = np.zeros((n, n), dtype=bool)
    yy, xx = np.mgrid[0:n, 0:n] + 0.5
    while mask.mean() < fraction:
        cx, cy, r = rng.uniform(0, n), rng.uniform(0, n), radius * rng.uniform(0.5, 1.5)
        dx = (xx - cx + n / 2) % n - n / 2
        dy = (yy - cy + n / 2) % n - n / 2
        mask |= dx * dx + dy * dy < r * r
    return mask


def finite_volume(mask):
    """Cell-centred 7-point slab: periodic sides, phi = 0 at the counter electrode, Robin top."""
    n, nz, dz = N, LAYERS, THICKNESS / LAYERS
    total = n * n * nz
    idx = np.arange(total).reshape(nz, n, n)
    gx, gz = SIGMA * dz, SIGMA * H * H / dz
    rows, cols, vals = [], [], []
    diag = np.zeros(total)
    for axis in (1, 2):
        a, b = idx.ravel(), np.roll(idx, -1, axis=axis).ravel()
        rows += [a, b]
        cols += [b, a]
        vals += [np.full(total, -gx)] * 2
        diag += 2 * gx
    a, b = idx[:-1].ravel(), idx[1:].ravel()
    rows += [a, b]
    cols += [b, a]
    vals += [np.full(a.size, -gz)] * 2
    np.add.at(diag, a, gz)
    np.add.at(diag, b, gz)
    diag[idx[-1].ravel()] += 2 * gz
    top = idx[0].ravel()
    g = np.where(mask.ravel(), H * H / (RCT + dz / (2 * SIGMA)), 0.0)
    diag[top] += g
    rhs = np.zeros(total)
    rhs[top] = g * E
    rows.append(np.arange(total))
    cols.append(np.arange(total))
    vals.append(diag)
    matrix = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(total, total))
    return matrix, rhs, g, top, sp.diags(1.0 / diag)


def fv_current(phi, g, top):
    return (g * (E - phi[top]) / (H * H)).reshape(N, N)


def main(jar):
    mask = islands(N, 0.5, 8, seed=2026)
    active = mask.ravel()
    t = time.perf_counter()
    matrix, rhs, g, top, jacobi = finite_volume(mask)
    assembly = time.perf_counter() - t
    tight, _ = spl.cg(matrix, rhs, rtol=1e-10, maxiter=100_000, M=jacobi)
    j_tight = fv_current(tight, g, top).ravel()[active]
    chosen = None
    for rtol in (1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8):
        t = time.perf_counter()
        phi, info = spl.cg(matrix, rhs, rtol=rtol, maxiter=100_000, M=jacobi)
        elapsed = time.perf_counter() - t
        j = fv_current(phi, g, top).ravel()[active]
        error = np.max(np.abs(j / j_tight - 1))
        if info == 0 and error <= 0.01:
            chosen = (rtol, elapsed, error)
            break
    with tempfile.TemporaryDirectory() as tmp:
        mask_file, out_file = Path(tmp) / "mask.bin", Path(tmp) / "j.bin"
        mask.astype(np.uint8).tofile(mask_file)
        result = subprocess.run(
            ["java", "-cp", jar, "org.anodefree.bench.CurrentPeerRun", "solve", str(mask_file), str(out_file),
             str(N), str(N), repr(E), repr(RCT), repr(SIGMA), repr(THICKNESS), repr(H)],
            check=True, capture_output=True, text=True)
        ours = dict(line.split()[:2] for line in result.stdout.splitlines())
        j_ours = np.fromfile(out_file, dtype=">f8").reshape(N, N).ravel()[active]
    ours_s = float(ours["anodefree_median_s"])
    diff = np.abs(j_ours / j_tight - 1)
    print(f"interface {N} x {N}, {active.mean():.3f} active; SciPy slab {LAYERS} layers = {matrix.shape[0]} unknowns")
    print(f"scipy_assembly_s {assembly:.4f}")
    print(f"scipy_cg_s {chosen[1]:.4f}  (rtol {chosen[0]:g}, local j within {chosen[2]:.2%} of its converged answer)")
    print(f"anodefree_solve_s {ours_s:.5f}  (median of 30, set-up included; first call in a cold JVM "
          f"{float(ours['anodefree_first_s']):.4f} s; {ours['anodefree_cg_iterations']} CG iterations)")
    print(f"ratio_scipy_cg_over_anodefree {chosen[1] / ours_s:.1f}")
    print(f"ratio_scipy_cg_plus_assembly_over_anodefree {(chosen[1] + assembly) / ours_s:.1f}")
    print(f"difference in local j, FV (32 layers) vs FFT: max {diff.max():.2%}, median {np.median(diff):.2%}")


if __name__ == "__main__":
    main(sys.argv[1])
