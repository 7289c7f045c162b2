#!/usr/bin/env bash
# Runs the whole suite on this machine without Docker:
# builds the services, prepares the local PostgreSQL, starts an SMTP server that keeps what it receives
# (GreenMail standalone), starts the three services wired to each other, waits until all are ready,
# prints where everything is and a coordinator token, and stops everything on Ctrl-C.
#
#   scripts/run-local.sh            build and run
#   scripts/run-local.sh --no-build run what was built last time
#   scripts/run-local.sh --demo     also load a small co-production project (scripts/demo-data.sh)
#
# Ports: 8081 participants, 8082 sessions, 8083 notifications, 8084 participant portal, 3025 SMTP, 18025 mailbox API.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build=true
demo=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --demo) demo=true ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

SUITE_ROOT="$root"
# shellcheck source=lib/service-java.sh
source "$root/scripts/lib/service-java.sh"

logs="$root/target/run-local"
mkdir -p "$logs"
pids=()
stop_all() {
  trap - INT TERM EXIT
  if ((${#pids[@]})); then
    echo
    echo "Stopping the suite..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

for port in 8081 8082 8083 8084 3025 18025; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use; stop whatever runs there (another run of this script?) and try again." >&2
    exit 1
  fi
done

bash scripts/ensure-postgres.sh

if $build; then
  echo "Building the services (first build downloads dependencies; a few minutes)..."
  ./mvnw -B -q package -DskipTests "${SERVICE_BUILD_OPTIONS[@]}"
fi
# With a Java 25 here, each service gets its start-up cache once per build (scripts/lib/service-java.sh says why).
for name in participants-service sessions-service notifications-service participant-portal; do
  service_aot_cache "$name"
done

# One place for the version: the root pom.
greenmail_version=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml)
greenmail_jar="$HOME/.m2/repository/com/icegreen/greenmail-standalone/$greenmail_version/greenmail-standalone-$greenmail_version.jar"
if [ ! -f "$greenmail_jar" ]; then
  ./mvnw -B -q dependency:get -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" -Dtransitive=false
fi

keys="$root/dev-keys"
common=(MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$keys/publicKey.pem" MP_JWT_VERIFY_ISSUER=coproduction-dev
        SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$keys/privateKey.pem" SMALLRYE_JWT_NEW_TOKEN_ISSUER=coproduction-dev
        QUARKUS_DATASOURCE_USERNAME=coproduction QUARKUS_DATASOURCE_PASSWORD=coproduction
        COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true
        PARTICIPANTS_URL=http://localhost:8081 SESSIONS_URL=http://localhost:8082 NOTIFICATIONS_URL=http://localhost:8083
        PORTAL_URL=http://localhost:8084)

echo "Starting the SMTP server (GreenMail) on 3025..."
java -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
     -Dgreenmail.api.port=18025 -Dgreenmail.api.hostname=127.0.0.1 -jar "$greenmail_jar" > "$logs/greenmail.log" 2>&1 &
pids+=($!)

start_service() {
  local name=$1 port=$2
  shift 2
  echo "Starting $name on $port..."
  service_java_command "$name"
  env "${common[@]}" QUARKUS_HTTP_PORT="$port" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/${name%-service}" "$@" \
      "${SERVICE_JAVA[@]}" > "$logs/$name.log" 2>&1 &
  pids+=($!)
}
start_service participants-service 8081
start_service sessions-service 8082
start_service notifications-service 8083 QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=3025 \
  QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_FROM="Co-production team <team@coproduction.local>"
# Plain http on this machine: the session cookie cannot be Secure here (it is by default, behind TLS).
start_service participant-portal 8084 COPRODUCTION_PORTAL_SECURE_COOKIES=false

wait_ready() {
  local name=$1 url=$2
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  echo "$name did not become ready; see $logs/$name.log" >&2
  tail -n 30 "$logs/$name.log" >&2 || true
  exit 1
}
wait_ready greenmail http://127.0.0.1:18025/api/service/readiness
wait_ready participants-service http://localhost:8081/q/health/ready
wait_ready sessions-service http://localhost:8082/q/health/ready
wait_ready notifications-service http://localhost:8083/q/health/ready
wait_ready participant-portal http://localhost:8084/q/health/ready

if $demo; then
  bash scripts/demo-data.sh
fi

cat <<INFO

The co-production suite is running.
  participants-service   http://localhost:8081/q/swagger-ui
  sessions-service       http://localhost:8082/q/swagger-ui
  notifications-service  http://localhost:8083/q/swagger-ui
  participant portal     http://localhost:8084 (people sign in with the link in any email they get; ask for one there)
  mailbox (GreenMail)    SMTP 127.0.0.1:3025, a person's mail at http://127.0.0.1:18025/api/user/<email>/messages/INBOX (API browser: http://127.0.0.1:18025)
  logs                   $logs

Coordinator token (valid 8 hours; paste into "Authorize" in Swagger UI):
$(scripts/token.sh coordinator)

Press Ctrl-C to stop everything.
INFO
wait "${pids[@]}"
