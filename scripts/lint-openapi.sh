#!/usr/bin/env bash
# Lints OpenAPI documents with the pinned Redocly CLI (tools/openapi): the recommended-strict rules (every warning is
# an error) plus operationId, a 4xx answer and a defined security scheme on every operation. Exits non-zero on any
# finding. Installs the pinned tools from npm on first use.
#
#   scripts/lint-openapi.sh                     every document in docs/openapi
#   scripts/lint-openapi.sh path/to/doc.yaml    the documents named
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools/openapi"
bash "$root/scripts/ensure-node-tools.sh"
if (($# == 0)); then
  set -- "$root"/docs/openapi/*.yaml
fi
# No telemetry or update check: the build machine reaches only package registries.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec "$tools/node_modules/.bin/redocly" lint --config "$tools/redocly.yaml" "$@"
