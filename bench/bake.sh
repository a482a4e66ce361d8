#!/usr/bin/env bash
# Bakes generated corpora of 1,000 and 10,000 articles and reports wall time, pages per second and
# peak heap for full bakes and for an update after one article changed, in one process (BakeBenchmark);
# then times the command line cold, as `kiosk bake` runs: `kiosk check` alone (loading, the baseline),
# `kiosk bake` with the JVM's defaults, and with C1 only (-XX:TieredStopAtLevel=1).
#   bench/bake.sh [articleCounts...]     default: 1000 10000
# Run from the repository root; results go to stdout (and target/bench/bake-<n>.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then counts=("$@"); else counts=(1000 10000); fi
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
for count in "${counts[@]}"; do
  corpus="target/bench/corpus-$count"
  rm -rf "$corpus"
  java -cp "$classpath" kiosk.bench.CorpusGenerator "$corpus" "$count"
  echo "== $count articles ($(nproc) cores, $(java -version 2>&1 | head -1))"
  /usr/bin/time -f "process: %e s wall, max RSS %M KB" \
    java -cp "$classpath" kiosk.bench.BakeBenchmark \
      "$corpus" site "target/bench/site-$count" 3 2>&1 | tee "target/bench/bake-$count.txt"
  for run in "check|check" "bake|bake --out target/bench/cli-$count" \
             "bake -XX:TieredStopAtLevel=1|bake --out target/bench/cli-$count"; do
    label=${run%%|*}
    flags=""; [[ "$label" == *TieredStopAtLevel* ]] && flags="-XX:TieredStopAtLevel=1"
    # shellcheck disable=SC2086
    /usr/bin/time -f "cold kiosk $label: %e s wall, %U s user, %S s sys, max RSS %M KB" \
      java $flags -cp "target/classes:$(cat target/bench-classpath.txt)" kiosk.cli.Main ${run#*|} --content "$corpus" \
      2>&1 | grep -v "^\[" | tail -1 | tee -a "target/bench/bake-$count.txt"
  done
done
