#!/usr/bin/env bash
# Spark sweep numbers in one run (docs/sweep.md): 64 short runs as a plain Java loop, on local[1] and on
# local[2]; prints the speedup of two cores over one (target >= 1.8x) and the per-task overhead of a Spark
# task over the loop (target < 0.2 s). Usage: bench/sweep.sh [RUNS [GRID_PX]]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -B -q -DskipTests -pl spark -am package)
# The speedup needs two idle cores: print the load so a reader can judge a low number.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
opens="$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' "$root/pom.xml")"
# shellcheck disable=SC2086
java -Xmx2g $opens -Djava.awt.headless=true \
  -cp "$root/spark/target/anodefree-spark.jar:$(cat "$root/spark/target/spark-classpath.txt")" \
  org.anodefree.spark.SweepBench "${1:-64}" "${2:-24}" 2> >(grep -v ' WARN ' >&2)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
