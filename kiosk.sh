#!/usr/bin/env bash
# Builds Kiosk, checks and bakes the sample magazine, then serves the GraphQL API and the site.
#   ./kiosk.sh                  -> http://localhost:7070/ (site), /graphql (API), /graphiql
#   ./kiosk.sh --port 8080      -> any `kiosk serve` option is passed through
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -f target/kiosk.jar ]] || [[ -n "$(find src pom.xml -newer target/kiosk.jar -print -quit)" ]]; then
  mvn -B -q -ntp -DskipTests package
fi
java -jar target/kiosk.jar check --content content
exec java -jar target/kiosk.jar serve --content content --site site "$@"
