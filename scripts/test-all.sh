#!/usr/bin/env bash
# Runs every test of the suite: prepares the local PostgreSQL (starts it if it is down, creates the
# role and test databases), installs headless Chromium for the end-to-end tests if it is missing,
# then builds and tests all modules with the Maven wrapper.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/ensure-postgres.sh
bash scripts/ensure-chromium.sh
./mvnw -B verify "$@"
