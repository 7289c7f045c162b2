#!/usr/bin/env bash
# Prints a development bearer token (RS256, signed with dev-keys/privateKey.pem).
#   scripts/token.sh coordinator
#   scripts/token.sh participant <participant-uuid>
#   scripts/token.sh service
# Options by environment: TOKEN_TTL_SECONDS (default 28800 = 8 hours), TOKEN_ISSUER (default coproduction-dev).
# Development only: the key is in the repository, so production must verify with its own identity provider's key.
set -euo pipefail
role="${1:-}"
subject="${2:-}"
case "$role" in
  coordinator|service) subject="${subject:-dev-$role}" ;;
  participant) [ -n "$subject" ] || { echo "usage: $0 participant <participant-uuid>" >&2; exit 2; } ;;
  *) echo "usage: $0 coordinator|participant <id>|service" >&2; exit 2 ;;
esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
key="${TOKEN_SIGN_KEY:-$here/dev-keys/privateKey.pem}"
issuer="${TOKEN_ISSUER:-coproduction-dev}"
ttl="${TOKEN_TTL_SECONDS:-28800}"
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$subject" "$subject" "$role" "$now" "$((now + ttl))" "$(openssl rand -hex 12)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
