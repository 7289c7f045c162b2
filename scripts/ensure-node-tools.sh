#!/usr/bin/env bash
# Installs the pinned Node.js tools of tools/openapi (Redocly CLI, TypeScript) from npm, exactly as locked, unless
# they are already installed at the locked versions. Needs node and npm (Node.js 20 or later).
set -euo pipefail
tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tools/openapi" && pwd)"
if ! command -v npm >/dev/null; then
  echo "npm is needed to lint the OpenAPI documents and type-check the TypeScript client: install Node.js 20+ (Debian: apt-get install -y nodejs npm)." >&2
  exit 1
fi
installed="$tools/node_modules/.package-lock.json"
if [ ! -f "$installed" ] || [ "$tools/package-lock.json" -nt "$installed" ]; then
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi
