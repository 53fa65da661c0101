#!/usr/bin/env python3
"""The score of a PIT run, as docs/RELIABILITY.md reports it: killed / mutants per class and in all, the survivors
(what was changed, where), and the score without the equivalent mutants listed in config/pit-equivalent.tsv.

Open-source PIT (1.30) cannot leave out one mutant: `excludedMethods` leaves out a whole method (every name that
matches, in every class). So the equivalent mutants stay in PIT's own report, and this script leaves them out of the
score, each matched by class, method, line, mutator and bytecode index (as PIT's mutations.xml gives them), with the
reason beside it in the list. A change to the code moves lines and indexes: a listed mutant no longer found is
reported, and comes back as a survivor, to be judged again.

    scripts/mutation-score.py core/target/pit-reports/mutations.xml            the table and every survivor
    scripts/mutation-score.py --min 90 core/target/pit-reports/mutations.xml   exit 1 when the score is below 90 %
    scripts/mutation-score.py run1.xml run2.xml ...   several runs: a class measured in more than one counts once,
                                                      as the last file on the line measured it (split runs of a
                                                      module, re-measured classes), so they add up to one figure

    scripts/mutation-score.py --union a.xml b.xml      runs of the same code with different tests (core's tests, then
                                                      core's with core-it's): a class whose mutants are the same in
                                                      both counts a mutant detected when either run detected it

--min and --union may be given together, in either order.

A report PIT is still writing, or that a stopped run left, is read up to its last whole mutation.

A listed equivalent that a run killed is reported: the list is wrong, or the code changed under it.
"""
import collections, csv, os, sys
import xml.etree.ElementTree as ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EQUIVALENT = os.path.join(ROOT, "config", "pit-equivalent.tsv")
# what PIT counts as detected: every status but SURVIVED and NO_COVERAGE (TIMED_OUT, MEMORY_ERROR, RUN_ERROR included)
UNDETECTED = {"SURVIVED", "NO_COVERAGE"}


def equivalents():
    """(class, method, line, mutator's short name, index) -> reason, from the tab-separated list."""
    if not os.path.exists(EQUIVALENT):
        return {}
    found = {}
    with open(EQUIVALENT, encoding="utf-8") as tsv:
        for row in csv.reader((line for line in tsv if line.strip() and not line.startswith("#")), delimiter="\t"):
            clazz, method, line, mutator, index, reason = row
            found[(clazz, method, line, mutator, index)] = reason
    return found


def root(path):
    """The report's root element; a report PIT is still writing (or was stopped in) is read up to its last mutation."""
    try:
        return ElementTree.parse(path).getroot()
    except ElementTree.ParseError:
        with open(path, encoding="utf-8") as report:
            text = report.read()
        end = text.rfind("</mutation>")
        return ElementTree.fromstring(text[: end + len("</mutation>")] + "</mutations>" if end >= 0 else "<mutations/>")


def mutations(path):
    for element in root(path):
        yield {
            "status": element.get("status"),
            "class": element.findtext("mutatedClass"),
            "method": element.findtext("mutatedMethod"),
            "line": element.findtext("lineNumber"),
            "mutator": element.findtext("mutator").rsplit(".", 1)[-1],
            "index": element.findtext("indexes/index"),
            "description": element.findtext("description"),
        }


def key(m):
    return m["method"], m["line"], m["mutator"], m["index"], m["description"]


def same_mutants(before, after):
    """Whether two runs made the same mutants of a class: then its code had not changed between them."""
    return sorted(map(key, before)) == sorted(map(key, after))


def killed_by_either(before, after):
    """The later run's mutants, each counted as detected when the earlier run detected it (other tests, same code)."""
    detected = {key(m) for m in before if m["status"] not in UNDETECTED}
    return [dict(m, status="KILLED") if m["status"] in UNDETECTED and key(m) in detected else m for m in after]


def main(args):
    minimum, union = None, False
    while args[:1] in (["--min"], ["--union"]):
        if args[0] == "--min":
            if len(args) < 2:
                sys.exit("--min needs a number, the lowest score (in %) that passes")
            minimum, args = float(args[1]), args[2:]
        else:
            union, args = True, args[1:]
    listed = equivalents()
    per_class = collections.defaultdict(lambda: [0, 0])
    survivors, equivalent, wrongly_listed = [], [], []
    classes, seen = set(), set()
    latest = {}
    for path in args:
        found = collections.defaultdict(list)
        for m in mutations(path):
            found[m["class"]].append(m)
        for clazz, measured in found.items():
            if union and clazz in latest and same_mutants(latest[clazz], measured):
                measured = killed_by_either(latest[clazz], measured)
            latest[clazz] = measured
    for measured in latest.values():
        for m in measured:
            key = (m["class"], m["method"], m["line"], m["mutator"], m["index"])
            classes.add(m["class"])
            if key in listed:
                seen.add(key)
                (equivalent if m["status"] in UNDETECTED else wrongly_listed).append((m, listed[key]))
                continue
            counts = per_class[m["class"]]
            counts[1] += 1
            if m["status"] in UNDETECTED:
                survivors.append(m)
            else:
                counts[0] += 1
    killed = sum(c[0] for c in per_class.values())
    total = sum(c[1] for c in per_class.values())
    score = 100.0 * killed / total if total else 100.0
    print("| class | killed / mutants | score |\n| --- | --- | --- |")
    for clazz, (k, t) in sorted(per_class.items()):
        print(f"| `{clazz.rsplit('.', 1)[-1]}` | {k} / {t} | {100.0 * k / t:.0f} % |")
    print(f"\nIn all: {killed} / {total} = {score:.1f} %, with {len(equivalent)} equivalent mutants left out")
    for m, reason in equivalent:
        print(f"  equivalent: {m['class'].rsplit('.', 1)[-1]}.{m['method']}:{m['line']} {m['description']} - {reason}")
    for m, reason in wrongly_listed:
        print(f"  LISTED AS EQUIVALENT BUT {m['status']}: {m['class']}.{m['method']}:{m['line']} {m['description']}")
    for key in sorted(k for k in listed if k[0] in classes and k not in seen):
        print(f"  LISTED AS EQUIVALENT, NOT IN THIS RUN (the code moved?): {' '.join(key)}")
    for m in sorted(survivors, key=lambda m: (m["class"], int(m["line"]))):
        print(f"  {m['status']}: {m['class'].rsplit('.', 1)[-1]}.{m['method']}:{m['line']} {m['description']}"
              f" ({m['mutator']} {m['index']})")
    if minimum is not None and score < minimum:
        print(f"below the minimum of {minimum:.0f} %")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
