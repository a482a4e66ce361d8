#!/usr/bin/env bash
# Benchmark of issue 17 (newsletter), not a test: the sample magazine's edition sent to 100,000
# subscribers through a local SMTP sink started by the benchmark (127.0.0.1, a free port; it counts and
# discards), as `kiosk newsletter send` sends it with the embedded store (each recipient recorded and
# fsynced before the dot), beside a baseline in the same run: raw SMTP transactions of the same mails in
# the same batches without any store. Prints mails a second and heap; takes a few minutes.
#
#   bench/newsletter-bench.sh [data-dir] [subscribers] [baseline-mails]
#   defaults:                 target/newsletter-bench 100000 20000
#
# The data directory's newsletter.db is replaced; put it on the disk whose fsyncs you want to measure.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  kiosk.bench.NewsletterBenchmark "$@"
