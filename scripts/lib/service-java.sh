# Sourced by scripts/run-local.sh and scripts/bench.sh: the one place that says how a service's JVM is started,
# so the benchmark times start-up exactly as the README's run does.
#
#   service_java_command <service-dir>             sets SERVICE_JAVA (array): the command the README's run uses
#   container_java_command <service-dir>           sets SERVICE_JAVA with the JAVA_OPTS of the service's Dockerfile.jvm
#
# SUITE_ROOT must be set to the repository's root.

service_java_command() {
  local name=$1
  SERVICE_JAVA=(java -jar "$SUITE_ROOT/$name/target/quarkus-app/quarkus-run.jar")
}

container_java_command() {
  local name=$1 opts
  # The image's ENV JAVA_OPTS="..." line, read from the Dockerfile so the two never drift apart.
  opts=$(sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p' "$SUITE_ROOT/$name/src/main/docker/Dockerfile.jvm" | head -n 1)
  # shellcheck disable=SC2206 # word splitting is wanted: JAVA_OPTS is a list of options
  SERVICE_JAVA=(java $opts -jar "$SUITE_ROOT/$name/target/quarkus-app/quarkus-run.jar")
}
