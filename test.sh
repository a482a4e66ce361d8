#!/usr/bin/env bash
# Runs every test: unit, HTTP, browser (headless Chromium), container (Testcontainers) and example
# client (Node.js) tests.
# Sets up what they need first: Chromium, the Nu HTML Checker, a Docker engine and local base images
# (no registry needed), and the example client's npm packages.
set -euo pipefail
cd "$(dirname "$0")"
scripts/browser-setup.sh
scripts/html-validator-setup.sh
scripts/docker-setup.sh
scripts/examples-setup.sh
mvn -B -ntp verify "$@"
