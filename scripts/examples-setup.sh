#!/usr/bin/env bash
# Installs what ExampleClientIT runs: Node.js and npm (Debian's packages, when node is missing) and the
# packages of the example client (examples/ts-client) exactly as package-lock.json pins them. npm ci
# takes them from npm's cache (~/.npm) when it has them, so a second run needs no network, and this
# script does nothing when node_modules is newer than the lock file. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../examples/ts-client"
export DEBIAN_FRONTEND=noninteractive
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[examples-setup] installing nodejs and npm ..."
  apt-get update -qq >/tmp/kiosk-apt-update.log 2>&1 || { tail -20 /tmp/kiosk-apt-update.log; exit 1; }
  apt-get install -y -qq nodejs npm >/tmp/kiosk-apt-node.log 2>&1 || { tail -20 /tmp/kiosk-apt-node.log; exit 1; }
fi
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "[examples-setup] node $(node --version): examples/ts-client packages already installed"
  exit 0
fi
start=$(date +%s)
npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/tmp/kiosk-npm-ci.log 2>&1 \
  || { tail -30 /tmp/kiosk-npm-ci.log; exit 1; }
echo "[examples-setup] node $(node --version): examples/ts-client packages installed in $(( $(date +%s) - start )) s"
