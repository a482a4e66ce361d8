#!/usr/bin/env bash
# Bakes generated corpora of 1,000 and 10,000 articles and reports wall time, pages per second and
# peak heap for full bakes and for an update after one article changed (see BakeBenchmark).
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
  # -Dorg.slf4j.simpleLogger.defaultLogLevel=warn: JBake's configuration library logs at INFO
  /usr/bin/time -f "process: %e s wall, max RSS %M KB" \
    java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" kiosk.bench.BakeBenchmark \
      "$corpus" site "target/bench/site-$count" 3 2>&1 | tee "target/bench/bake-$count.txt"
done
