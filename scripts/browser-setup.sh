#!/usr/bin/env bash
# Installs Debian's Chromium and a Japanese font (so screenshots show the text as readers see it) for
# the browser tests, once. Idempotent and quiet on a second run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1; then
  echo "[browser-setup] $(chromium --version 2>/dev/null | head -1) already installed"
  exit 0
fi
echo "[browser-setup] installing chromium ..."
start=$(date +%s)
apt-get update -qq >/tmp/kiosk-apt-update.log 2>&1 || { tail -20 /tmp/kiosk-apt-update.log; exit 1; }
apt-get install -y -qq chromium fonts-noto-cjk >/tmp/kiosk-apt-chromium.log 2>&1 || { tail -20 /tmp/kiosk-apt-chromium.log; exit 1; }
echo "[browser-setup] $(chromium --version | head -1) installed in $(( $(date +%s) - start )) s"
