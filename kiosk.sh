#!/usr/bin/env bash
# Builds Kiosk, checks and bakes the sample magazine, then serves the GraphQL API and the site.
#   ./kiosk.sh                  -> http://localhost:7070/ (site), /graphql (API), /graphiql
#   ./kiosk.sh --port 8080      -> any `kiosk serve` option is passed through
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -f target/kiosk.jar ]] || [[ -n "$(find src pom.xml -newer target/kiosk.jar -print -quit)" ]]; then
  mvn -B -q -ntp -DskipTests package   # the jar, and target/kiosk.jsa for bin/kiosk (README, "Start-up")
fi
bin/kiosk check --content content
exec bin/kiosk serve --content content --site site "$@"
