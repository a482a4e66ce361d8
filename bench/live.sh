#!/usr/bin/env bash
# Time from a file write to the new content being served, by `kiosk serve` on a generated corpus
# (default 10,000 articles): edits one article's title N times and polls the API and the article page
# every 10 ms until each shows it. Baseline in the same run: the time one poll itself takes.
#   bench/live.sh [articleCount] [edits]
#   (env: SERVE_FLAGS="-XX:+UseSerialGC -XX:CompileThresholdScaling=10", the flags bin/kiosk gives serve)
#   (env: SERVE_ARGS="--proofread", more arguments for serve)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
edits=${2:-10}
port=${PORT:-7197}
mvn -q -o -DskipTests package
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
corpus="target/bench/live-corpus-$count"
rm -rf "$corpus" target/bench/live-site
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" kiosk.bench.CorpusGenerator "$corpus" "$count"
java ${SERVE_FLAGS:--XX:+UseSerialGC -XX:CompileThresholdScaling=10} -jar target/kiosk.jar serve --lang en --content "$corpus" --out target/bench/live-site --port $port ${SERVE_ARGS:-} > target/bench/live-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/health" >/dev/null; do sleep 0.5; done
sleep 5 # let the search index and the JIT settle
file="$corpus/articles/2026/article-0.md"
api() { curl -s "localhost:$port/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ article(slug: \"article-0\") { title } }"}'; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
start=$(date +%s%N); for _ in $(seq 20); do api >/dev/null; done; echo "baseline: one API poll $(( $(ms "$start") / 20 )) ms"
for edit in $(seq "$edits"); do
  marker="編集$edit-$RANDOM"
  sed -i "s/^title: .*/title: $marker/" "$file"
  start=$(date +%s%N); api_ms=""; page_ms=""
  while [ -z "$api_ms" ] || [ -z "$page_ms" ]; do
    [ -z "$api_ms" ] && api | grep -q "$marker" && api_ms=$(ms "$start")
    [ -z "$page_ms" ] && curl -s "localhost:$port/articles/article-0/" | grep -q "$marker" && page_ms=$(ms "$start")
    sleep 0.01
  done
  echo "edit $edit: API $api_ms ms, page $page_ms ms"
  sleep 1
done
grep -E "reloaded|re-baked" target/bench/live-serve.log | tail -4
