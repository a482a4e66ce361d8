#!/usr/bin/env bash
# Branch previews (RefPreviewBenchmark): a ref's snapshot built from git's objects, cold and after one
# article changed on a branch, against loading the same content from the folder (baseline, same run);
# a request for a kept snapshot; the heap one snapshot holds.
#   bench/refs.sh [articleCount] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
rounds=${2:-3}
source bench/setup.sh
folder=$(corpus "$count")
copy="target/bench/refs-$count"
[ -d "$copy" ] || cp -r "$folder" "$copy"
echo "== branch previews, $count articles ($(nproc) cores, $(java -version 2>&1 | head -1)), heap capped at 1 GB"
java -Xmx1g -cp "$classpath" kiosk.bench.RefPreviewBenchmark "$copy" "$rounds"
