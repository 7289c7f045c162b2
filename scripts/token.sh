#!/usr/bin/env bash
# Prints a development bearer token (RS256, signed with dev-keys/privateKey.pem).
#   scripts/token.sh coordinator
#   scripts/token.sh participant <participant-uuid>
#   scripts/token.sh service
# Options by environment: TOKEN_TTL_SECONDS (default 28800 = 8 hours for people, 300 = 5 minutes for service: the
# longest the services accept), TOKEN_ISSUER (default coproduction-dev), TOKEN_AUDIENCE (default coproduction, the
# deployment's audience every service demands: COPRODUCTION_TOKEN_AUDIENCE).
# Development only: the key is in the repository, so production must verify with its own identity provider's key
# (a service in the prod profile refuses to start with it unless COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true).
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
audience="${TOKEN_AUDIENCE:-coproduction}"
if [ "$role" = service ]; then default_ttl=300; else default_ttl=28800; fi
ttl="${TOKEN_TTL_SECONDS:-$default_ttl}"
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$audience" "$subject" "$subject" "$role" "$now" "$((now + ttl))" "$(openssl rand -hex 12)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
