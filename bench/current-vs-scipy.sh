#!/usr/bin/env bash
# Times the current-distribution solver against SciPy on the same 128 x 128 interface and prints the
# ratio; then warm-started (and cold) solve times over one FFT pair at 128, 256 and 512. Needs Java
# 17+, Maven, and Python 3 with numpy and scipy. FFT_THREADS (default 1) sets JTransforms' thread
# count for the solver and the reference pair alike; with 1 the printed CPU ratio is the whole work.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/core/src" "$root/bench/src" -name '*.java' -newer "$jar" | head -n 1)" ]; then
  (cd "$root" && mvn -B -q -DskipTests -pl bench -am package)
fi
python3 "$root/bench/current_vs_scipy.py" "$jar"
java -cp "$jar" org.anodefree.bench.CurrentPeerRun fft-ratio "${FFT_THREADS:-1}"
