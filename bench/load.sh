#!/usr/bin/env bash
# Loads a generated corpus (default 10,000 articles) five times in one JVM with a 500 MB heap cap and
# reports load time, catalog build time (related articles included), the heap the snapshot keeps, and the
# full-text index's build time and the heap with it;
# the baseline in the same run is reading the same files' bytes alone (LoadBenchmark).
#   bench/load.sh [articleCount] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
rounds=${2:-5}
source bench/setup.sh
folder=$(corpus "$count")
echo "== load $count articles ($(nproc) cores, $(java -version 2>&1 | head -1)), heap capped at 500 MB"
java -Xmx500m -cp "$classpath" kiosk.bench.LoadBenchmark "$folder" "$rounds"
