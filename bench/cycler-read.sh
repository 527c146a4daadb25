#!/usr/bin/env bash
# Times anodefree's cycler readers on the largest .mpr, .nda, .ndax and .res of the shared test data and on
# generated GCPL .mpr files (46,102 and 1,000,000 rows), hot, in rows/s; then, in the same run, galvani on the
# same .mpr files when it can be imported (installed, or its source folder given as GALVANI_SRC).
# Usage: bench/cycler-read.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/cycler}
OUT=bench/target/cycler-bench
mvn -B -q -pl bench -am package -DskipTests
mkdir -p "$OUT"
java -Xmx4g -cp bench/target/benchmarks.jar org.anodefree.bench.CyclerReadBench "$DATA" "$OUT"
export PYTHONPATH="${GALVANI_SRC:+$GALVANI_SRC:}${PYTHONPATH:-}"
if python3 -c 'import galvani' 2>/dev/null; then
  python3 - "$DATA" "$OUT" <<'PY'
import glob, os, sys, time
from galvani import BioLogic
data, out = sys.argv[1], sys.argv[2]
largest = max(glob.glob(os.path.join(data, '**', '*.mpr'), recursive=True), key=os.path.getsize)
for path in [largest, os.path.join(out, 'gcpl-46102.mpr'), os.path.join(out, 'gcpl-1000000.mpr')]:
    repeats = 7 if os.path.getsize(path) > 50e6 else 60
    for _ in range(3):
        BioLogic.MPRfile(path)  # warm-up: imports, page cache
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter(); m = BioLogic.MPRfile(path); times.append(time.perf_counter() - t0)
    times.sort(); med = times[len(times) // 2]
    print(f"galvani   {os.path.basename(path):44s} all {len(m.data):9d} rows {os.path.getsize(path)/1e6:7.1f} MB  "
          f"median {med:9.5f} s  {len(m.data)/med/1e6:7.2f} M rows/s")
PY
else
  echo "(galvani not importable: no peer timing; set GALVANI_SRC to its source folder)"
fi
