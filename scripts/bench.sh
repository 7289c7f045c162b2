#!/usr/bin/env bash
# Runs every benchmark of the suite and rewrites the generated part of docs/BENCHMARKS.md
# (between <!-- bench:begin --> and <!-- bench:end -->; the hand-written sections around it stay).
#
#   scripts/bench.sh              everything (about 20 minutes on 2 cores)
#   scripts/bench.sh --no-build   use the jars built last time (they are built when absent anyway)
#   scripts/bench.sh --quick      1 start-up run each, 5 s load runs, no slot-search or digest benchmark
#   scripts/bench.sh --no-write   print the tables, leave docs/BENCHMARKS.md alone
#
# What it does: installs wrk and pgbench when missing (Debian, needs root), makes sure PostgreSQL runs, builds the
# jars when absent; times each service's start-up to ready (README's command and the container image's JVM options,
# from scripts/lib/service-java.sh); starts the suite on its own ports, seeds it through the API, and runs wrk on
# four calls, each beside pgbench on the same PostgreSQL; then the slot-search and digest benchmarks.
# It stops everything it started on exit, Ctrl-C or failure. Raw output: target/bench/.
#
# Options by environment: BENCH_BASE_PORT (default 28000: services on +81..+84, SMTP +25, its API +26),
# BENCH_DB_PREFIX (default bench_: databases bench_participants, bench_sessions, bench_notifications, bench_pgbench,
# bench_slots, bench_digests), BENCH_PEOPLE (participants seeded, 200..1000, default 600: with 1000 the 62nd seeded session onwards is refused with a 503, see the issue-16 note), BENCH_DIGEST_SIZES (default
# "100 1000 10000"), BENCH_STARTUP_RUNS (default 3, 1 with --quick, 0 to leave start-up out).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bench_env=$(env | grep '^BENCH_' | sort | tr '\n' ' ' || true)
command_line="${bench_env}scripts/bench.sh${*:+ $*}"

build=true quick=false write=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --quick) quick=true ;;
    --no-write) write=false ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

base=${BENCH_BASE_PORT:-28000}
db_prefix=${BENCH_DB_PREFIX:-bench_}
people=${BENCH_PEOPLE:-600}
# A project holds at most 1000 members; an agenda asks for 200 people.
if [ "$people" -lt 200 ] || [ "$people" -gt 1000 ]; then echo "BENCH_PEOPLE must be 200..1000" >&2; exit 2; fi
digest_sizes=${BENCH_DIGEST_SIZES:-100 1000 10000}
services=(participants-service sessions-service notifications-service participant-portal)
declare -A port=([participants-service]=$((base + 81)) [sessions-service]=$((base + 82))
                 [notifications-service]=$((base + 83)) [participant-portal]=$((base + 84)))
smtp_port=$((base + 25))
smtp_api_port=$((base + 26))
if $quick; then startup_runs=1 load_seconds=5 warmup_seconds=3; else startup_runs=3 load_seconds=15 warmup_seconds=5; fi
startup_runs=${BENCH_STARTUP_RUNS:-$startup_runs}
services_timed=("${services[@]}")
# BENCH_STARTUP_RUNS=0 leaves start-up out (to try the rest of the script quickly).
((startup_runs > 0)) || services_timed=()

work="$root/target/bench"
rm -rf "$work"
mkdir -p "$work/seed"
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------------------
# Stop everything started, whatever happens.
pids=()
stop_all() {
  local status=$?
  trap - INT TERM EXIT
  if ((${#pids[@]})); then
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
forget_pid() { # pid: no longer ours to stop
  local keep=() p
  for p in "${pids[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
  pids=("${keep[@]+"${keep[@]}"}")
}
stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  forget_pid "$1"
}

# ---------------------------------------------------------------------------------------------------------------
# Tools.
# Debian puts pgbench beside the server, not always on the PATH.
find_pgbench() {
  local f found
  found=$(command -v pgbench || true)
  for f in /usr/lib/postgresql/*/bin/pgbench; do [ -n "$found" ] || { [ -x "$f" ] && found=$f; }; done
  echo "$found"
}
pgbench_bin=$(find_pgbench)
missing=()
command -v wrk > /dev/null || missing+=(wrk)
[ -n "$pgbench_bin" ] || missing+=(postgresql-contrib)
command -v curl > /dev/null || missing+=(curl)
if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    fail "missing ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' once."
  fi
  log "installing ${missing[*]} (once)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
  pgbench_bin=$(find_pgbench)
  [ -n "$pgbench_bin" ] || fail "pgbench still not found after installing postgresql-contrib"
fi

for p in "${port[@]}" "$smtp_port" "$smtp_api_port"; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then
    fail "port $p is already in use (another run of this script?); set BENCH_BASE_PORT to move all ports"
  fi
done

bash scripts/ensure-postgres.sh > "$work/ensure-postgres.log"
psql_super() { PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 -qtA -h 127.0.0.1 -U postgres -d postgres "$@"; }
fresh_db() { # name: drop and create, owned by the services' role
  psql_super -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\" OWNER coproduction"
}

SUITE_ROOT="$root"
# shellcheck source-path=SCRIPTDIR source=lib/service-java.sh
source "$root/scripts/lib/service-java.sh"

jars_present() {
  local s
  for s in "${services[@]}"; do [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || return 1; done
}
if ! jars_present; then
  $build || log "jars missing: building them although --no-build was given"
  log "building the jars (./mvnw -B -q package -DskipTests -Djacoco.skip=true; a few minutes)"
  ./mvnw -B -q package -DskipTests -Djacoco.skip=true "${SERVICE_BUILD_OPTIONS[@]}" > "$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; fail "build"; }
elif $build; then
  log "building the jars (./mvnw -B -q package -DskipTests -Djacoco.skip=true; --no-build skips this)"
  ./mvnw -B -q package -DskipTests -Djacoco.skip=true "${SERVICE_BUILD_OPTIONS[@]}" > "$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; fail "build"; }
fi

greenmail_version=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml)
greenmail_jar="$HOME/.m2/repository/com/icegreen/greenmail-standalone/$greenmail_version/greenmail-standalone-$greenmail_version.jar"
if [ ! -f "$greenmail_jar" ]; then
  ./mvnw -B -q dependency:get -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" -Dtransitive=false
fi


# ---------------------------------------------------------------------------------------------------------------
# Machine, before.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
ram_gib=$(awk '/^MemTotal/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)
# The JDK the README's command runs (it may pick another than the default java).
service_java_command participants-service
java_version=$("${SERVICE_JAVA[0]}" -version 2>&1 | head -n 3)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain 2>/dev/null | grep -v '^?? target/' || true)" ]; then commit="$commit (with local changes)"; fi
started_at=$(date -u +'%Y-%m-%d %H:%M UTC')

# ---------------------------------------------------------------------------------------------------------------
# Starting one service.
keys="$root/dev-keys"
common=(MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$keys/publicKey.pem" MP_JWT_VERIFY_ISSUER=coproduction-dev
        SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$keys/privateKey.pem" SMALLRYE_JWT_NEW_TOKEN_ISSUER=coproduction-dev
        QUARKUS_DATASOURCE_USERNAME=coproduction QUARKUS_DATASOURCE_PASSWORD=coproduction
        COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true
        PARTICIPANTS_URL="http://localhost:${port[participants-service]}"
        SESSIONS_URL="http://localhost:${port[sessions-service]}"
        NOTIFICATIONS_URL="http://localhost:${port[notifications-service]}"
        PORTAL_URL="http://localhost:${port[participant-portal]}")
service_env() { # service: its own settings, as scripts/run-local.sh gives them
  local db="${db_prefix}${1%-service}"
  case "$1" in
    participants-service|sessions-service)
      echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$db" ;;
    notifications-service)
      printf '%s\n' "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$db" \
        QUARKUS_MAILER_HOST=127.0.0.1 "QUARKUS_MAILER_PORT=$smtp_port" QUARKUS_MAILER_MOCK=false \
        "QUARKUS_MAILER_FROM=Co-production team <team@coproduction.local>" ;;
    participant-portal)
      echo COPRODUCTION_PORTAL_SECURE_COOKIES=false ;;
  esac
}
# Launches SERVICE_JAVA for a service; sets launched_pid and launched_ns (the launch time, ns).
launch() { # service logfile
  local name=$1 logfile=$2 extra=()
  mapfile -t extra < <(service_env "$name")
  launched_ns=$(date +%s%N)
  env "${common[@]}" QUARKUS_HTTP_PORT="${port[$name]}" "${extra[@]}" "${SERVICE_JAVA[@]}" > "$logfile" 2>&1 &
  launched_pid=$!
  pids+=("$launched_pid")
}
# Polls /q/health/ready every 50 ms; prints the milliseconds from launch to the first 200.
wait_ready_ms() { # service logfile
  local name=$1 logfile=$2 deadline code
  deadline=$(($(date +%s) + 300))
  while :; do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:${port[$name]}/q/health/ready" || true)
    if [ "$code" = 200 ]; then
      echo $((($(date +%s%N) - launched_ns) / 1000000))
      return 0
    fi
    if ! kill -0 "$launched_pid" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
      grep -m 3 -E 'ERROR|Caused by' "$logfile" >&2 || true
      log "$name did not become ready; see $logfile"
      return 1
    fi
    sleep 0.05
  done
}
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
started_in() { grep -o 'started in [0-9.]*s' "$1" | head -n 1 | grep -o '[0-9.]*' || echo "?"; }
median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "?"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
met() { # awk condition on $1 -> MET / NOT MET
  if awk -v x="$1" "BEGIN {exit !($2)}"; then echo MET; else echo "NOT MET"; fi
}

for s in participants sessions notifications; do fresh_db "${db_prefix}$s"; done

log "starting the SMTP server (GreenMail) on $smtp_port"
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
     -Dgreenmail.api.port="$smtp_api_port" -Dgreenmail.api.hostname=127.0.0.1 -jar "$greenmail_jar" > "$work/greenmail.log" 2>&1 &
greenmail_pid=$!
pids+=("$greenmail_pid")

# ---------------------------------------------------------------------------------------------------------------
# 1. Start-up, one service at a time (the databases are migrated by a first start that is not counted).
((startup_runs > 0)) && log "migrating the databases (one uncounted start of each service)"
for name in "${services_timed[@]+"${services_timed[@]}"}"; do
  [ "$name" != participant-portal ] || continue
  service_java_command "$name"
  launch "$name" "$work/migrate-$name.log"
  wait_ready_ms "$name" "$work/migrate-$name.log" > /dev/null || fail "$name did not start"
  stop_pid "$launched_pid"
done

startup_rows=()
declare -A ready_after
for name in "${services_timed[@]+"${services_timed[@]}"}"; do
  for kind in service container; do
    readies=() starteds=() rsss=()
    for run in $(seq 1 "$startup_runs"); do
      "${kind}_java_command" "$name"
      logfile="$work/startup-$name-$kind-$run.log"
      launch "$name" "$logfile"
      ms=$(wait_ready_ms "$name" "$logfile") || fail "$name did not start"
      rss=$(rss_mb "$launched_pid")
      stop_pid "$launched_pid"
      readies+=("$(awk -v m="$ms" 'BEGIN {printf "%.2f", m / 1000}')")
      starteds+=("$(started_in "$logfile")")
      rsss+=("$rss")
      log "start-up $name ($kind command) run $run: ready after ${readies[-1]} s, 'started in ${starteds[-1]}s', RSS $rss MB"
    done
    r=$(printf '%s\n' "${readies[@]}" | median)
    st=$(printf '%s\n' "${starteds[@]}" | median)
    rs=$(printf '%s\n' "${rsss[@]}" | median)
    [ "$kind" = service ] && ready_after[$name]=$rs
    "${kind}_java_command" "$name"
    startup_rows+=("| $name | \`${SERVICE_JAVA[*]//$root\//}\` | **$r** ($(IFS=/; echo "${readies[*]}")) | $st | $rs | $(met "$r" 'x < 3') |")
  done
done

# ---------------------------------------------------------------------------------------------------------------
# 2. The suite as the README runs it, seeded through its API.
log "starting the suite (README's command) on ${port[participants-service]}-${port[participant-portal]}"
declare -A suite_pid
# One after the other: on a busy machine four JVMs starting at once can time out on their first connection.
for name in "${services[@]}"; do
  service_java_command "$name"
  for attempt in 1 2; do
    launch "$name" "$work/suite-$name-$attempt.log"
    if wait_ready_ms "$name" "$work/suite-$name-$attempt.log" > /dev/null; then break; fi
    stop_pid "$launched_pid"
    [ "$attempt" = 1 ] || fail "$name did not start twice"
    log "starting $name again"
  done
  suite_pid[$name]=$launched_pid
done

P="http://127.0.0.1:${port[participants-service]}"
S="http://127.0.0.1:${port[sessions-service]}"
coordinator=$(scripts/token.sh coordinator)
call() { # method url body -> response body; fails on an error status (a 5xx is tried again: see post_many)
  local out status attempt
  out=$(mktemp)
  for attempt in 1 2 3 4 5; do
    status=$(curl -sS -o "$out" -w '%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $coordinator" \
             -H 'Content-Type: application/json' --data-binary "$3" || echo 000)
    [ "$status" -ge 500 ] || [ "$status" = 000 ] || break
    log "seeding: $1 $2 answered $status (attempt $attempt)"
    sleep 3
  done
  if [ "$status" -ge 400 ] || [ "$status" = 000 ]; then fail "seeding: $1 $2 answered $status: $(head -c 500 "$out")"; fi
  cat "$out"; rm -f "$out"
}
id_of() { sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p'; }
# Many POSTs of one kind at once: one curl, several requests in flight; every answer must end up a 201. A busy
# machine can make one service's call to another time out (503): those are sent again, one at a time.
post_many() { # url dir(with N.json bodies) in-flight -> dir/N.out answers
  local url=$1 dir=$2 parallel=$3 f n status
  : > "$dir/curl.cfg"
  for f in "$dir"/*.json; do
    n=$(basename "$f" .json)
    # "next" separates transfers (each then needs its own options); none after the last.
    [ -s "$dir/curl.cfg" ] && echo next >> "$dir/curl.cfg"
    printf 'url = "%s"\nrequest = "POST"\nsilent\nshow-error\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "%s"\n' \
      "$url" "$coordinator" "$f" "$dir/$n.out" >> "$dir/curl.cfg"
  done
  curl --parallel --parallel-max "$parallel" -K "$dir/curl.cfg" > /dev/null 2> "$dir/curl.err" || true
  for f in "$dir"/*.json; do
    n=$(basename "$f" .json)
    # Patiently: a caller's circuit breaker opened by those timeouts stays open for some seconds.
    for attempt in 1 2 3 4 5 6 7 8; do
      grep -q '^{"id":' "$dir/$n.out" 2> /dev/null && break
      if [ "$attempt" -eq 8 ]; then
        # One lost seed item changes no measurement; say it and go on rather than lose the run.
        log "seeding: gave up on $n at $url: $(head -c 300 "$dir/$n.out")"
        break
      fi
      sleep 5
      status=$(curl -sS -o "$dir/$n.out" -w '%{http_code}' -X POST "$url" -H "Authorization: Bearer $coordinator" \
               -H 'Content-Type: application/json' --data-binary "@$f" || true)
      log "seeding: sent $n again, answered $status"
    done
  done
}

log "seeding $people participants through POST /participants"
stamp=$(date +%s)
zones=(Europe/London Europe/Berlin America/New_York Asia/Kolkata Europe/London)
needs=('[]' '["STEP_FREE_ACCESS"]' '["BSL_INTERPRETER"]' '["QUIET_SPACE", "REGULAR_BREAKS"]' '["EASY_READ"]' '["CAPTIONS"]')
formats=(HTML LARGE_PRINT PLAIN_TEXT HTML)
mkdir -p "$work/seed/participants"
for i in $(seq 1 "$people"); do
  cat > "$work/seed/participants/$i.json" <<JSON
{"name": "Seeded Person $i", "preferredName": "Person $i", "email": "seed.$stamp.$i@bench.example.org",
 "role": "LIVED_EXPERIENCE", "timeZone": "${zones[i % 5]}", "accessNeeds": {"needs": ${needs[i % 6]}},
 "financialSupport": {"paymentForTime": "WANTS_PAYMENT", "travel": true, "childcare": false, "meals": true},
 "language": {"preferred": "en"}, "communication": {"digestFrequency": "WEEKLY", "digestDay": "MONDAY", "format": "${formats[i % 4]}"},
 "availability": {"weekly": [{"day": "MONDAY", "start": "18:00", "end": "20:30"}, {"day": "WEDNESDAY", "start": "18:00", "end": "20:30"}], "minNoticeDays": 7}}
JSON
done
post_many "$P/participants" "$work/seed/participants" 8
mapfile -t ids < <(cat "$work/seed/participants"/*.out | grep -o '"id":"[0-9a-f-]*"' | head -n "$people" | cut -d'"' -f4)
[ "${#ids[@]}" -eq "$people" ] || fail "seeding: got ${#ids[@]} participant ids, wanted $people"
quoted_ids() { printf '"%s", ' "$@" | sed 's/, $//'; }

log "seeding a project of $people members, a venue and sessions with 50 invitees each"
project=$(call POST "$S/projects" "{\"name\": \"Benchmark project\", \"purpose\": \"Seeded by scripts/bench.sh\", \"memberIds\": [$(quoted_ids "${ids[@]}")]}" | id_of)
[ -n "$project" ] || fail "seeding: no project id"
venue=$(call POST "$S/venues" '{"name": "Online meeting room", "format": "ONLINE", "features": ["CAPTIONS", "PHONE_DIAL_IN"]}' | id_of)
sessions_count=$((people / 10))
mkdir -p "$work/seed/sessions"
for k in $(seq 0 $((sessions_count - 1))); do
  invitees=()
  for j in $(seq 0 49); do invitees+=("${ids[$(((k * 50 + j) % people))]}"); done
  day=$(date -u -d "+$((14 + k % 70)) days" +%Y-%m-%d)
  cat > "$work/seed/sessions/$k.json" <<JSON
{"projectId": "$project", "title": "Seeded session $k", "purpose": "Benchmark", "type": "MEETING", "format": "ONLINE",
 "venueId": "$venue", "joiningLink": "https://meet.example.org/bench-$k", "start": "${day}T18:00:00Z", "end": "${day}T19:30:00Z",
 "timeZone": "Europe/London", "invitees": [$(quoted_ids "${invitees[@]}")], "arrangements": {"captions": true, "breaks": true}}
JSON
done
post_many "$S/sessions" "$work/seed/sessions" 2
call POST "$S/projects/$project/updates" '{"title": "New room booked", "body": "We found a room near the station with step-free access."}' > /dev/null

# The invitations the sessions send go out through notifications-service and the SMTP server: wait until the
# suite is quiet (under 5 % of a core over 3 s, at most 5 minutes) so they do not run during the measurements.
cpu_ticks() { local p t=0; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
log "waiting for the invitations to be sent (suite quiet)"
hz=$(getconf CLK_TCK)
quiet_deadline=$(($(date +%s) + 300))
while :; do
  a=$(cpu_ticks "${pids[@]}"); sleep 3; b=$(cpu_ticks "${pids[@]}")
  if [ $(((b - a) * 100 / hz / 3)) -lt 5 ] || [ "$(date +%s)" -ge "$quiet_deadline" ]; then break; fi
done

# ---------------------------------------------------------------------------------------------------------------
# 3. Load: each wrk run beside pgbench on the same PostgreSQL, right before and right after.
fresh_db "${db_prefix}pgbench"
pg_url=(-h 127.0.0.1 -U postgres "${db_prefix}pgbench")
log "pgbench -i -s 10 on ${db_prefix}pgbench"
"$pgbench_bin" -i -s 10 -q "${pg_url[@]}" > "$work/pgbench-init.log" 2>&1 || { cat "$work/pgbench-init.log" >&2; fail "pgbench -i"; }
psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres -d "${db_prefix}pgbench" \
  -c 'create table bench_insert (id bigserial primary key, payload text not null, created_at timestamptz not null default now())'
pgbench_tps() { # label extra-args... -> tps
  local label=$1; shift
  "$pgbench_bin" -n -c 16 -j 2 -T "$load_seconds" "$@" "${pg_url[@]}" > "$work/pgbench-$label.log" 2>&1 \
    || { cat "$work/pgbench-$label.log" >&2; fail "pgbench $label"; }
  sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench-$label.log" | head -n 1
}
run_wrk() { # label url -- with BENCH_* in the environment; prints the BENCH line's fields
  local label=$1 url=$2; shift 2
  BENCH_STAMP="w$(date +%s%N)" wrk -t2 -c16 -d"${warmup_seconds}s" -s scripts/bench/requests.lua "$@" "$url" > "$work/wrk-$label-warmup.log" 2>&1 || true
  BENCH_STAMP="m$(date +%s%N)" wrk -t2 -c16 -d"${load_seconds}s" --timeout 10s --latency -s scripts/bench/requests.lua "$@" "$url" > "$work/wrk-$label.log" 2>&1 \
    || { cat "$work/wrk-$label.log" >&2; fail "wrk $label"; }
  grep '^BENCH ' "$work/wrk-$label.log" | tail -n 1 | sed 's/^BENCH //'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
load_rows=()
measure() { # label call-description reference(read|write) people-per-request url wrk-args...
  local label=$1 what=$2 ref=$3 per=$4 url=$5; shift 5
  local before after tps result rps ratio p50 p99 errs target p99_met errs_met
  if [ "$ref" = read ]; then
    before=$(pgbench_tps "$label-before" -S)
  else
    before=$(pgbench_tps "$label-before" -f scripts/bench/insert.sql)
  fi
  log "wrk $what"
  result=$(run_wrk "$label" "$url" "$@")
  [ -n "$result" ] || fail "wrk $label printed no result; see $work/wrk-$label.log"
  if [ "$ref" = read ]; then
    after=$(pgbench_tps "$label-after" -S)
  else
    after=$(pgbench_tps "$label-after" -f scripts/bench/insert.sql)
  fi
  tps=$(awk -v a="$before" -v b="$after" 'BEGIN {printf "%.0f", (a + b) / 2}')
  rps=$(field "$result" rps); p50=$(field "$result" p50_ms); p99=$(field "$result" p99_ms)
  errs=$(($(field "$result" non2xx) + $(field "$result" socket_errors)))
  p99_met=$(met "$p99" 'x < 50') errs_met=$(met "$errs" 'x == 0')
  # No answer at all within the run is a failure, not a clean run with no latency.
  if [ "$(field "$result" requests)" = 0 ]; then
    errs="$errs (none answered in ${load_seconds} s)" p50=- p99=- p99_met="NOT MET" errs_met="NOT MET"
  fi
  ratio=$(awk -v r="$rps" -v n="$per" -v t="$tps" 'BEGIN {printf "%.1f", 100 * r * n / t}')
  if [ "$ref" = read ]; then target=50; else target=40; fi
  log "  $rps req/s, p50 $p50 ms, p99 $p99 ms, $errs errors; pgbench $before / $after tps: $ratio %"
  load_rows+=("| $what | $(printf '%.0f' "$rps") | $p50 | $p99 | $errs | $(printf '%.0f' "$before") / $(printf '%.0f' "$after") ($([ "$ref" = read ] && echo '-S' || echo insert)) | **$ratio %** | $(met "$ratio" "x >= $target") (>= $target %) | $p99_met | $errs_met |")
}

printf '/participants/%s\n' "${ids[@]}" > "$work/paths-participants"
printf '/sessions?participantId=%s\n' "${ids[@]}" > "$work/paths-sessions"
since=$(date -u -d '-30 days' +%Y-%m-%dT08:00:00Z)
printf '{"participantIds": [%s], "since": "%s"}' "$(quoted_ids "${ids[@]:0:200}")" "$since" > "$work/agenda-body.json"

BENCH_PATHS="$work/paths-participants" measure get-participant 'GET /participants/{id} (coordinator: audited)' read 1 \
  "$P" -H "Authorization: Bearer $coordinator"
BENCH_EMAIL=1 measure post-participant 'POST /participants' write 1 "$P/participants" -H "Authorization: Bearer $coordinator"
BENCH_PATHS="$work/paths-sessions" measure get-sessions 'GET /sessions?participantId= (coordinator)' read 1 \
  "$S" -H "Authorization: Bearer $coordinator"
# A service token lives 5 minutes: sign it just before its run.
BENCH_BODY="$work/agenda-body.json" measure post-agendas 'POST /agendas, 200 people (service; ratio counts people)' read 200 \
  "$S/agendas" -H "Authorization: Bearer $(scripts/token.sh service)"
# One answer, to show the page sizes measured.
page_items=$(curl -s -H "Authorization: Bearer $coordinator" "$S/sessions?participantId=${ids[0]}" | grep -o '"total":[0-9]*' | cut -d: -f2)

rss_rows=()
for name in "${services[@]}"; do
  after=$(rss_mb "${suite_pid[$name]}")
  rss_rows+=("| $name | ${ready_after[$name]:-} | $after | $(met "$after" 'x < 200') |")
done
for name in "${services[@]}"; do stop_pid "${suite_pid[$name]}"; done
stop_pid "$greenmail_pid"

# ---------------------------------------------------------------------------------------------------------------
# 4. The benchmarks that already exist: slot search (sessions-service) and digest runs (notifications-service).
slot_md="" digest_rows=() digest_linear="?"
if ! $quick; then
  fresh_db "${db_prefix}slots"
  log "slot-search benchmark (./mvnw -B -pl sessions-service test -Pbenchmark)"
  if ./mvnw -B -pl sessions-service test -Pbenchmark -Djacoco.skip=true \
       "-D%test.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/${db_prefix}slots" > "$work/slot-benchmark.log" 2>&1; then
    slot_md=$(awk '/^(Slot computation alone|Whole POST)/ {print ""; print $0; print ""; next} /^\|/ {print}' "$work/slot-benchmark.log")
  else
    slot_md="The slot-search benchmark failed in this run; see target/bench/slot-benchmark.log."
  fi
  for n in $digest_sizes; do
    log "digest benchmark, $n people (notifications-service/bench/run-benchmark.sh $n)"
    # Its ports and database moved into this script's range; its last line is "BENCH digests <n> key=value ...".
    # (the suite and its SMTP server are stopped by now, so their ports are free again).
    if BENCH_SERVICE_PORT=${port[notifications-service]} BENCH_STUB_PORT=${port[participants-service]} \
       BENCH_SMTP_PORT=$smtp_port BENCH_GREENMAIL_API_PORT=$smtp_api_port BENCH_DB="${db_prefix}digests" \
       bash notifications-service/bench/run-benchmark.sh "$n" > "$work/digest-$n.log" 2>&1 \
       && d=$(grep '^BENCH digests ' "$work/digest-$n.log" | tail -n 1) && [ -n "$d" ]; then
      digest_rows+=("| $n | $(field "$d" sent) | $(field "$d" elapsed_s) | $(field "$d" digests_per_s) | $(field "$d" per_digest_ms) | $(field "$d" peak_heap_mb) | $(field "$d" calls) ($(field "$d" calls_by | tr ',' ' ')) | $(field "$d" second_run_sent) |")
    else
      digest_rows+=("| $n | failed: see target/bench/digest-$n.log | | | | | | |")
    fi
  done
  # Linear or better: the time per digest at the largest size at most 1.25 times that at the one before.
  digest_linear=$(printf '%s\n' "${digest_rows[@]}" | awk -F'|' '$6 ~ /[0-9]/ {prev = last; last = $6 + 0} END {if (prev > 0) print (last <= 1.25 * prev ? "MET" : "NOT MET"); else print "?"}')
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------------------
# 5. The generated part of docs/BENCHMARKS.md.
generated="$work/generated.md"
{
  echo "<!-- bench:begin -->"
  echo "<!-- Generated by scripts/bench.sh: edit the script, not this part. -->"
  echo "## Latest run of \`scripts/bench.sh\`"
  echo
  echo "- Run: $started_at, commit \`$commit\`, command \`$command_line\`"
  echo "- Machine: $(nproc) cores, $cpu_model, $ram_gib GiB RAM; load average (1/5/15 min) $load_before before, $load_after after"
  echo "- Java: \`$(echo "$java_version" | head -n 1)\` ($(echo "$java_version" | sed -n 3p))"
  echo
  echo "### Start-up, one service at a time"
  echo
  echo "From launch to the first \`200\` of \`/q/health/ready\` (polled every 50 ms), median of $startup_runs (each run in"
  echo "brackets); \"started in\" is what Quarkus prints; resident memory (VmRSS) just after ready. Target: ready in under 3 s."
  echo
  if ((${#startup_rows[@]})); then
    echo "| service | command | ready (s) | \"started in\" (s) | RSS after ready (MB) | under 3 s |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${startup_rows[@]}"
  else
    echo "Not measured in this run (BENCH_STARTUP_RUNS=0)."
  fi
  echo
  echo "### Throughput beside PostgreSQL's own"
  echo
  echo "\`wrk -t2 -c16 -d${load_seconds}s --latency\` (after a ${warmup_seconds} s warm-up) against the suite as the README runs it"
  echo "(prod profile), seeded through the API with $people participants in one project and $sessions_count sessions of 50"
  echo "invitees (a \`GET /sessions?participantId=\` page holds $page_items sessions). Any answer outside 2xx is an error."
  echo "Reference: \`pgbench -c 16 -j 2 -T $load_seconds\` over TCP on the same PostgreSQL right before and after each wrk run:"
  echo "\`-S\` (select-only) for reads, \`scripts/bench/insert.sql\` (one insert of about 512 bytes) for writes; the ratio is"
  echo "against their mean. \`POST /agendas\` reads for 200 people at once, so its ratio counts people per second."
  echo "Targets: reads >= 50 %, writes >= 40 % of the reference, p99 under 50 ms, no errors."
  echo
  echo "| call | req/s | p50 (ms) | p99 (ms) | errors | pgbench tps before / after | ratio | ratio target | p99 < 50 ms | no errors |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${load_rows[@]}"
  echo
  echo "### Resident memory"
  echo
  echo "VmRSS of each service run with the README's command: just after ready (median of the start-up runs) and after the"
  echo "load runs above. Target: under 200 MB after load."
  echo
  echo "| service | after ready (MB) | after load (MB) | under 200 MB |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rss_rows[@]}"
  if ! $quick; then
    echo
    echo "### Slot search (sessions-service)"
    echo
    echo "\`./mvnw -B -pl sessions-service test -Pbenchmark\`, milliseconds:"
    echo "$slot_md"
    echo
    echo "### Digest runs (notifications-service)"
    echo
    echo "\`notifications-service/bench/run-benchmark.sh N\` for N = $digest_sizes (SMTP server and the other services"
    echo "stood in, see below). Linear growth means the time per person stays flat as N grows."
    echo
    echo "| people | sent | elapsed (s) | digests/s | ms per digest | peak heap (MB) | calls to the other services | sent by a second run |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${digest_rows[@]}"
    echo
    echo "No faster than linear (ms per digest at the largest size at most 1.25 x the size before): **$digest_linear**"
  fi
  echo "<!-- bench:end -->"
} > "$generated"

cat "$generated"
if $write; then
  doc=docs/BENCHMARKS.md
  if grep -q '<!-- bench:begin -->' "$doc" && grep -q '<!-- bench:end -->' "$doc"; then
    awk -v gen="$generated" '
      /<!-- bench:begin -->/ {while ((getline line < gen) > 0) print line; skip = 1; next}
      /<!-- bench:end -->/ {skip = 0; next}
      !skip {print}' "$doc" > "$work/BENCHMARKS.md"
  else
    # First run: the generated part goes after the title and its introduction.
    awk -v gen="$generated" '
      !done && /^## / {while ((getline line < gen) > 0) print line; print ""; done = 1}
      {print}
      END {if (!done) while ((getline line < gen) > 0) print line}' "$doc" > "$work/BENCHMARKS.md"
  fi
  cp "$work/BENCHMARKS.md" "$doc"
  log "docs/BENCHMARKS.md rewritten"
fi
log "done"
