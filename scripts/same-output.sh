#!/usr/bin/env bash
# Before/after check for refactorings that must not change results: builds two revisions, runs the same
# fixed simulations (and a reduced reproduction table) with each, and compares what they wrote.
#
#   scripts/same-output.sh [BEFORE [AFTER]]     # defaults: HEAD~1 and the working tree
#
# BEFORE and AFTER are git revisions; AFTER may be "worktree" (the checkout as it is, uncommitted edits
# included). Each revision is built in a temporary `git worktree` (reactor package, tests skipped), so the
# checkout and ~/.m2 are left alone. Text outputs (CSV, JSON, Markdown) must be byte-identical; figures,
# HTML and manifest.json are skipped because they carry paths, times and hashes of the command line. For a
# file that differs the script prints the first differing lines. Exit 0 when everything matches, 1 when
# something differs, 2 on bad use. The runs are fixed here, not options: a comparison is only worth
# something if it is the same one every time (docs/architecture.md, "Refactoring without changing results").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before="${1:-HEAD~1}"
after="${2:-worktree}"
reduced="${SAME_OUTPUT_REDUCED:-4}"   # judge seeds per reproduction row; 0 skips the table
work="$(mktemp -d "${TMPDIR:-/tmp}/same-output.XXXXXX")"
trees=()
cleanup() {
  for t in "${trees[@]}"; do git -C "$root" worktree remove --force "$t" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

usage() { echo "usage: scripts/same-output.sh [BEFORE [AFTER|worktree]]" >&2; exit 2; }
[ $# -le 2 ] || usage
git -C "$root" rev-parse --verify -q "$before^{commit}" >/dev/null || { echo "same-output: no revision '$before'" >&2; exit 2; }
[ "$after" = worktree ] || git -C "$root" rev-parse --verify -q "$after^{commit}" >/dev/null \
  || { echo "same-output: no revision '$after'" >&2; exit 2; }

# The checkout a revision is built in: a temporary worktree, or the repository itself for "worktree".
checkout() {
  local rev="$1" name="$2"
  if [ "$rev" = worktree ]; then
    echo "$root"
  else
    git -C "$root" worktree add --detach -q "$work/$name-src" "$rev" >&2
    trees+=("$work/$name-src")
    echo "$work/$name-src"
  fi
}

build() {
  local src="$1" log="$work/build-$2.log"
  echo "same-output: building $2 ($3)" >&2
  (cd "$src" && mvn -B -q -DskipTests -pl app -am package >"$log" 2>&1) \
    || { cat "$log" >&2; echo "same-output: build of $3 failed" >&2; exit 1; }
}

# The fixed runs: a half-cell plate, a half-cell cycling protocol, a full cell; small grid, fixed seeds.
run_all() {
  local src="$1" out="$2"
  local jar="$src/app/target/anodefree.jar"
  local java=(java -Xmx2g -Djava.awt.headless=true -Danodefree.root="$src" -jar "$jar")
  mkdir -p "$out"
  printf 'Plate at 1 mA/cm2 until 1 mAh/cm2\nRepeat 3 times:\n    Strip at 1 mA/cm2 until 0.5 mAh/cm2 or 1 V\n    Plate at 1 mA/cm2 until 0.5 mAh/cm2\n' \
    >"$work/cycling.txt"
  "${java[@]}" simulate --cell half --protocol "Plate at 1 mA/cm2 until 3 mAh/cm2" --seeds 1-2 --grid 24 \
    --snapshots 0 --out "$out/half-plate" >/dev/null 2>&1
  "${java[@]}" simulate --cell half --protocol "$work/cycling.txt" --seeds 3-4 --grid 24 \
    --snapshots 0 --out "$out/half-cycling" >/dev/null 2>&1
  "${java[@]}" simulate --cell full --loading 3mAh/cm2 --pressure 15MPa \
    --protocol "Charge at 0.5 mA/cm2 until 4.2 V; Hold at 4.2 V until 0.05 mA/cm2; Discharge at 0.5 mA/cm2 until 3.0 V" \
    --seeds 5-6 --grid 24 --snapshots 0 --out "$out/full" >/dev/null 2>&1
  if [ "$reduced" -gt 0 ]; then
    (cd "$src" && "${java[@]}" reproduce --reduced "$reduced" --out "$out/reproduce" >/dev/null 2>&1)
  fi
}

src_before="$(checkout "$before" before)"
src_after="$(checkout "$after" after)"
build "$src_before" before "$before"
run_all "$src_before" "$work/out-before"
build "$src_after" after "$after"
run_all "$src_after" "$work/out-after"

# Wall times are the one thing allowed to change: masked in JSON ("wallSeconds": ...) and in the reproduction
# table's text ("5.4 s wall (36% solver)", "wall time 22.2 s"); nothing else is touched.
normalize() {
  sed -E -e 's/("[A-Za-z]*[Ww]all[A-Za-z]*" *: *)[-+0-9.eE]+/\1<time>/g' \
         -e 's/[0-9]+(\.[0-9]+)? ?(ms|s|min) wall( \([0-9]+% solver\))?/<time> wall/g' \
         -e 's/wall time [0-9]+(\.[0-9]+)? ?(ms|s|min)/wall time <time>/g' "$1"
}

same=0
differ=0
cd "$work/out-before"
while IFS= read -r f; do
  b="$work/out-before/$f"
  a="$work/out-after/$f"
  if [ ! -f "$a" ]; then
    echo "MISSING after: $f"; differ=$((differ + 1)); continue
  fi
  if cmp -s "$b" "$a" || cmp -s <(normalize "$b") <(normalize "$a"); then
    same=$((same + 1)); continue
  fi
  differ=$((differ + 1))
  echo "DIFFERS: $f"
  diff <(normalize "$b" | tr ',' '\n') <(normalize "$a" | tr ',' '\n') | head -n 12 | sed 's/^/    /' || true
done < <(find . -type f \( -name '*.csv' -o -name '*.json' -o -name '*.md' -o -name '*.txt' \) \
           ! -name manifest.json | sed 's|^\./||' | sort)
while IFS= read -r f; do
  [ -f "$work/out-before/$f" ] || { echo "NEW after: $f"; differ=$((differ + 1)); }
done < <(cd "$work/out-after" && find . -type f \( -name '*.csv' -o -name '*.json' -o -name '*.md' -o -name '*.txt' \) \
           ! -name manifest.json | sed 's|^\./||' | sort)

echo "same-output: $before vs $after: $same files identical, $differ differ"
[ "$differ" -eq 0 ]
