#!/usr/bin/env bash
# Publishes the model's predictions over retained Li R x cycled capacity Q (docs/model.md, "Predictions"):
# half cells at 0.5 mA/cm2 (deposit R + Q, then strip Q and plate Q, up to 150 cycles) and full cells with
# a 3 mAh/cm2 NMC622 cathode and an R mAh/cm2 Li layer on the Cu (1 mAh/cm2 half cycles, and full cycling
# between 4.3 and 2.5 V). Each cell is one `anodefree simulate` ensemble on the judge seeds with the default
# parameters; nothing here knows any measured outcome. Writes out/predictions/{half,full}.tsv with the
# shorted fraction and the median cycle of the short (a run that never shorts counts as shorting last,
# so the median is "-" when fewer than half shorted) and the parameter file's SHA-256.
# Usage: scripts/predict-map.sh [seeds] [grid] [pixel] [cycles]   (defaults 201-208 32 20um 150)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-201-208}
grid=${2:-32}
pixel=${3:-20um}
cycles=${4:-150}
out=out/predictions
mkdir -p "$out"
params=core/src/main/resources/parameters/default.yaml
hash=$(sha256sum "$params" | cut -c1-16)
um_per_mah=4.8545   # Li metal: 1 mAh/cm2 = 4.85 um (molar volume 13.0 cm3/mol)

run() { # name cell protocol extra...
  local name=$1 cell=$2 protocol=$3; shift 3
  ./anodefree simulate --cell "$cell" --protocol "$protocol" --seeds "$seeds" --grid "$grid" --pixel "$pixel" \
      --snapshots 0 "$@" --out "$out/$name" > "$out/$name.log" 2>&1
  local line
  line=$(grep -E '^shorted' "$out/$name.log")
  local n s med
  n=$(sed -E 's/^shorted ([0-9]+) of ([0-9]+) runs.*/\2/' <<<"$line")
  s=$(sed -E 's/^shorted ([0-9]+) of.*/\1/' <<<"$line")
  med=$(sed -E 's/.*median short cycle ([^;]+);.*/\1/' <<<"$line")
  [[ "$med" == not* ]] && med="-"
  printf "%s\t%s" "$s/$n" "$med"
}

{
  echo "# half cells, 0.5 mA/cm2, seeds $seeds, $grid x $grid at $pixel, up to $cycles cycles; parameters sha256 $hash"
  printf 'R_mAh_cm2\tQ_mAh_cm2\tshorted\tmedian_short_cycle\n'
  for r in 0.25 0.5 0.75 1 1.5; do
    for q in 0.5 1 1.5 2.3 3; do
      first=$(awk -v r="$r" -v q="$q" 'BEGIN { printf "%g", r + q }')
      p="Plate at 0.5 mA/cm2 until $first mAh/cm2
Repeat $cycles times:
    Strip at 0.5 mA/cm2 until $q mAh/cm2 or 1 V
    Plate at 0.5 mA/cm2 until $q mAh/cm2"
      printf '%s\t%s\t%s\n' "$r" "$q" "$(run "half-r$r-q$q" half "$p")"
    done
  done
} | tee "$out/half.tsv"

{
  echo "# full cells, 3 mAh/cm2 NMC622, 0.5 mA/cm2, R mAh/cm2 of Li on the Cu, seeds $seeds, $grid x $grid at $pixel, up to $cycles cycles; parameters sha256 $hash"
  printf 'R_mAh_cm2\tcycling\tshorted\tmedian_short_cycle\n'
  for r in 0.25 0.5 0.75 1 1.5; do
    foil=$(awk -v r="$r" -v k="$um_per_mah" 'BEGIN { printf "%.4g", r * k * 1e-6 }')
    partial="Charge at 0.5 mA/cm2 until 4.3 V
Repeat $cycles times:
    Discharge at 0.5 mA/cm2 until 1 mAh/cm2 or 2.5 V
    Charge at 0.5 mA/cm2 until 1 mAh/cm2 or 4.3 V"
    full="Repeat $cycles times:
    Charge at 0.5 mA/cm2 until 4.3 V
    Discharge at 0.5 mA/cm2 until 2.5 V"
    printf '%s\t%s\t%s\n' "$r" "1 mAh/cm2" "$(run "full-r$r-q1" li-excess "$partial" --loading 3mAh/cm2 --set cell.lithiumFoilThicknessMeters="$foil")"
    printf '%s\t%s\t%s\n' "$r" "full" "$(run "full-r$r-full" li-excess "$full" --loading 3mAh/cm2 --set cell.lithiumFoilThicknessMeters="$foil")"
  done
} | tee "$out/full.tsv"

# heat maps of the two tables (PNG and SVG), drawn by the spark module's sweep charts
(mvn -B -q -DskipTests -pl spark -am package)
cp="spark/target/anodefree-spark.jar:$(cat spark/target/spark-classpath.txt)"
java -Djava.awt.headless=true -cp "$cp" org.anodefree.spark.PredictionMaps "$out/half.tsv" "$out/predictions-half" \
    "Half cells, 0.5 mA/cm2: median cycle of the short"
java -Djava.awt.headless=true -cp "$cp" org.anodefree.spark.PredictionMaps "$out/full.tsv" "$out/predictions-full" \
    "Full cells, 3 mAh/cm2 NMC622: median cycle of the short"
