# shellcheck shell=bash disable=SC2034 # sourced: its variables are used by the scripts that source it
# Sourced by scripts/run-local.sh and scripts/bench.sh: the one place that says how a service's JVM is started,
# so the benchmark times start-up exactly as the README's run does.
#
#   service_java_command <service-dir>             sets SERVICE_JAVA (array): the command the README's run uses
#   container_java_command <service-dir>           sets SERVICE_JAVA with the JAVA_OPTS of the service's Dockerfile.jvm
#   service_aot_cache <service-dir>                makes <service>/target/quarkus-app/app.aot if a Java 25 is here
#                                                  (service_java_command calls it when the cache is missing or stale)
#   SERVICE_BUILD_OPTIONS (array)                  Maven options for the jars these commands run: aot-jar packaging
#
# SUITE_ROOT must be set to the repository's root.
#
# Why: start-up here is mostly class loading and linking. The services are packaged as Quarkus' aot-jar (set in each
# application.properties), whose classes a Java 25 AOT cache (JEP 483/514/515) can hold, loaded and linked, so a
# start reads them from the cache. With Java 25 (SERVICE_JAVA25_HOME, a `java` that is 25 or later, or a JDK 25 under
# /usr/lib/jvm) the run uses it with the cache; without one it runs the default `java` (17 or later) with the same
# options and no cache. The cache is made for one JDK build and one set of jars: a mismatch only costs the JVM a
# warning and the speed-up, never the start.

# Small services on a small machine: the serial collector (no GC threads), a small heap that grows only as needed,
# only the C1 compiler (C2's compile threads compete with start-up on 2 cores and its code cache is memory),
# smaller thread stacks. Measured in docs/BENCHMARKS.md ("Start-up and memory").
# SERVICE_JAVA_OPTS in the environment replaces them, e.g. without -XX:TieredStopAtLevel=1 for the best peak
# throughput at the cost of a slower start.
# shellcheck disable=SC2206 # word splitting is wanted: a list of options
SERVICE_JVM_OPTIONS=(${SERVICE_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xmx256m -XX:ReservedCodeCacheSize=48m -Xss512k})

# Quarkus' aot-jar puts every class on the JVM's own class path, where an AOT cache can hold it (the default fast-jar
# loads them through Quarkus' class loader, which the cache cannot). test-all.sh keeps the default.
SERVICE_BUILD_OPTIONS=(-Dquarkus.package.jar.type=aot-jar)

# Prints the home of a JDK 25 or later, or nothing.
service_java25_home() {
  local candidate version
  for candidate in "${SERVICE_JAVA25_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
                   /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/java-25*; do
    if [ -z "$candidate" ] || [ ! -x "$candidate/bin/java" ]; then continue; fi
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 0
}

# The AOT cache: a short training start (Quarkus stops it after its build-time initialisation, before connecting to
# anything, so no database is needed) records which classes load; the JVM writes them to app.aot on exit.
service_aot_cache() {
  local name=$1 app java25
  app="$SUITE_ROOT/$name/target/quarkus-app"
  java25=$(service_java25_home)
  [ -n "$java25" ] && [ -f "$app/quarkus-run.jar" ] || return 0
  [ "$app/app.aot" -nt "$app/quarkus-run.jar" ] && return 0
  rm -f "$app/app.aot"
  echo "$name: making its start-up cache (app.aot, once per build)..." >&2
  # The training JVM's exit status is Quarkus' (not 0 after this early stop): the file tells whether it worked.
  (cd "$app" && "$java25/bin/java" -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true \
      "${SERVICE_JVM_OPTIONS[@]}" -jar quarkus-run.jar > "$app/app.aot.log" 2>&1) || true
  [ -f "$app/app.aot" ] ||
    echo "$name: could not make the AOT cache (see $app/app.aot.log); it starts without it" >&2
}

service_java_command() {
  local name=$1 app java25
  app="$SUITE_ROOT/$name/target/quarkus-app"
  java25=$(service_java25_home)
  [ -z "$java25" ] || service_aot_cache "$name"
  if [ -n "$java25" ] && [ -f "$app/app.aot" ]; then
    SERVICE_JAVA=("$java25/bin/java" "-XX:AOTCache=$app/app.aot" "${SERVICE_JVM_OPTIONS[@]}" -jar "$app/quarkus-run.jar")
  else
    SERVICE_JAVA=(java "${SERVICE_JVM_OPTIONS[@]}" -jar "$app/quarkus-run.jar")
  fi
}

container_java_command() {
  local name=$1 opts app java25 java=java
  app="$SUITE_ROOT/$name/target/quarkus-app"
  # The image's ENV JAVA_OPTS="..." line, read from the Dockerfile so the two never drift apart.
  opts=$(sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p' "$SUITE_ROOT/$name/src/main/docker/Dockerfile.jvm" | head -n 1)
  # The image runs Java 25 in the jar's directory with its AOT cache (made in the image); here: the same cache, by
  # its full path, when a Java 25 is present, else the same options without it on the default java.
  java25=$(service_java25_home)
  [ -z "$java25" ] || service_aot_cache "$name"
  if [ -n "$java25" ] && [ -f "$app/app.aot" ]; then
    java="$java25/bin/java"
    opts=${opts//-XX:AOTCache=app.aot/-XX:AOTCache=$app/app.aot}
  else
    opts=${opts//-XX:AOTCache=app.aot/}
  fi
  # shellcheck disable=SC2206 # word splitting is wanted: JAVA_OPTS is a list of options
  SERVICE_JAVA=("$java" $opts -jar "$app/quarkus-run.jar")
}
