#!/usr/bin/env bash
# Times `anodefree strip-map` against the same analysis in NumPy/SciPy on the same 4096 x 4096 map,
# in one run, and prints the ratios of wall time and peak memory (resident set). The map is written
# once as float64 .npy (134 MB); both tools read that file. Usage: bench/strip-map/run.sh [SIDE] [REPEATS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
side="${1:-4096}"
repeats="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
levels="0.25,0.5,0.64,0.75,0.85,0.95"
map="$work/map.npy"

"$root/anodefree" --version >/dev/null   # builds the jar if needed, outside the timings
"$root/anodefree" synth-map --size "$(python3 -c "print($side*1.7)")um" --pixel 1.7um --mean 25um --cv 0.48 \
  --floor 7.5um --correlation 100um --seed 1 -o "$map" >/dev/null
map_bytes=$(( side * side * 8 ))
# The JVM heap is capped at 2.5x the map (a small young generation, so the big arrays fit in
# the old one): the goal is a peak under 3x, the whole process included.
heap_mb=$(( 5 * map_bytes / 2 / 1048576 ))

measure() { # prints "seconds peak_kb" of the command
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >"$work/stdout" 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  cat "$work/t"
}

echo "map: ${side} x ${side} float64 ($(( map_bytes / 1048576 )) MB); levels $levels; $repeats runs each, median"
ours=(); theirs=()
for i in $(seq "$repeats"); do
  ours+=("$(measure env ANODEFREE_JAVA_OPTS="-Xmx${heap_mb}m -Xmn12m -XX:+UseSerialGC -XX:TieredStopAtLevel=4" "$root/anodefree" strip-map "$map" \
      --pixel-size 1.7um --levels "$levels" --no-figures --json --out "$work/out")")
  theirs+=("$(measure python3 "$root/bench/strip-map/strip_map_numpy.py" "$map" 1.7 "$levels")")
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ot=$(printf '%s\n' "${ours[@]}" | awk '{print $1}' | median); om=$(printf '%s\n' "${ours[@]}" | awk '{print $2}' | median)
tt=$(printf '%s\n' "${theirs[@]}" | awk '{print $1}' | median); tm=$(printf '%s\n' "${theirs[@]}" | awk '{print $2}' | median)
python3 - "$ot" "$om" "$tt" "$tm" "$map_bytes" <<'PY'
import sys
ot, om, tt, tm, mb = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
print(f"anodefree strip-map: {ot:6.2f} s, peak RSS {om/1024:7.0f} MB ({om*1024/mb:.2f}x the map)")
print(f"NumPy/SciPy        : {tt:6.2f} s, peak RSS {tm/1024:7.0f} MB ({tm*1024/mb:.2f}x the map)")
print(f"time ratio NumPy/anodefree = {tt/ot:.2f} (above 1: anodefree faster); memory ratio anodefree/map = {om*1024/mb:.2f}")
PY
