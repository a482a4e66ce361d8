#!/usr/bin/env bash
# How the complexity limit's cost model follows real CPU cost, on a generated corpus (default 10,000
# articles): per kind of query, the model's complexity and the median CPU time, each as a ratio to a
# 100-card page measured in the same run (CostBenchmark).
#   bench/cost.sh [articleCount] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
rounds=${2:-200}
source bench/setup.sh
folder=$(corpus "$count")
echo "== cost model on $count articles ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -Xmx2g -cp "$classpath" kiosk.bench.CostBenchmark "$folder" "$rounds" 2>/dev/null
