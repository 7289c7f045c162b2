#!/usr/bin/env bash
# Runs every test of the suite: prepares the local PostgreSQL (starts it if it is down, creates the
# role and test databases), installs headless Chromium for the end-to-end tests if it is missing,
# then builds and tests all modules with the Maven wrapper (which also lints the OpenAPI documents and type-checks
# the TypeScript clients, installing the pinned Node.js tools from npm on first use). Last, the OpenAPI documents the
# build wrote to docs/openapi must be the ones committed: under CI a difference fails the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/ensure-postgres.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-node-tools.sh
./mvnw -B verify "$@"

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  changed=$(git status --porcelain -- docs/openapi)
  if [ -n "$changed" ]; then
    echo "The OpenAPI documents the build wrote differ from the committed ones; commit docs/openapi:" >&2
    echo "$changed" >&2
    git --no-pager diff --stat -- docs/openapi >&2
    if [ -n "${CI:-}" ]; then
      exit 1
    fi
  fi
fi
