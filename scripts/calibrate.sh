#!/usr/bin/env bash
# Calibrates the model's free parameters (calibration/spec.yaml) against the reproduction rows it
# names, writes out/calibrate/calibration.{json,md} and copies the report to docs/calibration.md.
# Extra arguments go to `anodefree calibrate`, e.g. --budget 5 for a smoke run, or --write-defaults
# to put the fitted values into core/src/main/resources/parameters/default.yaml (values only).
# Deterministic: every evaluation runs the same seeds, so the same spec gives the same fit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/out/calibrate"
"$root/anodefree" calibrate --spec "$root/calibration/spec.yaml" --out "$out" "$@"
cp "$out/calibration.md" "$root/docs/calibration.md"
echo "report copied to docs/calibration.md"
