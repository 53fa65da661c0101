#!/usr/bin/env python3
"""Prints the tables of bench/run.sh from its raw results: medians, and ratios against the peer of the same run."""
import json
import os
import statistics
import sys

out = sys.argv[1]


def lines(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def median(values):
    return statistics.median(values) if values else float("nan")


print("# glue-labels benchmarks\n")
with open(os.path.join(out, "machine.txt")) as f:
    print("\n\n".join(line.strip().lstrip("= ") for line in f if line.strip()), "\n")
load = lines("load.jsonl")
if load:
    worst = max(load, key=lambda s: s["outsideCpuPercent"])
    print(f"During the suites ({len(load)} samples, every 10 s): 1-minute load {min(s['load1'] for s in load):.2f} to "
          f"{max(s['load1'] for s in load):.2f} (the benchmarks' own work included); CPU of processes outside the run "
          f"at most {worst['outsideCpuPercent']:.0f} % of one core at {worst['time']} "
          f"({', '.join(f'{c} {p:.0f} %' for c, p in worst['outsideBusiest'].items()) or 'none'}), median "
          f"{median([s['outsideCpuPercent'] for s in load]):.0f} %\n")

if any(os.path.exists(os.path.join(out, f"roundtrip-t{t}.json")) for t in (1, 2, 4, 8)):
    print("## Suite 1: fake round trip (SDK startExportLabelsTaskRun + getMLTaskRun; JMH throughput, ops/s)\n")
    print("| client threads | glue-labels fake | static WireMock stub | raw JDK HTTP to stub | stub / fake (target <= 1.1) |"
          " SDK calls/s through the fake |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
for t in (1, 2, 4, 8):
    path = os.path.join(out, f"roundtrip-t{t}.json")
    if not os.path.exists(path):
        continue
    with open(path) as f:
        results = json.load(f)
    raw_path = os.path.join(out, f"roundtrip-raw-t{t}.json")
    if os.path.exists(raw_path):
        with open(raw_path) as f:
            results += json.load(f)
    score = {}
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        if r["params"].get("keep", "false") == "false":
            score[(name, r["params"]["target"])] = r["primaryMetric"]["score"]
    fake = score.get(("sdkStartAndGet", "fake"), float("nan"))
    stub = score.get(("sdkStartAndGet", "stub"), float("nan"))
    raw = score.get(("rawHttpStartAndGet", "stub"))
    # a run that failed leaves no score (its log, roundtrip-*-t<threads>.log, says why)
    raw_text = f"{raw:,.0f}" if raw is not None else f"(failed: roundtrip-raw-t{t}.log)"
    print(f"| {t} | {fake:,.0f} | {stub:,.0f} | {raw_text} | {stub / fake:.2f} | {2 * fake:,.0f} |")
keep = os.path.join(out, "roundtrip-keep-t8.json")
if os.path.exists(keep):
    with open(keep) as f:
        kept = json.load(f)
    if kept:
        print(f"\nAt 8 threads with an account that keeps every export of the run (not emptied between iterations): "
              f"{kept[0]['primaryMetric']['score']:,.0f} ops/s through the fake")
    else:
        print("\nThe run with an account that keeps every export failed (roundtrip-keep-t8.log says why)")
cpu = os.path.join(out, "cpu-cost.txt")
if os.path.exists(cpu):
    with open(cpu) as f:
        print("\nCPU time per start + get (client and server in one JVM; last two rounds are warm):\n")
        for line in f:
            print("    " + line.rstrip())

suites = lines("suites.jsonl")
if suites:
    print("\n## Suite 2: 200 tests exporting through an injected GlueClient (medians of one JVM per run)\n")
    print("| harness | ms per test | CPU ms per test | JVM start to first test done (ms) | ms per test vs @WireMockTest |")
    print("| --- | ---: | ---: | ---: | ---: |")
    by = {}
    for s in suites:
        by.setdefault(s["suite"], []).append(s)
    wm = median([s["msPerTest"] for s in by.get("WireMockSuite", [])])
    names = {"ExtensionSuite": "glue-labels extension (fresh account per test, real export; in process, the default)",
             "ExtensionHttpSuite": "glue-labels extension with transport = HTTP (a port, clients over a socket)",
             "WireMockSuite": "@WireMockTest + hand-written stubs", "MockitoSuite": "Mockito mock (no wire)",
             "SdkFloorSuite": "floor of real SDK clients: the SDK over an in-memory SdkHttpClient with canned bytes",
             "HandWrittenSuite": "floor: a hand-written GlueClient in memory (no wire, no Mockito)"}
    for key in ("ExtensionSuite", "ExtensionHttpSuite", "WireMockSuite", "MockitoSuite", "SdkFloorSuite",
                "HandWrittenSuite"):
        rows = by.get(key, [])
        if not rows:
            continue
        per = median([r["msPerTest"] for r in rows])
        print(f"| {names[key]} | {per:.2f} | {median([r['cpuMsPerTest'] for r in rows]):.2f} | "
              f"{median([r['firstTestDoneAfterJvmStartMs'] for r in rows]):.0f} | {per / wm:.2f} |")
    failed = sum(r["failed"] for r in suites)
    print(f"\n({len(suites)} suite runs, {failed} failed tests)")

goal = lines("goal.jsonl")
if goal:
    g = median([r["ms"] for r in goal if r["job"] == "goal"])
    c = median([r["ms"] for r in goal if r["job"] == "cli"])
    print("\n## Suite 3: the job in a Maven build, whole process (medians, ms)\n")
    print("| job | ms | vs the AWS CLI job |")
    print("| --- | ---: | ---: |")
    print(f"| `glue-labels:export` (embedded fake started and stopped, wait, download, summary) | {g:,.0f} | {g / c:.2f} |")
    print(f"| exec-maven-plugin + AWS CLI (start, poll, `aws s3 cp --recursive`; fake already running) | {c:,.0f} | 1.00 |")
elif os.path.exists(os.path.join(out, "goal.skipped")):
    print("\n## Suite 3: skipped (no AWS CLI)")

large = lines("large.jsonl")
if large:
    print("\n## Suite 4: large export in one JVM with -Xmx256m (fake in the same JVM; medians)\n")
    print("| labels | MB | parts | export + download + summary (s) | MB/s | peak heap during the export (MB) "
          "| most heap left after a collection (MB) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    by = {}
    for r in large:
        by.setdefault(r["labels"], []).append(r)
    for labels in sorted(by):
        rows = by[labels]
        print(f"| {labels:,} | {rows[0]['bytes'] / 1e6:.1f} | {rows[0]['files']} | "
              f"{median([r['seconds'] for r in rows]):.2f} | {median([r['mbPerSecond'] for r in rows]):.1f} | "
              f"{median([r['peakHeapMb'] for r in rows]):.0f} | "
              f"{median([r.get('maxHeapAfterGcMb', float('nan')) for r in rows]):.0f} |")
small = lines("large-32m.jsonl")
if small:
    print("\nFlat heap: the same under -Xmx32m, a heap too small for anything that grows with the labels (medians):\n")
    print("| labels | MB | finished | export + download + summary (s) | most heap left after a collection (MB) "
          "| collections |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    by = {}
    for r in small:
        by.setdefault(r["labels"], []).append(r)
    for labels in sorted(by):
        rows = by[labels]
        done = [r for r in rows if "failed" not in r]
        if not done:
            print(f"| {labels:,} | | 0 of {len(rows)} (see {rows[0]['failed']}) | | | |")
            continue
        print(f"| {labels:,} | {done[0]['bytes'] / 1e6:.1f} | {len(done)} of {len(rows)} | "
              f"{median([r['seconds'] for r in done]):.2f} | "
              f"{median([r['maxHeapAfterGcMb'] for r in done]):.0f} | "
              f"{median([r['collections'] for r in done]):.0f} |")
download = lines("download.jsonl")
if download:
    with open(os.path.join(out, "download-bytes.json")) as f:
        size = json.load(f)["bytes"]
    ours = median([r["ms"] for r in download if r["tool"] == "glue-labels"])
    cp = median([r["ms"] for r in download if r["tool"] == "aws s3 cp"])
    print("\nThe same exported objects (1,000,000 labels) fetched from a fake in another process, whole process:\n")
    print("| client | ms | MB/s | vs aws s3 cp |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| glue-labels download (-Xmx256m, with the summary) | {ours:,.0f} | {size / 1e3 / ours:.1f} | {ours / cp:.2f} |")
    print(f"| aws s3 cp --recursive | {cp:,.0f} | {size / 1e3 / cp:.1f} | 1.00 |")
    in_jvm = lines("download-in-jvm.jsonl")
    for which, words in (("first", "in a running JVM, the first download (code cold; JVM start not counted)"),
                         ("fourth", "in a running JVM, the fourth download (warm)"),
                         ("first, no summary", "in a running JVM, the first download with `summarize=false` "
                                               "(files copied, not read)")):
        ms = [r["seconds"] * 1000 for r in in_jvm if r["inJvm"] == which]
        if ms:
            m = median(ms)
            print(f"| glue-labels download {words} | {m:,.0f} | {size / 1e3 / m:.1f} | {m / cp:.2f} |")
    bare = [r["ms"] for r in download if r["tool"] == "bare SDK"]
    if bare:
        b = median(bare)
        print(f"| floor of a JVM client: bare AWS SDK GetObject to files, 4 at a time, no checks (-Xmx256m) | {b:,.0f} | "
              f"{size / 1e3 / b:.1f} | {b / cp:.2f} |")
    jdk = [r["ms"] for r in download if r["tool"] == "JDK only"]
    if jdk:
        j = median(jdk)
        print(f"| floor of any JVM process: the JDK's HttpClient, unsigned GETs to files, 4 at a time, no SDK, no checks "
              f"| {j:,.0f} | {size / 1e3 / j:.1f} | {j / cp:.2f} |")

diff = lines("diff.jsonl")
if diff:
    print("\n## Suite 5: LabelDiff of two 1,000,000-label files under -Xmx64m vs LC_ALL=C sort | comm (medians)\n")
    ours = [r for r in diff if r["tool"] == "LabelDiff"]
    peer = median([r["wallMs"] for r in diff if r["tool"] == "sort | comm"])
    wall = median([r["wallMs"] for r in ours])
    print("| tool | wall (ms) | ratio to sort, sort, comm | most heap left after a collection (MB) |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| sort, sort, comm -3 (LC_ALL=C) | {peer:,.0f} | 1.00 | – |")
    print(f"| LabelDiff (JVM start-up and JSON report included) | {wall:,.0f} | {wall / peer:.2f} | "
          f"{max(r['maxHeapAfterGcMb'] for r in ours)} |")

imports = lines("import.jsonl")
if imports:
    ours = median([r["ms"] for r in imports if r["tool"] == "LabelImporter"])
    cli = median([r["ms"] for r in imports if r["tool"] == "aws cli"])
    print("\n## Suite 6: import of 10,000 labels, whole process, same poll interval (medians, ms)\n")
    print("| job | ms | vs the AWS CLI job |")
    print("| --- | ---: | ---: |")
    print(f"| LabelImporter (JVM start, check, upload, import, wait, label counts) | {ours:,.0f} | {ours / cli:.2f} |")
    print(f"| aws s3 cp + aws glue start-import-labels-task-run + polling get-ml-task-run | {cli:,.0f} | 1.00 |")
elif os.path.exists(os.path.join(out, "import.skipped")):
    print("\n## Suite 6: skipped (no AWS CLI)")
