#!/usr/bin/env python3
"""Writes a synthetic 16-bit cell volume as a raw file (x fastest), slab by slab so any size fits.

Collector (grey 30000) below a plane tilted by --tilt degrees, a Li layer (9000) whose normal
thickness is a smooth random field (seeded), electrolyte (22000) above, plus uniform noise.
Prints the shape and the true mean Li thickness in voxels.
"""
import argparse
import numpy as np

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--shape", default="1024,1024,512", help="X,Y,Z")
p.add_argument("--tilt", type=float, default=3.0, help="degrees, about the y axis")
p.add_argument("--mean", type=float, default=15.0, help="mean Li thickness, voxels")
p.add_argument("--noise", type=int, default=1500)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
nx, ny, nz = (int(s) for s in a.shape.split(","))
rng = np.random.default_rng(a.seed)
# Smooth field: a few random Fourier modes, scaled to the mean, floored at 0 (bare patches).
yy, xx = np.mgrid[0:ny, 0:nx].astype(np.float32)
field = np.zeros((ny, nx), np.float32)
for _ in range(12):
    kx, ky = rng.uniform(-6, 6, 2) * 2 * np.pi / max(nx, ny)
    field += np.cos(kx * xx + ky * yy + rng.uniform(0, 2 * np.pi)).astype(np.float32)
field = np.maximum(0, a.mean + field * (0.6 * a.mean / field.std()))
slope = np.tan(np.radians(a.tilt))
cos = 1 / np.sqrt(1 + slope * slope)
top = 0.15 * nz + slope * (xx - nx / 2)
if top.min() < 1:
    raise SystemExit("tilt too large for this depth: the collector leaves the volume")
extent = field / cos
with open(a.out, "wb") as f:
    chunk = max(1, (256 << 20) // (nx * ny * 2))
    for z0 in range(0, nz, chunk):
        z1 = min(nz, z0 + chunk)
        zc = (np.arange(z0, z1, dtype=np.float32) + 0.5)[:, None, None]
        vol = np.full((z1 - z0, ny, nx), 22000, np.uint16)
        vol[zc < top[None] + extent[None]] = 9000
        vol[zc < top[None]] = 30000
        if a.noise:
            vol = (vol.astype(np.int32) + rng.integers(-a.noise, a.noise, vol.shape, dtype=np.int32)).astype(np.uint16)
        vol.tofile(f)
print(f"shape {nx},{ny},{nz} tilt {a.tilt} deg true mean thickness {field.mean():.4f} voxels")
