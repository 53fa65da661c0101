#!/usr/bin/env python3
"""The size of glue-labels' main classes, as issue 14 measures it: lines per file (median, p90, files over 300) and
methods over 50 lines, for core, fake, junit-extension and plugin (main code only). The build enforces the hard
limits with checkstyle (FileLength 300, MethodLength 50); this prints the whole picture.

    scripts/house.py            the table, the largest files and every long method
    scripts/house.py --check    exit 1 when a file is over 300 lines, a method over 50, or p90 over 200
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = ["core", "fake", "junit-extension", "plugin"]
METHOD = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|protected|private|static|final|abstract|synchronized|'
                    r'native|default)\s+)*(?:<[^>]+>\s+)?[\w.<>\[\], ?]+\s+(\w+)\s*\([^;{]*$|^\s*(?:public|protected|'
                    r'private)?\s*(\w+)\s*\([^;{]*$')

def files():
    for module in MODULES:
        base = os.path.join(ROOT, module, "src", "main", "java")
        for folder, _, names in os.walk(base):
            for name in names:
                if name.endswith(".java"):
                    yield os.path.join(folder, name)

def long_methods(path, limit=50):
    """Methods (and constructors) whose body spans more than `limit` lines, by brace matching from their signature."""
    lines = open(path, encoding="utf-8").read().split("\n")
    found = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if (stripped.startswith(("//", "*", "/*")) or not stripped or stripped.startswith(("if", "for", "while", "switch",
                "catch", "try", "return", "else", "do", "new ", "throw")) or " class " in f" {stripped}"
                or " record " in f" {stripped}" or " interface " in f" {stripped}" or " enum " in f" {stripped}"):
            i += 1
            continue
        m = re.match(r'^\s*(?:(?:public|protected|private|static|final|abstract|synchronized|default)\s+)*'
                     r'(?:<[^>]+>\s+)?(?:[\w.<>\[\]?, ]+\s+)?(\w+)\s*\(', line)
        if not m or "=" in line.split("(")[0] or line.rstrip().endswith(";"):
            i += 1
            continue
        # find the opening brace of the body
        j = i
        while j < len(lines) and "{" not in lines[j] and not lines[j].rstrip().endswith(";"):
            j += 1
        if j >= len(lines) or "{" not in lines[j]:
            i += 1
            continue
        depth = 0
        k = j
        while k < len(lines):
            code = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', lines[k])  # braces in literals don't count
            depth += code.count("{") - code.count("}")
            if depth <= 0:
                break
            k += 1
        length = k - i + 1
        if length > limit:
            found.append((m.group(1), i + 1, length))
        i = k + 1 if length > 1 else i + 1
    return found

def main():
    sizes = sorted(((sum(1 for _ in open(p, encoding="utf-8")), os.path.relpath(p, ROOT)) for p in files()), reverse=True)
    counts = sorted(s for s, _ in sizes)
    n = len(counts)
    median = counts[n // 2]
    p90 = counts[min(n - 1, int(n * 0.9))]
    over = [(s, p) for s, p in sizes if s > 300]
    methods = [(p, name, line, length) for _, p in sizes for name, line, length in long_methods(os.path.join(ROOT, p))]
    print(f"main files: {n}   median lines: {median}   p90: {p90}   over 300: {len(over)}   methods over 50: {len(methods)}")
    print("largest:")
    for s, p in sizes[:15]:
        print(f"  {s:5d}  {p}")
    if methods:
        print("methods over 50 lines:")
        for p, name, line, length in methods:
            print(f"  {length:4d}  {p}:{line} {name}")
    if "--check" in sys.argv and (over or methods or p90 > 200):
        sys.exit(1)

main()
