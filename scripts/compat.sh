#!/usr/bin/env bash
# Runs glue-labels' compatibility lanes — Java, Maven and JUnit versions — and records each result in
# docs/COMPATIBILITY.md (date, lane, command, result). The README's matrix is read from that file.
#
#   scripts/compat.sh            every lane (about an hour on 2 cores)
#   scripts/compat.sh LANE...    some lanes, e.g. scripts/compat.sh full-java25-maven3.9.16-junit5
#   scripts/compat.sh --list     the lanes
#
# A "full" lane is the whole build, `verify`: every module's tests, the plugin's invoker builds and every example.
# An "examples" lane installs glue-labels into a scratch local repository with the wrapper and Java 17, then builds the
# quickstart and junit-tests examples with the lane's Java, Maven and JUnit, as a user would.
#
# Environment: JAVA17_HOME, JAVA25_HOME (JDKs), MAVEN_387 (the machine's Maven 3.8.7, default `mvn`),
# GLUE_LABELS_COMPAT_CACHE (where Maven 4 is unpacked and the scratch repository lives; default
# ~/.cache/glue-labels-compat, outside the repository). Logs: target/compat/<lane>.log.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

java17=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
maven387=${MAVEN_387:-mvn}
maven4_version=4.0.0-rc-5
junit6_version=6.1.3
cache=${GLUE_LABELS_COMPAT_CACHE:-$HOME/.cache/glue-labels-compat}
logs=$root/target/compat
results=$root/docs/COMPATIBILITY.md

# lane id | java | maven | junit | kind
lanes=(
  "full-java17-maven3.9.16-junit5|17|wrapper|5|full"
  "full-java25-maven3.9.16-junit5|25|wrapper|5|full"
  "full-java17-maven3.9.16-junit6|17|wrapper|6|full"
  "full-java17-maven3.8.7-junit5|17|3.8.7|5|full"
  "full-java17-maven4.0.0-rc-5-junit5|17|4|5|full"
  "examples-java25-maven3.9.16-junit6|25|wrapper|6|examples"
  "examples-java17-maven3.8.7-junit5|17|3.8.7|5|examples"
  "examples-java17-maven4.0.0-rc-5-junit6|17|4|6|examples"
)

if [ "${1:-}" = --list ]; then
  for lane in "${lanes[@]}"; do echo "${lane%%|*}"; done
  exit 0
fi

maven4() {
  local home=$cache/apache-maven-$maven4_version
  if [ ! -x "$home/bin/mvn" ]; then
    mkdir -p "$cache"
    # fetched from Maven Central by Maven itself, as a dependency
    "$root/mvnw" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:unpack \
      -Dartifact=org.apache.maven:apache-maven:$maven4_version:tar.gz:bin -DoutputDirectory="$cache" >&2 || return 1
  fi
  echo "$home/bin/mvn"
}

maven_command() {
  case $1 in
    wrapper) echo "./mvnw" ;;
    3.8.7) echo "$maven387" ;;
    4) maven4 ;;
  esac
}

# A settings file for the scratch repository: glue-labels comes from the scratch install; everything else from the
# user's own local repository when it has it, else from Maven Central.
scratch_settings() {
  mkdir -p "$cache"
  cat > "$cache/settings.xml" <<SETTINGS
<settings>
  <profiles>
    <profile>
      <id>user-local-repository</id>
      <repositories>
        <repository><id>user-local-repository</id><url>file://$HOME/.m2/repository</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>user-local-repository</id><url>file://$HOME/.m2/repository</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>user-local-repository</activeProfile></activeProfiles>
</settings>
SETTINGS
  echo "$cache/settings.xml"
}

installed=""
install_scratch() {
  [ -n "$installed" ] && return 0
  local settings; settings=$(scratch_settings)
  echo "== installing glue-labels into $cache/repository (wrapper, Java 17)"
  JAVA_HOME=$java17 ./mvnw -B -q install -DskipTests -Dinvoker.skip -s "$settings" \
    -Dmaven.repo.local="$cache/repository" || return 1
  installed=yes
}

# The tests a log reports: surefire's and failsafe's module totals, and the invoker's builds.
count_tests() {
  local log=$1
  local tests builds
  tests=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$log" \
    | sed -E 's/.*Tests run: ([0-9]+).*/\1/' | paste -sd+ - | bc)
  builds=$(grep -E '^\[INFO\]   Passed: [0-9]+' "$log" | sed -E 's/.*Passed: ([0-9]+).*/\1/' | paste -sd+ - | bc)
  echo "${tests:-0} tests${builds:+, $builds invoker builds}"
}

record() {  # lane, command, result
  local date; date=$(date -u +%Y-%m-%d)
  if [ ! -f "$results" ]; then
    cat > "$results" <<'HEAD'
# Compatibility: tested, not claimed

Each row is a run of `scripts/compat.sh` (a lane is re-recorded, its row replaced, each time it runs): the lane, the
exact command, and what happened. "full" runs the whole build (`verify`: every module's tests, the plugin's invoker
builds, every example); "examples" builds the quickstart and junit-tests examples against glue-labels installed in a
scratch local repository, as a user would. CI runs the first lane only (`./mvnw -B verify`, through `.ci/run`).

What the lanes found, and what became of it:
- Under Maven 3.8.7 the plugin's invoker build `fake-start-stop-failsafe` failed its check (Maven 3.8 logs goals as
  `glue-labels-maven-plugin:<version>:fake-start`, 3.9 as `glue-labels:<version>:fake-start`); the check now accepts
  both. Maven 3.8 also adds plexus-utils 1.1 to plugins, which offline builds need in their local repository.
- Under Maven 4.0.0-rc-5 the integration-tests example's check missed the AWS CLI script's output, which Maven 4 logs
  after `[INFO] [stdout] `; it now accepts both. The export goal logs `Using deprecated property
  org.slf4j.simpleLogger.log.…` warnings there (see the README); its secret-safe logging still holds.
- exec-maven-plugin 3.7.0 needs Maven 3.9: the examples pin 3.6.4, which runs on Maven 3.6.3 and later.

| date | lane | Java | Maven | JUnit | command | result |
| --- | --- | --- | --- | --- | --- | --- |
HEAD
  fi
  local row="| $date | \`$1\` | $2 | $3 | $4 | \`$5\` | $6 |"
  # replace the lane's row, or add it
  if grep -q "| \`$1\` |" "$results"; then
    awk -v lane="| \`$1\` |" -v row="$row" 'index($0, lane) { print row; next } { print }' "$results" > "$results.tmp"
    mv "$results.tmp" "$results"
  else
    awk -v row="$row" '/^\| --- / && !done { print; print row; done=1; next } { print }' "$results" > "$results.tmp"
    mv "$results.tmp" "$results"
  fi
  # the rows in the order of the lanes, then the machine of the last run below the table
  {
    sed -n '1,/^| --- /p' "$results"
    for lane in "${lanes[@]}"; do
      grep -F "| \`${lane%%|*}\` |" "$results"
    done
    echo
    echo "Machine of the last run: $(uname -sm), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB."
  } > "$results.tmp"
  mv "$results.tmp" "$results"
}

run_lane() {
  local id=$1 java=$2 maven=$3 junit=$4 kind=$5
  local java_home; [ "$java" = 25 ] && java_home=$java25 || java_home=$java17
  local mvn; mvn=$(maven_command "$maven") || { echo "== $id: cannot get Maven $maven"; return 1; }
  local log=$logs/$id.log
  mkdir -p "$logs"
  local maven_version java_version
  maven_version=$(JAVA_HOME=$java_home $mvn -v 2>/dev/null | sed -E 's/\x1b\[[0-9;]*m//g' \
    | sed -n -E 's/.*Apache Maven ([^ ]+).*/\1/p' | head -1)
  java_version=$("$java_home/bin/java" -version 2>&1 | sed -n -E 's/.*version "([^"]+)".*/\1/p' | head -1)
  local junit_version; [ "$junit" = 6 ] && junit_version=$junit6_version || junit_version=5.14.4
  local shown_mvn; shown_mvn=$([ "$maven" = 4 ] && echo "mvn ($maven4_version)" || echo "$mvn")
  [ "$maven" = 3.8.7 ] && shown_mvn="mvn"
  local command status start end
  start=$(date +%s)
  echo "== $id: Java $java_version, Maven $maven_version, JUnit $junit_version ($kind) — log $log"
  if [ "$kind" = full ]; then
    local profile=""; [ "$junit" = 6 ] && profile="-Pjunit6 "
    command="JAVA_HOME=<JDK $java> $shown_mvn -B ${profile}verify"
    JAVA_HOME=$java_home $mvn -B $profile verify > "$log" 2>&1
    status=$?
  else
    if ! install_scratch > "$log" 2>&1; then
      record "$id" "$java_version" "$maven_version" "$junit_version" "install into the scratch repository" \
        "FAIL: the scratch install failed (see target/compat/$id.log)"
      return 1
    fi
    local settings; settings=$(scratch_settings)
    command="JAVA_HOME=<JDK $java> $shown_mvn -B -f examples/quickstart/pom.xml verify; … -f examples/junit-tests/pom.xml verify -Djunit.version=$junit_version"
    status=0
    for example in quickstart junit-tests; do
      JAVA_HOME=$java_home $mvn -B -f "examples/$example/pom.xml" verify -Djunit.version=$junit_version \
        -s "$settings" -Dmaven.repo.local="$cache/repository" >> "$log" 2>&1 || status=$?
    done
  fi
  end=$(date +%s)
  local took; took=$(printf '%d:%02d' $(((end - start) / 60)) $(((end - start) % 60)))
  local result
  if [ $status -eq 0 ]; then
    result="PASS in $took ($(count_tests "$log"))"
  else
    local why; why=$(grep -m1 -E '^\[ERROR\] (Failed|Tests run:|  Run|The build could not)' "$log" | cut -c1-160 | tr '|' '/')
    result="FAIL in $took: ${why:-see the log}"
  fi
  echo "== $id: $result"
  record "$id" "$java_version" "$maven_version" "$junit_version" "$command" "$result"
  return $status
}

selected=("$@")
failures=0
for lane in "${lanes[@]}"; do
  IFS='|' read -r id java maven junit kind <<< "$lane"
  if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " =~ " $id " ]]; then
    continue
  fi
  run_lane "$id" "$java" "$maven" "$junit" "$kind" || failures=$((failures + 1))
done
echo "== done: $failures lane(s) failed; results in docs/COMPATIBILITY.md"
[ $failures -eq 0 ]
