#!/usr/bin/env bash
# Type-checks the TypeScript (typescript-fetch) clients generated from the three OpenAPI documents, together with
# suite-tests/src/test/typescript/example.ts, which uses them as a web team would. Run by the suite-tests build after
# generation; needs Node.js (scripts/ensure-node-tools.sh installs the pinned TypeScript).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/ensure-node-tools.sh"
exec "$root/tools/openapi/node_modules/.bin/tsc" -p "$root/suite-tests/src/test/typescript/tsconfig.json"
