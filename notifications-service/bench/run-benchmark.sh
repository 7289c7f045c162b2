#!/usr/bin/env bash
# Digest-run benchmark (issue 4): N participants (default 10,000) against a local SMTP server (GreenMail
# standalone, its own JVM), participants-service and sessions-service stood in by bench/BenchStub.java.
# Not part of the test run. Builds nothing: run `./mvnw -B -pl notifications-service package -DskipTests` first.
#   notifications-service/bench/run-benchmark.sh [PEOPLE]
# Needs PostgreSQL on 127.0.0.1:5432; creates database notifications_bench (via the postgres superuser, like
# scripts/ensure-postgres.sh) and empties it at start. Ports: 18083 service, 18090 stub, 3525 SMTP, 18025 GreenMail API;
# each can be moved by environment (BENCH_SERVICE_PORT, BENCH_STUB_PORT, BENCH_SMTP_PORT, BENCH_GREENMAIL_API_PORT), and
# so can the database (BENCH_DB), so two runs, or a run beside a local suite, do not collide.
# The last line is machine-readable for scripts/bench.sh:
#   BENCH digests <people> elapsed_s=.. digests_per_s=.. per_digest_ms=.. peak_heap_mb=.. calls=.. sent=.. ...
set -euo pipefail
PEOPLE="${1:-10000}"
HEAP="${BENCH_HEAP:-256m}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18083}"
STUB_PORT="${BENCH_STUB_PORT:-18090}"
SMTP_PORT="${BENCH_SMTP_PORT:-3525}"
API_PORT="${BENCH_GREENMAIL_API_PORT:-18025}"
DB="${BENCH_DB:-notifications_bench}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(cd "$here/.." && pwd)"
root="$(cd "$module/.." && pwd)"
work="$module/target/bench"
mkdir -p "$work"
greenmail_version=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$root/pom.xml")
greenmail_jar="${GREENMAIL_JAR:-$HOME/.m2/repository/com/icegreen/greenmail-standalone/$greenmail_version/greenmail-standalone-$greenmail_version.jar}"
[ -f "$module/target/quarkus-app/quarkus-run.jar" ] || { echo "build first: ./mvnw -B -pl notifications-service package -DskipTests" >&2; exit 1; }
if [ ! -f "$greenmail_jar" ] && [ -z "${GREENMAIL_JAR:-}" ]; then
  (cd "$root" && ./mvnw -B -q dependency:get -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" -Dtransitive=false)
fi
[ -f "$greenmail_jar" ] || { echo "GreenMail standalone jar not found at $greenmail_jar (set GREENMAIL_JAR)" >&2; exit 1; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

if [ "$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname='$DB'")" != "1" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $DB owner coproduction"
fi
PGPASSWORD=coproduction psql -h 127.0.0.1 -U coproduction -d "$DB" -qc 'drop schema public cascade; create schema public;'

java -Xmx1g -XX:+UseParallelGC -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
     -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.port="$API_PORT" -jar "$greenmail_jar" > "$work/greenmail.log" 2>&1 &
greenmail=$!
pids+=($greenmail)
java "$here/BenchStub.java" "$STUB_PORT" "$PEOPLE" > "$work/stub.log" 2>&1 &
stub=$!
pids+=($stub)

QUARKUS_HTTP_PORT="$SERVICE_PORT" \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/dev-keys/publicKey.pem" \
COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true \
SMALLRYE_JWT_SIGN_KEY_LOCATION="$root/dev-keys/privateKey.pem" \
PARTICIPANTS_URL="http://127.0.0.1:$STUB_PORT" SESSIONS_URL="http://127.0.0.1:$STUB_PORT" \
QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT" QUARKUS_MAILER_START_TLS=DISABLED \
NOTIFICATIONS_SCHEDULE_DIGEST_EVERY=off NOTIFICATIONS_SCHEDULE_RETRY_EVERY=off \
NOTIFICATIONS_SCHEDULE_RETENTION_EVERY=off NOTIFICATIONS_REMINDER_EVERY=off \
QUARKUS_LOG_LEVEL=WARN NOTIFICATIONS_DELIVERY_SEND_CONCURRENCY="${BENCH_SEND_CONCURRENCY:-4}" \
java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar "$module/target/quarkus-app/quarkus-run.jar" > "$work/service.log" 2>&1 &
service=$!
pids+=($service)

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$SERVICE_PORT/q/health/ready" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$STUB_PORT/__stats" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$SERVICE_PORT/q/health/ready" >/dev/null || { echo "service did not start; see $work/service.log" >&2; exit 1; }
token="$("$root/scripts/token.sh" coordinator)"

# Heap in use sampled every 200 ms while the run goes (eden + survivors + old, in KB).
jstat -gc "$service" 200 > "$work/jstat.log" 2>&1 &
jstat_pid=$!
pids+=($jstat_pid)

cpu() { echo "service=$(ps -o times= -p "$service" | tr -d ' ')s greenmail=$(ps -o times= -p "$greenmail" | tr -d ' ')s stub=$(ps -o times= -p "$stub" | tr -d ' ')s"; }
cpu_before=$(cpu)
load_before=$(cut -d' ' -f1 /proc/loadavg)
start=$(date +%s.%N)
run=$(curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' \
      "http://127.0.0.1:$SERVICE_PORT/digests/runs" | sed -E 's/.*"id":"([^"]+)".*/\1/')
while true; do
  state=$(curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$SERVICE_PORT/digests/runs/$run")
  case "$state" in *'"status":"COMPLETED"'*|*'"status":"ABORTED"'*|*'"status":"WAITING"'*) break ;; esac
  sleep 0.2
done
end=$(date +%s.%N)
kill "$jstat_pid" 2>/dev/null || true
cpu_after=$(cpu)
load_after=$(cut -d' ' -f1 /proc/loadavg)

sent=$(echo "$state" | sed -E 's/.*"sent":([0-9]+).*/\1/')
elapsed=$(echo "$end - $start" | bc -l)
peak_kb=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%d", m}' "$work/jstat.log")
rate=$(echo "$sent / $elapsed" | bc -l)
recipients=$(curl -fs "http://127.0.0.1:$API_PORT/api/user" | grep -o '"login"' | wc -l || echo "?")

echo "run:          $state"
printf 'people:       %s\nsent:         %s\nelapsed:      %.1f s\nrate:         %.0f digests/s\n' "$PEOPLE" "$sent" "$elapsed" "$rate"
printf 'peak heap:    %.0f MB in use (max heap -Xmx%s)\n' "$(echo "$peak_kb / 1024" | bc -l)" "$HEAP"
# The run's own calls, before the second run adds its page of people.
stats=$(curl -fs "http://127.0.0.1:$STUB_PORT/__stats" || echo '{}')
echo "calls:        $stats"
echo "SMTP mailboxes (distinct recipients) at GreenMail: $recipients"
echo "CPU seconds used, before the run: $cpu_before"
echo "CPU seconds used, after the run:  $cpu_after"
echo "load average (1 min) before: $load_before after: $load_after (other builds share these $(nproc) cores)"

# Idempotence under load: a second run straight after finds nobody due.
run2=$(curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' \
      "http://127.0.0.1:$SERVICE_PORT/digests/runs" | sed -E 's/.*"id":"([^"]+)".*/\1/')
for _ in $(seq 1 300); do
  state2=$(curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$SERVICE_PORT/digests/runs/$run2")
  case "$state2" in *'"status":"COMPLETED"'*|*'"status":"ABORTED"'*) break ;; esac
  sleep 0.2
done
echo "second run:   $state2"

# One machine-readable line (scripts/bench.sh greps ^BENCH): calls = the first run's calls to the two stand-ins.
calls=$(echo "$stats" | grep -oE ':[0-9]+' | tr -d ':' | awk '{s+=$1} END {print s+0}')
calls_by=$(echo "$stats" | tr -d '{}" ' | tr ':' '=' | sed -E 's#(GET|POST)/#\1_#g; s#/#_#g')
service_cpu_s=$(( $(ps -o times= -p "$service" | tr -d ' ') - $(echo "$cpu_before" | sed -E 's/^service=([0-9]+)s.*/\1/') ))
second_sent=$(echo "${state2:-}" | sed -nE 's/.*"sent":([0-9]+).*/\1/p')
LC_ALL=C printf 'BENCH digests %s elapsed_s=%.1f digests_per_s=%.0f per_digest_ms=%.2f peak_heap_mb=%.0f calls=%s sent=%s mailboxes=%s service_cpu_s=%s second_run_sent=%s load_before=%s load_after=%s calls_by=%s\n' \
  "$PEOPLE" "$elapsed" "$rate" "$(echo "$elapsed * 1000 / $sent" | bc -l)" "$(echo "$peak_kb / 1024" | bc -l)" \
  "$calls" "$sent" "$recipients" "$service_cpu_s" "${second_sent:-?}" "$load_before" "$load_after" "$calls_by"
