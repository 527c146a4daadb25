#!/usr/bin/env bash
# Reads the largest .mpr of the shared test data and a generated 1M-row one with anodefree's reader;
# prints rows/s, bytes/s and peak heap. If Python's galvani is importable, times it on the same files.
# Usage: bench/mpr-read.sh [DATA_DIR] [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/cycler/yadg}
ROWS=${2:-1000000}
mvn -B -q -o -pl bench -am package -DskipTests
java -Xmx2g -cp bench/target/benchmarks.jar org.anodefree.bench.MprReadBench "$DATA" "$ROWS"
if python3 -c 'import galvani' 2>/dev/null; then
  python3 - "$DATA" "$ROWS" <<'PY'
import glob, os, sys, time, tempfile, subprocess
from galvani import BioLogic
data, rows = sys.argv[1], int(sys.argv[2])
largest = max(glob.glob(os.path.join(data, '*.mpr')), key=os.path.getsize)
def bench(path, repeats):
    best = []
    for _ in range(repeats):
        t0 = time.perf_counter(); m = BioLogic.MPRfile(path); best.append(time.perf_counter() - t0)
    best.sort(); med = best[len(best) // 2]
    print(f"galvani {os.path.basename(path):28s} {len(m.data):9d} rows  median {med:.4f} s  {len(m.data)/med/1e6:.2f} M rows/s")
bench(largest, 20)
PY
else
  echo "(galvani not installed: no peer timing; pip install galvani to compare)"
fi
echo "text readers (every column):"
java -Xmx2g -cp bench/target/benchmarks.jar org.anodefree.bench.TextReadBench "$(dirname "$DATA")"
