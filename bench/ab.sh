#!/usr/bin/env bash
# Suite 1 at one client thread, the code of an earlier revision against the code checked out now, in ONE run: the
# no-regression check for the fake's round trip. A week-old figure from another run moves by up to 0.2 with the
# machine; two jars measured alternately on the same machine in the same quarter hour do not.
#
#   bench/ab.sh REV [ROUNDS]    e.g. bench/ab.sh da4e65a 3    (about 3 minutes a round on 2 cores)
#
# Builds the benchmarks jar of REV in a scratch worktree (bench/target/ab/) and of the working tree (as bench/run.sh
# does), then runs, ROUNDS times and alternately, RoundTripBenchmark.sdkStartAndGet at 1 thread on the fake and on the
# static stub with each jar, and JMH's GC profiler once per jar and target (bytes allocated per start + get, all
# threads: a figure the machine's load does not move). Prints per jar the median ops/s and stub / fake.
# Run it on a quiet machine: it records the load before and after.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
REV=${1:?usage: bench/ab.sh REV [ROUNDS]}
ROUNDS=${2:-3}
OUT=$ROOT/bench/target/ab
OLD=$OUT/tree-$REV
mkdir -p "$OUT"
MVN_REPO=(-Dmaven.repo.local="$ROOT/bench/target/repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")

if [ ! -f "$OLD/bench/target/benchmarks.jar" ]; then
  git worktree remove --force "$OLD" 2>/dev/null || true
  git worktree add --detach "$OLD" "$REV" >/dev/null
  (cd "$OLD" && ./mvnw -B -q -Pbench -DskipTests -Dinvoker.skip -Dmaven.repo.local="$OUT/repo-$REV" \
    -Dmaven.repo.local.tail="$HOME/.m2/repository" install)
fi
./mvnw -B -q -Pbench -DskipTests -Dinvoker.skip "${MVN_REPO[@]}" install
cp "$ROOT/bench/target/benchmarks.jar" "$OUT/now.jar"
cp "$OLD/bench/target/benchmarks.jar" "$OUT/$REV.jar"

JMH=(-t 1 -wi 30 -w 1 -i 5 -r 2 -f 1)
GC=(-t 1 -wi 10 -w 1 -i 3 -r 2 -f 1)
# QUICK=1: a try of the script itself (seconds a run, figures meaningless)
if [ "${QUICK:-}" = 1 ]; then JMH=(-t 1 -wi 1 -w 1 -i 1 -r 1 -f 1); GC=("${JMH[@]}"); fi
RESULTS=$OUT/results.jsonl
: >"$RESULTS"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"
for round in $(seq 1 "$ROUNDS"); do
  for jar in "$REV" now; do
    for target in fake stub; do
      java -jar "$OUT/$jar.jar" 'RoundTripBenchmark.sdkStartAndGet' -p target=$target "${JMH[@]}" -rf json \
        -rff "$OUT/run.json" >"$OUT/run.log" 2>&1
      python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]["primaryMetric"]["score"];
print(json.dumps({"jar": sys.argv[2], "target": sys.argv[3], "round": int(sys.argv[4]), "opsPerSecond": r}))' \
        "$OUT/run.json" "$jar" "$target" "$round" | tee -a "$RESULTS"
    done
  done
done
for jar in "$REV" now; do
  for target in fake stub; do
    java -jar "$OUT/$jar.jar" 'RoundTripBenchmark.sdkStartAndGet' -p target=$target "${GC[@]}" -prof gc -rf json -rff "$OUT/gc.json" >"$OUT/gc.log" 2>&1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]["secondaryMetrics"]["gc.alloc.rate.norm"]["score"];
print(json.dumps({"jar": sys.argv[2], "target": sys.argv[3], "bytesPerOp": r}))' \
      "$OUT/gc.json" "$jar" "$target" | tee -a "$RESULTS"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"
python3 - "$RESULTS" "$REV" <<'EOF'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(f"\n| code | fake ops/s | stub ops/s | stub / fake | fake B/op | stub B/op |\n| --- | ---: | ---: | ---: | ---: | ---: |")
for jar in (sys.argv[2], "now"):
    ops = {t: statistics.median(r["opsPerSecond"] for r in rows if r.get("jar") == jar and r.get("target") == t
                                and "opsPerSecond" in r) for t in ("fake", "stub")}
    alloc = {t: next((r["bytesPerOp"] for r in rows if r.get("jar") == jar and r.get("target") == t
                      and "bytesPerOp" in r), float("nan")) for t in ("fake", "stub")}
    print(f"| {jar} | {ops['fake']:,.0f} | {ops['stub']:,.0f} | {ops['stub'] / ops['fake']:.2f} "
          f"| {alloc['fake']:,.0f} | {alloc['stub']:,.0f} |")
EOF
