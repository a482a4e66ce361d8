#!/usr/bin/env bash
# What keeping publishing going costs on a generated corpus (default 10,000 articles) committed to git:
# a reload after a commit against a reload after nothing changed, and a start on broken content (the
# last good commit read from git with JGit and loaded) against a cold load of the work tree
# (PublishingBenchmark; baselines measured in the same run).
#   bench/publishing.sh [articleCount] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
rounds=${2:-3}
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
work="target/bench/publishing-$count"
rm -rf "$work"
echo "== publishing, $count articles ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -cp "$classpath" kiosk.bench.PublishingBenchmark "$work" "$count" "$rounds"
