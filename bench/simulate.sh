#!/usr/bin/env bash
# Times the cell simulator: one F1b run (half cell plated at 1 mA/cm2 until it shorts, 20 mAh/cm2 at most)
# and a 100-cycle capacity-limited half-cell protocol, one seed each on the default grid (200 x 200 at
# 10 um unless GRID is set), and prints wall time with the current solver's share. There is no peer
# simulator to compare with (MODEL.md: no open code models this chain).
# Usage: bench/simulate.sh [GRID]   (goal from issue 4: the 100-cycle run under 5 minutes on 2 cores)
# Before/after in one session: ANODEFREE_JAR=/tmp/old.jar bench/simulate.sh; bench/simulate.sh
# (ANODEFREE_JAR times that jar, e.g. one built from an earlier commit, instead of this checkout's).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
grid=${1:-200}
out="$(mktemp -d)"
anodefree() {
  if [ -n "${ANODEFREE_JAR:-}" ]; then
    java -Xmx4g -Djava.awt.headless=true -Danodefree.root="$root" -jar "$ANODEFREE_JAR" "$@"
  else
    "$root/anodefree" "$@"
  fi
}
echo "== F1b: Plate at 1 mA/cm2 until 20 mAh/cm2, grid $grid"
anodefree simulate --cell half --protocol "Plate at 1 mA/cm2 until 20 mAh/cm2" --seeds 1 --grid "$grid" \
  --snapshots 0 --out "$out/f1b" 2>/dev/null | tail -n 5
# Filaments are switched off for the cycling run (thresholds far above any current) so that it cycles
# 100 times instead of stopping at an early short: this times the stepper, not the physics.
echo "== 100 cycles: Plate 3 mAh/cm2 at 0.5 mA/cm2, then 100 x (Strip 1.5, Plate 1.5) at 0.5 mA/cm2, grid $grid, no filaments"
anodefree simulate --cell half --seeds 1 --grid "$grid" --snapshots 0 --out "$out/cycles" \
  --set filament.criticalCurrentDensityScaleAmpsPerM2=1e7 \
  --protocol $'Plate at 0.5 mA/cm2 until 3 mAh/cm2\nRepeat 100 times:\n    Strip at 0.5 mA/cm2 until 1.5 mAh/cm2 or 1 V\n    Plate at 0.5 mA/cm2 until 1.5 mAh/cm2' \
  2>/dev/null | tail -n 5
rm -rf "$out"
