#!/usr/bin/env bash
# Measures the GraphQL API against a static file served by the same server, in one run:
#   requests per second and p99 latency of
#     static   GET of a file from the baked-site folder, holding the bytes of an article(slug) answer
#     article  POST article(slug) with the query of graphql/queries/article.graphql, a random article each time
#     articles POST articles(first: 20) with card fields (authors, tags, section, image)
#   on a generated corpus of ARTICLES articles (default 10000), with wrk (apt-get install wrk).
# Each is measured twice, on a server with its answer cache (the default) and on one without, each
# server with its own static baseline. Then static and article again on a server with its cache while
# the content reloads every RELOAD_EVERY seconds (one article's title rewritten in a copy of the corpus):
# the cache keeps the answers an edit does not name across reloads.
# Usage: bench/api-bench.sh [ARTICLES]
#   (env: DURATION=20s WARMUP=15s CONNECTIONS=32 THREADS=2 PORT=7199 RELOAD_EVERY=5 ONLY=reloading
#    SERVE_FLAGS="-XX:+UseSerialGC -XX:CompileThresholdScaling=10", the flags bin/kiosk gives serve)
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-10000}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-15s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PORT:-7199}"
WORK=target/bench
CORPUS="$WORK/corpus-$ARTICLES"
SITE="$WORK/site"
URL="http://localhost:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test \
  || mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
CLASSPATH="target/classes:target/test-classes:$(cat "$WORK/classpath.txt")"
if [[ ! -f "$CORPUS/sections.yaml" ]]; then
  java -cp "$CLASSPATH" kiosk.bench.CorpusGenerator "$CORPUS" "$ARTICLES"
fi
mkdir -p "$SITE"

run() { # name, wrk arguments...
  local name=$1; shift
  # Warm-up: the JIT, and with the answer cache on, long enough to have asked for every article once.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$WORK/wrk-$name.txt"
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$name.txt")
  errors=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk-$name.txt")
  printf '  %-9s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${errors:-0}"
  eval "RPS_$name=$rps"
}

measure() { # label, serve options...
  local label=$1; shift
  serve "$CORPUS" "$@"
  run static "$URL/article.json"
  run article -s bench/graphql.lua "$URL/graphql" -- article "$ARTICLES"
  run articles -s bench/graphql.lua "$URL/graphql" -- articles
  awk -v s="$RPS_static" -v a="$RPS_article" -v l="$RPS_articles" \
    'BEGIN { printf "  ratio to static: article(slug) %.2f, articles(first: 20) %.2f\n", a / s, l / s }'
  kill $SERVER; wait $SERVER 2>/dev/null || true
}

# The answer cache on, while a loop rewrites one article's title every RELOAD_EVERY seconds; counts the
# reloads the server logged during the runs.
measure_reloading() {
  local live="$WORK/corpus-$ARTICLES-reloading"
  rm -rf "$live" && cp -rL "$CORPUS" "$live"
  serve "$live"
  local file="$live/articles/2026/article-7.md" edits=0
  [[ -f "$file" ]] || file=$(find "$live/articles" -name '*.md' | head -1)
  ( while true; do sleep "${RELOAD_EVERY:-5}"; edits=$((edits + 1)); sed -i "s/^title: .*/title: 編集 $edits/" "$file"; done ) &
  EDITOR_LOOP=$!
  local before; before=$(grep -c "reloaded " "$WORK/server.log" || true)
  run static "$URL/article.json"
  run article -s bench/graphql.lua "$URL/graphql" -- article "$ARTICLES"
  kill $EDITOR_LOOP; wait $EDITOR_LOOP 2>/dev/null || true
  local reloads; reloads=$(( $(grep -c "reloaded " "$WORK/server.log" || true) - before ))
  awk -v s="$RPS_static" -v a="$RPS_article" -v r="$reloads" \
    'BEGIN { printf "  ratio to static: article(slug) %.2f, while the content reloaded %d times\n", a / s, r }'
  kill $SERVER; wait $SERVER 2>/dev/null || true
}

serve() { # content folder, serve options...
  local content=$1; shift
  java -Xms1g -Xmx2g ${SERVE_FLAGS:--XX:+UseSerialGC -XX:CompileThresholdScaling=10} -cp "$CLASSPATH" kiosk.cli.Main serve --lang en --content "$content" --port "$PORT" --out "$SITE" "$@" \
    > "$WORK/server.log" 2>&1 &
  SERVER=$!
  # The API answers at once; the site is baked in the background and then replaces the whole --out
  # folder, so the static baseline's file is written only once /health says the site is ready.
  for _ in $(seq 1 600); do
    curl -fs "$URL/health" 2>/dev/null | grep -q '"site":"ready"' && break
    kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 1
  done
  curl -fs "$URL/health" | grep -q '"site":"ready"' || { echo "the site was not baked in 10 minutes" >&2; exit 1; }
  # The first search waits for the search index, built in the background after loading: it must not
  # compete with the measurements for the CPU.
  curl -fs -H 'Content-Type: application/json' -d '{"query":"{ search(query: \"賃上げ\", first: 1) { totalCount } }"}' \
    "$URL/graphql" >/dev/null
  # The static baseline holds exactly the bytes of an article(slug) answer.
  curl -fs -H 'Content-Type: application/json' -d "$QUERY_JSON" "$URL/graphql" > "$SITE/article.json"
  grep -q '"slug":"article-42"' "$SITE/article.json" || { echo "article(slug) gave no article" >&2; exit 1; }
  cmp -s "$SITE/article.json" <(curl -fs "$URL/article.json") || { echo "the server does not serve $SITE/article.json" >&2; exit 1; }
  echo "${label:-serving $content}: answer of $(wc -c < "$SITE/article.json") bytes"
}

QUERY_JSON=$(python3 -c 'import json; print(json.dumps({"query": open("graphql/queries/article.graphql").read(), "variables": {"slug": "article-42"}}))')
trap 'kill $SERVER ${EDITOR_LOOP:-} 2>/dev/null || true' EXIT
echo "$ARTICLES articles, $THREADS wrk threads, $CONNECTIONS connections, $WARMUP warm-up and $DURATION per run, $(nproc) cores shared by wrk and the server"
if [[ "${ONLY:-}" != reloading ]]; then
  measure "answer cache on (default)"
  measure "answer cache off" --answer-cache-mb 0
fi
label="answer cache on, the content reloading every ${RELOAD_EVERY:-5} s" measure_reloading
