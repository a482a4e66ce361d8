#!/usr/bin/env bash
# Installs the Nu HTML Checker (vnu.jar, the W3C validator, from the npm package vnu-jar) for the test
# that validates every baked page as HTML5. Idempotent; prints where the jar is.
#   KIOSK_TOOLS (default ~/.cache/kiosk) is where it goes; SiteHtmlValidityTest looks there.
set -euo pipefail
version=26.9.27
tools="${KIOSK_TOOLS:-$HOME/.cache/kiosk}/vnu-$version"
jar="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
if [[ ! -f "$jar" ]]; then
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "vnu-jar@$version" >/dev/null
fi
echo "[html-validator-setup] $jar"
