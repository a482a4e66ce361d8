#!/usr/bin/env bash
# Runs every test: unit, HTTP, browser (headless Chromium) and container (Testcontainers) tests.
# Sets up what they need first: Chromium, the Nu HTML Checker, a Docker engine and local base images
# (no registry needed).
set -euo pipefail
cd "$(dirname "$0")"
scripts/browser-setup.sh
scripts/html-validator-setup.sh
scripts/docker-setup.sh
mvn -B -ntp verify "$@"
