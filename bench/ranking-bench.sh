#!/usr/bin/env bash
# Benchmark of issue 7 (popularity ranking), not a test: sustained acknowledged views a second with the
# embedded store (durable: each batch fsynced) for several numbers of concurrent clients, beside the
# disk's raw fsync rate and a no-op store in the same run; then the time to compute a ranking over
# 10,000 articles with a month of hourly counts. Prints its figures; takes about two minutes.
#
#   bench/ranking-bench.sh [data-dir] [seconds-per-run] [clients,clients,...]
#   defaults:               target/ranking-bench  5     1,16,64,256
#
# The data directory is deleted first and should be on the disk whose durability you care about.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  kiosk.bench.ViewStoreBenchmark "$@"
