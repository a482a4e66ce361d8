#!/usr/bin/env bash
# Cold start of the commands people run as fresh processes, each against a baseline in the same run,
# alternately and ROUNDS times (medians): the machine is shared, so only ratios within a run compare.
#
#   bake  `bin/kiosk bake` of a generated magazine of ARTICLES articles (default 10,000) against Hugo
#         (Debian's `hugo`, apt-get install hugo) on the same article files (bench/hugo: related content
#         and taxonomies on), and against `java -jar kiosk.jar bake` (the JVM's defaults, no archive):
#         wall time and peak memory (max RSS) of the whole process, and their ratios to Hugo's.
#   check `bin/kiosk check` of the sample magazine and of the generated one; `new article` on a copy of
#         the sample; `serve` until /health answers (and until the site is baked) on both: each against
#         `java -version` (the JVM's own start) and the same command with `java -jar` (no flags, no archive).
#         serve's rows give the CPU seconds the process had used by then, besides the wall time.
# On a shared machine a process's wall time follows the load (printed at start and end) more than its
# own work: compare CPU seconds too, and only ratios within one run.
#
#   bench/cold.sh [ARTICLES] [ROUNDS]      env: HUGO_CONFIG=bench/hugo/config.yaml PARTS="bake commands"
# Needs hugo for the bake part and /usr/bin/time (Debian's `time` package). Results: stdout and
# target/bench/cold-<ARTICLES>.txt; each process's figures in target/bench/cold-<ARTICLES>.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-10000}"
ROUNDS="${2:-3}"
PARTS="${PARTS:-bake commands}"
HUGO_CONFIG="${HUGO_CONFIG:-bench/hugo/config.yaml}"
WORK="$PWD/target/bench"
CORPUS="$WORK/corpus-$ARTICLES"
TSV="$WORK/cold-$ARTICLES.tsv"
JAVA_JAR="java -jar $PWD/target/kiosk.jar"

[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing: apt-get install -y time" >&2; exit 1; }
mkdir -p "$WORK"
if [[ ! -f target/kiosk.jar || ! -f target/kiosk.jsa ]]; then
  mvn -B -q -ntp -DskipTests package
fi
if [[ ! -f "$CORPUS/sections.yaml" ]]; then
  mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
  java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" kiosk.bench.CorpusGenerator "$CORPUS" "$ARTICLES"
fi
: > "$TSV"

# measure LABEL COMMAND...: one run under /usr/bin/time; appends "label wall cpu rss_mb" to the TSV.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > "$WORK/cold-last.log" 2>&1 \
    || { echo "$label failed:" >&2; tail -20 "$WORK/cold-last.log" >&2; exit 1; }
  awk -v l="$label" '{ printf "%s\t%.2f\t%.2f\t%.0f\n", l, $1, $2 + $3, $4 / 1024 }' "$WORK/time.txt" >> "$TSV"
}

# serve_until LABEL CONTENT COMMAND...: starts serve, records seconds (wall, and CPU the process used)
# until /health answers and until it says the site is baked (bench/serve_until.py polls), then stops it.
serve_until() {
  local label=$1 content=$2; shift 2
  local port=$((20000 + RANDOM % 20000)) out="$WORK/cold-serve" start
  rm -rf "$out" "$out-data"
  start=$(date +%s%N)
  "$@" serve --content "$content" --site site --out "$out" --data "$out-data" --port "$port" --no-watch \
    > "$WORK/cold-serve.log" 2>&1 &
  local pid=$!
  python3 bench/serve_until.py "$label" "$start" "$pid" "$port" >> "$TSV" \
    || { echo "$label: serve exited" >&2; tail -20 "$WORK/cold-serve.log" >&2; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "== cold start, $ARTICLES articles, $ROUNDS rounds; $(nproc) cores; $(java -version 2>&1 | head -1); $(hugo version 2>/dev/null | cut -d' ' -f1-2)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
sample_copy="$WORK/cold-sample"
for round in $(seq "$ROUNDS"); do
  if [[ " $PARTS " == *" bake "* ]]; then
    rm -rf "$WORK/cold-kiosk" "$WORK/cold-hugo" "$WORK/cold-jar"
    measure "bake: hugo" hugo --quiet --source bench/hugo --config "$(sed "s#^#$PWD/#; s#,#,$PWD/#g" <<< "$HUGO_CONFIG")" --contentDir "$CORPUS/articles" \
      --destination "$WORK/cold-hugo" --cacheDir "$WORK/hugo-cache"
    measure "bake: bin/kiosk" bin/kiosk bake --content "$CORPUS" --site site --out "$WORK/cold-kiosk"
    measure "bake: java -jar" $JAVA_JAR bake --content "$CORPUS" --site site --out "$WORK/cold-jar"
  fi
  if [[ " $PARTS " == *" commands "* ]]; then
    measure "java -version" java -version
    measure "check sample: bin/kiosk" bin/kiosk check --content content
    measure "check sample: java -jar" $JAVA_JAR check --content content
    measure "check $ARTICLES: bin/kiosk" bin/kiosk check --content "$CORPUS"
    measure "check $ARTICLES: java -jar" $JAVA_JAR check --content "$CORPUS"
    rm -rf "$sample_copy" && cp -r content "$sample_copy"
    measure "new article: bin/kiosk" bin/kiosk new article --content "$sample_copy" --section world \
      --title "寒波の影響" --slug "cold-$round-a"
    measure "new article: java -jar" $JAVA_JAR new article --content "$sample_copy" --section world \
      --title "寒波の影響" --slug "cold-$round-b"
    serve_until "serve sample: bin/kiosk" content bin/kiosk
    serve_until "serve sample: java -jar" content $JAVA_JAR
    serve_until "serve $ARTICLES: bin/kiosk" "$CORPUS" bin/kiosk
    serve_until "serve $ARTICLES: java -jar" "$CORPUS" $JAVA_JAR
  fi
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

# Medians per label, in the order first measured; then the ratios the targets are stated in.
python3 - "$TSV" "$ARTICLES" <<'EOF' | tee "$WORK/cold-$ARTICLES.txt"
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
labels = list(dict.fromkeys(row[0] for row in rows))
def med(label, col):
    values = [float(row[col]) for row in rows if row[0] == label and len(row) > col and row[col]]
    return statistics.median(values) if values else None
print(f"{'':36} {'wall s':>8} {'cpu s':>8} {'max RSS MB':>10}   (medians of {len([r for r in rows if r[0] == labels[0]])})")
for label in labels:
    wall, cpu, rss = med(label, 1), med(label, 2), med(label, 3)
    walls = ", ".join(row[1] for row in rows if row[0] == label)
    print(f"{label:36} {wall:8.2f} {cpu if cpu is not None else float('nan'):8.2f} "
          f"{rss if rss is not None else float('nan'):10.0f}   [{walls}]")
hugo = "bake: hugo"
if hugo in labels:
    for kiosk in ("bake: bin/kiosk", "bake: java -jar"):
        print(f"ratio {kiosk} / hugo: wall {med(kiosk, 1) / med(hugo, 1):.2f} (target <= 0.33), "
              f"peak memory {med(kiosk, 3) / med(hugo, 3):.2f} (target <= 0.50), "
              f"CPU {med(kiosk, 2) / med(hugo, 2):.2f} (what a loaded machine distorts least)")
EOF
