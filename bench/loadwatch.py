#!/usr/bin/env python3
"""Samples, every few seconds while bench/run.sh runs, the load average and the CPU that processes *outside* the run
use (the run's own processes descend from the given pid), and prints one JSON line per sample. The load average
counts the benchmarks themselves; the outside CPU is what says whether something else (another build) ran meanwhile.

    bench/loadwatch.py RUN_PID [SECONDS]
"""
import json
import os
import sys
import time

run_pid = int(sys.argv[1])
interval = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
ticks = os.sysconf("SC_CLK_TCK")
me = os.getpid()


def processes():
    """pid -> (parent pid, CPU ticks, command name)"""
    found = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # the command name is in parentheses and may hold spaces
        command = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        found[int(name)] = (int(fields[1]), int(fields[11]) + int(fields[12]), command)
    return found


def of_the_run(pid, table):
    while pid > 1:
        if pid in (run_pid, me):
            return True
        pid = table[pid][0] if pid in table else 1
    return False


before = processes()
while os.path.exists(f"/proc/{run_pid}"):
    time.sleep(interval)
    now = processes()
    outside = {}
    for pid, (_, cpu, command) in now.items():
        if not of_the_run(pid, now):
            used = cpu - (before[pid][1] if pid in before else 0)
            if used > 0:
                outside[command] = outside.get(command, 0) + used
    before = now
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    busiest = sorted(outside.items(), key=lambda item: -item[1])[:3]
    print(json.dumps({"time": time.strftime("%H:%M:%S"), "load1": float(load[0]), "load5": float(load[1]),
                      "outsideCpuPercent": round(100 * sum(outside.values()) / ticks / interval, 1),
                      "outsideBusiest": {c: round(100 * t / ticks / interval, 1) for c, t in busiest}}), flush=True)
