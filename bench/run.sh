#!/usr/bin/env bash
# Runs glue-labels' benchmarks and their peers in one run and prints, per suite, a table of medians and of ratios
# against the peer measured in the same run. Absolute times vary on shared machines; the ratios are the figures.
#
#   bench/run.sh            the full run (about 20 minutes on 2 cores)
#   bench/run.sh --quick    fewer repetitions, to try the script (about 5 minutes)
#   bench/run.sh --only 3   one suite (or several: --only "1 3"), with either of the above
#
# Needs: a JDK 17+, python3, and for suites 3, 4 and 6 the AWS CLI (`aws`); a suite whose peer is missing says so and
# is skipped. Results (raw JSON and the tables) go to bench/target/results/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

RUNS=5
# the code path (SDK, Jetty, WireMock) is large: on 2 cores C2 needs some 20 seconds before the throughput settles at
# 1 and 2 client threads (with 10 s of warm-up both sides were still climbing through the measurement), and some 60
# seconds at 4 and 8, where the client's threads take the cores from the compiler (after 30 s both sides were still
# at a quarter to a half of their settled throughput)
JMH=(-wi 30 -w 1 -i 5 -r 2 -f 1)
JMH_MANY=(-wi 60 -w 1 -i 5 -r 2 -f 1)
SUITES="1 2 3 4 5 6"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) RUNS=2; JMH=(-wi 1 -w 1 -i 2 -r 1 -f 1); JMH_MANY=("${JMH[@]}") ;;
    --only) SUITES=${2:?--only needs suite numbers, e.g. --only 3}; shift ;;
    *) echo "unknown option $1 (use --quick, --only N)" >&2; exit 2 ;;
  esac
  shift
done
want() { [[ " $SUITES " == *" $1 "* ]]; }
OUT=$ROOT/bench/target/results
REPO=$ROOT/bench/target/repo
JAR=$ROOT/bench/target/benchmarks.jar
rm -rf "$OUT"
mkdir -p "$OUT"
MVN_REPO=(-Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository")

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/machine.txt"
echo "== building: benchmarks.jar, the standalone fake, and the plugin into a scratch repository"
./mvnw -B -q -Pbench -DskipTests -Dinvoker.skip "${MVN_REPO[@]}" install
VERSION=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || echo 0.1.0-SNAPSHOT)
# the build just now leaves the machine busy for a while, and the first suite paid for it: wait (at most two minutes)
# until the load average falls below 1
for _ in $(seq 1 24); do
  awk '{ exit !($1 < 1.0) }' /proc/loadavg 2>/dev/null && break
  sleep 5
done
echo "== load when the suites start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" | tee -a "$OUT/machine.txt"
FAKE_JAR=$ROOT/fake/target/glue-labels-fake-$VERSION-standalone.jar

# every 10 s while the suites run: the load average, and the CPU of processes outside this run (another build on a
# shared machine); report.py prints the highest of both, and a run disturbed from outside is to be run again
python3 "$ROOT/bench/loadwatch.py" $$ 10 >"$OUT/load.jsonl" &
watch_pid=$!

have_aws() { command -v aws >/dev/null 2>&1; }
fake_pid=""
stop_fake() { if [ -n "$fake_pid" ]; then kill "$fake_pid" 2>/dev/null || true; wait "$fake_pid" 2>/dev/null || true; fake_pid=""; fi; }
trap 'stop_fake; kill "$watch_pid" 2>/dev/null || true' EXIT
# start_fake ARGS…: starts the standalone fake, waits for its ready line, sets FAKE_ENDPOINT
start_fake() {
  local log=$OUT/fake-$RANDOM.log
  java -jar "$FAKE_JAR" "$@" >"$log" 2>&1 &
  fake_pid=$!
  for _ in $(seq 1 300); do
    grep -q '^glue-labels fake ready' "$log" 2>/dev/null && break
    sleep 0.1
  done
  grep -q '^glue-labels fake ready' "$log" || { cat "$log"; echo "the fake did not start" >&2; exit 1; }
  FAKE_ENDPOINT=$(sed -n 's/^Glue endpoint: *//p' "$log")
}
aws_env() {
  env AWS_ENDPOINT_URL="$FAKE_ENDPOINT" AWS_ACCESS_KEY_ID=FAKEGLUEDEFAULTKEY00 \
    AWS_SECRET_ACCESS_KEY=glue-labels-fake-secret-key AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true \
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null "$@"
}
now_ms() { date +%s%3N; }

if want 1; then
echo "== suite 1: fake round trip (JMH), 1, 2, 4 and 8 client threads"
for t in 1 2 4 8; do
  if [ "$t" -le 2 ]; then jmh=("${JMH[@]}"); else jmh=("${JMH_MANY[@]}"); fi
  java -jar "$JAR" 'RoundTripBenchmark.sdkStartAndGet' -t "$t" "${jmh[@]}" -rf json -rff "$OUT/roundtrip-t$t.json" \
    >"$OUT/roundtrip-t$t.log" 2>&1
  java -jar "$JAR" 'RoundTripBenchmark.rawHttpStartAndGet' -p target=stub -t "$t" "${jmh[@]}" -rf json \
    -rff "$OUT/roundtrip-raw-t$t.json" >"$OUT/roundtrip-raw-t$t.log" 2>&1
done
# the same at 8 threads with an account that keeps every export of the run (no emptying between iterations)
java -jar "$JAR" 'RoundTripBenchmark.sdkStartAndGet' -p target=fake -p keep=true -t 8 "${JMH_MANY[@]}" -rf json \
  -rff "$OUT/roundtrip-keep-t8.json" >"$OUT/roundtrip-keep-t8.log" 2>&1
java -cp "$JAR" io.github.gluelabels.bench.CpuCost 20000 2>/dev/null | tee "$OUT/cpu-cost.txt"
fi

if want 2; then
echo "== suite 2: 200 tests each, one JVM per run: the extension, @WireMockTest with stubs, a Mockito mock, the floors"
for i in $(seq 1 "$RUNS"); do
  for suite in ExtensionSuite ExtensionHttpSuite WireMockSuite MockitoSuite SdkFloorSuite HandWrittenSuite; do
    java -cp "$JAR" io.github.gluelabels.bench.SuiteRunner "$suite" 2>/dev/null | tail -1 >>"$OUT/suites.jsonl"
  done
done

fi

if want 3; then
echo "== suite 3: the goal (embedded fake, wait, download of 10,000 labels) vs exec-maven-plugin + AWS CLI"
java -cp "$JAR" io.github.gluelabels.bench.LabelsGenerator 10000 "$ROOT/bench/target/labels-10k.csv"
if have_aws; then
  start_fake --seed tfm-bench="$ROOT/bench/target/labels-10k.csv" --bucket bench
  # one untimed run of each to resolve the plugins
  ./mvnw -B -q "${MVN_REPO[@]}" -f bench/projects/goal/pom.xml -Dglue-labels.version="$VERSION" validate >/dev/null
  aws_env ./mvnw -B -q "${MVN_REPO[@]}" -f bench/projects/cli/pom.xml validate >/dev/null
  for i in $(seq 1 "$RUNS"); do
    start=$(now_ms)
    ./mvnw -B -q -o "${MVN_REPO[@]}" -f bench/projects/goal/pom.xml -Dglue-labels.version="$VERSION" validate >"$OUT/goal-$i.log" 2>&1
    echo "{\"job\":\"goal\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/goal.jsonl"
    start=$(now_ms)
    aws_env ./mvnw -B -q -o "${MVN_REPO[@]}" -f bench/projects/cli/pom.xml validate >"$OUT/cli-$i.log" 2>&1
    echo "{\"job\":\"cli\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/goal.jsonl"
  done
  stop_fake
else
  echo "   skipped: the AWS CLI (aws) is not installed" | tee "$OUT/goal.skipped"
fi

fi

if want 4; then
echo "== suite 4: large export (100,000, 1,000,000 and 2,000,000 labels) under -Xmx256m, the same and 4,000,000"\
  "under -Xmx32m, and the 1,000,000 fetched with aws s3 cp"
java -cp "$JAR" io.github.gluelabels.bench.LabelsGenerator 100000 "$ROOT/bench/target/labels-100k.csv"
java -cp "$JAR" io.github.gluelabels.bench.LabelsGenerator 1000000 "$ROOT/bench/target/labels-1m.csv"
java -cp "$JAR" io.github.gluelabels.bench.LabelsGenerator 2000000 "$ROOT/bench/target/labels-2m.csv"
java -cp "$JAR" io.github.gluelabels.bench.LabelsGenerator 4000000 "$ROOT/bench/target/labels-4m.csv"
labels_of() { case $1 in 100k) echo 100000 ;; 1m) echo 1000000 ;; 2m) echo 2000000 ;; 4m) echo 4000000 ;; esac; }
for i in $(seq 1 "$RUNS"); do
  for n in 100k 1m 2m; do
    java -Xmx256m -cp "$JAR" io.github.gluelabels.bench.LargeExport "$(labels_of $n)" \
      "$ROOT/bench/target/labels-$n.csv" "$ROOT/bench/target/download" 2>/dev/null | tail -1 >>"$OUT/large.jsonl"
  done
  # flat heap: the same in a heap too small to hold anything that grows with the labels (the fake included); with
  # collections this frequent, the most heap left after one is close to the most that was live
  for n in 100k 1m 2m 4m; do
    java -Xmx32m -cp "$JAR" io.github.gluelabels.bench.LargeExport "$(labels_of $n)" \
      "$ROOT/bench/target/labels-$n.csv" "$ROOT/bench/target/download" >"$OUT/small-heap-$n.log" 2>&1 \
      && tail -1 "$OUT/small-heap-$n.log" >>"$OUT/large-32m.jsonl" \
      || echo "{\"labels\":$(labels_of $n),\"failed\":\"small-heap-$n.log\"}" >>"$OUT/large-32m.jsonl"
  done
done
if have_aws; then
  start_fake --seed tfm-large="$ROOT/bench/target/labels-1m.csv" --bucket bench --rows-per-part 10000
  aws_env aws glue start-export-labels-task-run --transform-id tfm-large --output-s3-path s3://bench/large/ >/dev/null
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$ROOT/bench/target/cp"
    start=$(now_ms)
    aws_env aws s3 cp --recursive --only-show-errors s3://bench/large/ "$ROOT/bench/target/cp/"
    echo "{\"tool\":\"aws s3 cp\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/download.jsonl"
    start=$(now_ms)
    java -Xmx256m -cp "$JAR" io.github.gluelabels.bench.Download "$FAKE_ENDPOINT" s3://bench/large/ \
      "$ROOT/bench/target/ours" >/dev/null 2>&1
    echo "{\"tool\":\"glue-labels\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/download.jsonl"
    start=$(now_ms)
    java -Xmx256m -cp "$JAR" io.github.gluelabels.bench.RawDownload "$FAKE_ENDPOINT" bench large/ \
      "$ROOT/bench/target/raw" >/dev/null 2>&1
    echo "{\"tool\":\"bare SDK\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/download.jsonl"
    start=$(now_ms)
    java -Xmx256m -cp "$JAR" io.github.gluelabels.bench.JdkDownload "$FAKE_ENDPOINT" bench large/ \
      "$ROOT/bench/target/jdk" >/dev/null 2>&1
    echo "{\"tool\":\"JDK only\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/download.jsonl"
    # in a JVM that is already running (the goal's, a test's): the first download (its code cold) and the fourth
    java -Xmx256m -cp "$JAR" io.github.gluelabels.bench.Download "$FAKE_ENDPOINT" s3://bench/large/ \
      "$ROOT/bench/target/ours" 4 2>/dev/null | grep '^{' | sed -n '1s/^{/{"inJvm":"first",/p;4s/^{/{"inJvm":"fourth",/p' \
      >>"$OUT/download-in-jvm.jsonl"
    # the same first download with summarize=false: the files copied, not read, as aws s3 cp does
    java -Xmx256m -cp "$JAR" io.github.gluelabels.bench.Download "$FAKE_ENDPOINT" s3://bench/large/ \
      "$ROOT/bench/target/ours" 1 false 2>/dev/null | grep '^{' | sed -n '1s/^{/{"inJvm":"first, no summary",/p' \
      >>"$OUT/download-in-jvm.jsonl"
  done
  du -sb "$ROOT/bench/target/cp" | awk '{print "{\"bytes\":" $1 "}"}' >"$OUT/download-bytes.json"
  stop_fake
else
  echo "   skipped the aws s3 cp peer: the AWS CLI (aws) is not installed" | tee "$OUT/download.skipped"
fi
fi

if want 5; then
echo "== suite 5: LabelDiff of two 1,000,000-label files (about 10 % changed) under -Xmx64m vs LC_ALL=C sort | comm"
java -cp "$JAR" io.github.gluelabels.bench.LabelsGenerator 1000000 "$ROOT/bench/target/labels-1m.csv"
# the second side: every 20th label flipped, every 40th record dropped, a new record after every 40th (about 10 %)
if [ ! -f "$ROOT/bench/target/labels-1m-edited.csv" ]; then
  awk 'NR == 1 { print; next }
       NR % 40 == 3 { next }
       { if (NR % 20 == 0) { p = index($0, ","); l = substr($0, p + 1, 1); $0 = substr($0, 1, p) (l == "A" ? "B" : "A") substr($0, p + 2) }
         print
         if (NR % 40 == 5) { p = index($0, ","); print substr($0, 1, p) "C,new" NR ",Nemo,\"1, Rue\",Paris,n" NR "@example.com" } }' \
    "$ROOT/bench/target/labels-1m.csv" >"$ROOT/bench/target/labels-1m-edited.csv"
fi
for i in $(seq 1 "$RUNS"); do
  start=$(now_ms)
  line=$(java -Xmx64m -Xlog:gc:file="$OUT/diff-gc-$i.log" -cp "$JAR" io.github.gluelabels.bench.DiffLabels \
    "$ROOT/bench/target/labels-1m.csv" "$ROOT/bench/target/labels-1m-edited.csv" "$ROOT/bench/target/diff-1m.json" \
    2>"$OUT/diff-$i.log" | tail -1)
  wall=$(( $(now_ms) - start ))
  # the most heap in use right after a collection: "Pause Young (Normal) (G1 Evacuation Pause) 30M->6M(64M)"
  after_gc=$(sed -n 's/.*->\([0-9]*\)M(.*/\1/p' "$OUT/diff-gc-$i.log" | sort -n | tail -1)
  echo "$line" | sed "s/^{/{\"tool\":\"LabelDiff\",\"wallMs\":$wall,\"maxHeapAfterGcMb\":${after_gc:-0},/" >>"$OUT/diff.jsonl"
  start=$(now_ms)
  LC_ALL=C sort "$ROOT/bench/target/labels-1m.csv" >"$ROOT/bench/target/sorted-from.csv"
  LC_ALL=C sort "$ROOT/bench/target/labels-1m-edited.csv" >"$ROOT/bench/target/sorted-to.csv"
  LC_ALL=C comm -3 "$ROOT/bench/target/sorted-from.csv" "$ROOT/bench/target/sorted-to.csv" >"$ROOT/bench/target/comm.txt"
  echo "{\"tool\":\"sort | comm\",\"wallMs\":$(( $(now_ms) - start ))}" >>"$OUT/diff.jsonl"
done
echo "   load after suite 5: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
fi

if want 6; then
echo "== suite 6: import of 10,000 labels (check, upload, import, wait) with LabelImporter vs aws s3 cp + aws glue"\
  "start-import-labels-task-run + polling get-ml-task-run, both polling every ${IMPORT_POLL_MS:=500} ms"
java -cp "$JAR" io.github.gluelabels.bench.LabelsGenerator 10000 "$ROOT/bench/target/labels-10k.csv"
if have_aws; then
  start_fake --seed tfm-import="$ROOT/bench/target/labels-10k.csv" --bucket bench
  poll_seconds=$(awk -v ms="$IMPORT_POLL_MS" 'BEGIN { printf "%.3f", ms / 1000 }')
  for i in $(seq 1 "$RUNS"); do
    # each run imports into an input path of its own (an input path that holds objects is refused)
    start=$(now_ms)
    java -cp "$JAR" io.github.gluelabels.bench.ImportLabels "$FAKE_ENDPOINT" tfm-import \
      "$ROOT/bench/target/labels-10k.csv" "s3://bench/import-ours-$i/" "$IMPORT_POLL_MS" >"$OUT/import-ours-$i.log" 2>&1
    echo "{\"tool\":\"LabelImporter\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/import.jsonl"
    start=$(now_ms)
    aws_env aws s3 cp --only-show-errors "$ROOT/bench/target/labels-10k.csv" "s3://bench/import-cli-$i/labels-10k.csv"
    run_id=$(aws_env aws glue start-import-labels-task-run --transform-id tfm-import \
      --input-s3-path "s3://bench/import-cli-$i/" --no-replace-all-labels --query TaskRunId --output text)
    while :; do
      status=$(aws_env aws glue get-ml-task-run --transform-id tfm-import --task-run-id "$run_id" --query Status \
        --output text)
      case "$status" in SUCCEEDED) break ;; FAILED|STOPPED|TIMEOUT) echo "CLI import $status" >&2; exit 1 ;; esac
      sleep "$poll_seconds"
    done
    echo "{\"tool\":\"aws cli\",\"ms\":$(( $(now_ms) - start ))}" >>"$OUT/import.jsonl"
  done
  grep -h '^{' "$OUT"/import-ours-*.log | tail -1 >"$OUT/import-last.json" || true
  stop_fake
else
  echo "   skipped: the AWS CLI (aws) is not installed" | tee "$OUT/import.skipped"
fi
fi

echo "== load when the suites ended: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" | tee -a "$OUT/machine.txt"
python3 "$ROOT/bench/report.py" "$OUT" | tee "$OUT/report.md"
