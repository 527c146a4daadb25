#!/usr/bin/env bash
# Runs the paper's capacity-limited protocols (its Fig. 6, outcomes held out) through `anodefree simulate`
# with the default parameters and prints one line per protocol: shorted seeds, cycle and capacity at the
# short. The numbers go into docs/model.md as predictions. Usage: scripts/predict-fig6.sh [seeds] [grid]
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-4}
grid=${2:-64}
out=out/fig6
mkdir -p "$out"
for id in F6a F6b F6c F6d; do
  cell=half
  extra=()
  if [ "$id" = F6b ]; then cell=full; extra=(--loading 3mAh/cm2); fi
  ./anodefree simulate --cell "$cell" "${extra[@]}" --protocol "experiments/fig6/$id.txt" --seeds "$seeds" \
      --grid "$grid" --pixel 10um --snapshots 6 --out "$out/$id" > "$out/$id.log" 2>&1
  echo "$id: $(grep -E '^shorted' "$out/$id.log")"
done
