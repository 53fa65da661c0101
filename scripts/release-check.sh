#!/usr/bin/env bash
# Rehearses a release without publishing anything: builds the Maven Central bundle of a copy of this working tree with
# the `release` profile, signed with a throwaway GPG key made on the spot, then checks the bundle against Central's
# rules and prints PASS or FAIL for each. Exits 1 if any rule fails, 2 if the build itself fails.
#
#   scripts/release-check.sh                      build and check (about 3 minutes on 2 cores; tests skipped)
#   scripts/release-check.sh --check BUNDLE KEY   check an existing bundle, its signatures against the public key KEY
#
# The copy gets the release version (the project's without -SNAPSHOT; RELEASE_VERSION=x.y.z to choose another), as a
# release would. Nothing is installed into ~/.m2 and nothing leaves the machine. The key lives in a temporary GNUPGHOME,
# removed at the end with the copy; the key reaches Maven in MAVEN_GPG_KEY / MAVEN_GPG_PASSPHRASE only.
# Kept in target/release-check/: build.log, central-bundle.zip and public-key.asc (the throwaway key's public half).
set -uo pipefail
if [ "${1:-}" = --check ]; then
  [ $# -eq 3 ] || { echo "usage: $0 --check BUNDLE.zip PUBLIC-KEY.asc" >&2; exit 2; }
  check_zip=$(realpath "$2") && check_key=$(realpath "$3") || exit 2
fi
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/release-check

# What is published, and nothing else: the parent and the bom (POMs), and four jars with sources and javadoc.
published_poms="glue-labels-parent glue-labels-bom"
published_jars="glue-labels-core glue-labels-fake glue-labels-junit5 glue-labels-maven-plugin"
# Automatic-Module-Name of each published jar
module_names="glue-labels-core=io.github.gluelabels.core glue-labels-fake=io.github.gluelabels.fake
glue-labels-junit5=io.github.gluelabels.junit5 glue-labels-maven-plugin=io.github.gluelabels.maven"

work=
cleanup() {
  if [ -n "$work" ] && [ -d "$work" ]; then
    for home in "$work/gnupg" "$work/check/gnupg"; do
      [ -d "$home" ] && gpgconf --homedir "$home" --kill all >/dev/null 2>&1
    done
    rm -rf "$work"
  fi
}
trap cleanup EXIT

check_bundle() { # bundle.zip public-key.asc release-version
  local bundle=$1 key=$2 version=$3
  local check=$work/check
  mkdir -p "$check/gnupg" "$check/bundle" && chmod 700 "$check/gnupg"
  GNUPGHOME=$check/gnupg gpg --batch --quiet --import "$key" 2>/dev/null || { echo "FAIL cannot import $key"; return 1; }
  unzip -q "$bundle" -d "$check/bundle" || { echo "FAIL cannot unzip $bundle"; return 1; }
  GNUPGHOME=$check/gnupg PUBLISHED_POMS=$published_poms PUBLISHED_JARS=$published_jars MODULE_NAMES=$module_names \
    python3 - "$check/bundle" "$version" <<'PY'
import hashlib, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

bundle, version = sys.argv[1], sys.argv[2]
group = "io.github.gluelabels"
poms_only = os.environ["PUBLISHED_POMS"].split()
jars = os.environ["PUBLISHED_JARS"].split()
names = dict(pair.split("=") for pair in os.environ["MODULE_NAMES"].split())
sums = {".md5": hashlib.md5, ".sha1": hashlib.sha1, ".sha256": hashlib.sha256, ".sha512": hashlib.sha512}
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
failures = 0

def report(rule, problems, checked):
    global failures
    if problems:
        failures += 1
        print(f"FAIL {rule}")
        for p in problems[:20]:
            print(f"       {p}")
        if len(problems) > 20:
            print(f"       ... and {len(problems) - 20} more")
    else:
        print(f"PASS {rule} ({checked})")

files = sorted(os.path.relpath(os.path.join(d, f), bundle) for d, _, fs in os.walk(bundle) for f in fs)
extras = tuple(sums) + (".asc",)
artifacts = [f for f in files if not f.endswith(extras)]

# Layout: group/artifact/version/artifact-version[-classifier].ext, nothing else
layout = []
by_artifact = {}
for f in artifacts:
    parts = f.split("/")
    m = re.fullmatch(r"(.+)/([^/]+)/([^/]+)/([^/]+)", f)
    if not m or m.group(1).replace("/", ".") != group or not m.group(4).startswith(f"{m.group(2)}-{m.group(3)}"):
        layout.append(f"{f}: not group/artifact/version/artifact-version[-classifier].ext of {group}")
        continue
    artifact, v, name = m.group(2), m.group(3), m.group(4)
    if v != version:
        layout.append(f"{f}: version {v}, expected {version}")
    by_artifact.setdefault(artifact, []).append(name[len(f"{artifact}-{v}"):])
report("layout: Maven repository paths of " + group + " at " + version, layout, f"{len(artifacts)} artifacts")

expected = set(poms_only) | set(jars)
report("bundle holds every published module", [f"{a}: missing" for a in sorted(expected - set(by_artifact))],
       ", ".join(sorted(expected)))
report("bundle holds no unpublished module (core-it, bench, examples, test modules)",
       [f"{a}: not published" for a in sorted(set(by_artifact) - expected)], f"{len(by_artifact)} modules")
report("no test-jar", [f for f in artifacts if re.search(r"-(tests|test-sources|test-javadoc)\.jar$", f)],
       "no -tests, -test-sources or -test-javadoc jar")
report("no SNAPSHOT", [f for f in files if "SNAPSHOT" in f], "release version " + version)

missing = []
for a in jars:
    for suffix in (".pom", ".jar", "-sources.jar", "-javadoc.jar"):
        if suffix not in by_artifact.get(a, []):
            missing.append(f"{a}: no {a}-{version}{suffix}")
for a in poms_only:
    if ".pom" not in by_artifact.get(a, []):
        missing.append(f"{a}: no {a}-{version}.pom")
report("each jar module has pom, jar, sources and javadoc; each pom module its pom", missing,
       f"{len(jars)} jar modules, {len(poms_only)} pom modules")

bad_sig = []
for f in artifacts:
    asc = os.path.join(bundle, f + ".asc")
    if not os.path.exists(asc):
        bad_sig.append(f"{f}: no .asc")
        continue
    status = subprocess.run(["gpg", "--batch", "--status-fd", "1", "--verify", asc, os.path.join(bundle, f)],
                            capture_output=True, text=True).stdout
    if "[GNUPG:] GOODSIG" not in status or "[GNUPG:] VALIDSIG" not in status:
        bad_sig.append(f"{f}.asc: does not verify")
report("every artifact has a .asc signature that verifies", bad_sig, f"{len(artifacts)} signatures")

bad_sum = []
counted = 0
for f in artifacts:
    data = open(os.path.join(bundle, f), "rb").read()
    for ext, algorithm in sums.items():
        path = os.path.join(bundle, f + ext)
        if not os.path.exists(path):
            if ext in (".md5", ".sha1"):
                bad_sum.append(f"{f}: no {ext}")
            continue
        counted += 1
        written = open(path).read().split()
        if not written or written[0].lower() != algorithm(data).hexdigest():
            bad_sum.append(f"{f}{ext}: does not match the file")
report("every artifact has .md5 and .sha1 (and any .sha256, .sha512) that match", bad_sum, f"{counted} checksums")

def text(element, path):
    found = element.find(path, ns)
    return found.text.strip() if found is not None and found.text and found.text.strip() else None

poms = {}
for f in artifacts:
    if f.endswith(".pom"):
        poms[f.split("/")[-3]] = ET.parse(os.path.join(bundle, f)).getroot()

def inherited(artifact, check):
    """The value check() finds in the POM of artifact or, failing that, in its parents within the bundle."""
    seen = set()
    while artifact in poms and artifact not in seen:
        seen.add(artifact)
        value = check(poms[artifact])
        if value:
            return value
        artifact = text(poms[artifact], "m:parent/m:artifactId")
    return None

fields = {
    "groupId": lambda p: text(p, "m:groupId") or text(p, "m:parent/m:groupId"),
    "artifactId": lambda p: text(p, "m:artifactId"),
    "version": lambda p: text(p, "m:version") or text(p, "m:parent/m:version"),
    "name": lambda p: text(p, "m:name"),
    "description": lambda p: text(p, "m:description"),
    "url": lambda p: text(p, "m:url"),
    "licenses": lambda p: all(text(l, "m:name") and text(l, "m:url") for l in p.findall("m:licenses/m:license", ns))
                          and p.findall("m:licenses/m:license", ns),
    "developers": lambda p: [d for d in p.findall("m:developers/m:developer", ns) if text(d, "m:name")],
    "scm": lambda p: text(p, "m:scm/m:url") and text(p, "m:scm/m:connection"),
}
bad_pom = []
for artifact in sorted(poms):
    for field, check in fields.items():
        own = field in ("groupId", "artifactId", "version", "name", "description")
        value = check(poms[artifact]) if own else inherited(artifact, check)
        if not value:
            bad_pom.append(f"{artifact}: no {field}" + ("" if own else " (nor in its parents in the bundle)"))
    parent = text(poms[artifact], "m:parent/m:artifactId")
    if parent and parent not in poms:
        bad_pom.append(f"{artifact}: its parent {parent} is not in the bundle")
report("every POM has groupId, artifactId, version, name, description, url, licenses, developers, scm",
       bad_pom, f"{len(poms)} POMs")

bom = poms.get("glue-labels-bom")
bom_problems = []
if bom is not None:
    if bom.find("m:parent", ns) is not None:
        bom_problems.append("has a parent: its dependencyManagement would reach users")
    managed = {(text(d, "m:groupId"), text(d, "m:artifactId")): text(d, "m:version")
               for d in bom.findall("m:dependencyManagement/m:dependencies/m:dependency", ns)}
    if set(managed) != {(group, a) for a in jars}:
        bom_problems.append(f"manages {sorted(a for _, a in managed)}, expected {sorted(jars)}")
    for (_, a), v in managed.items():
        if v not in (version, "${project.version}"):
            bom_problems.append(f"manages {a} at {v}, expected {version}")
report("the bom manages exactly the published jars at the release version, and has no parent", bom_problems,
       f"{len(jars)} artifacts")

empty = []
for f in artifacts:
    if f.endswith("-javadoc.jar") or f.endswith("-sources.jar"):
        wanted = ".html" if f.endswith("-javadoc.jar") else ".java"
        with zipfile.ZipFile(os.path.join(bundle, f)) as z:
            if not any(n.endswith(wanted) for n in z.namelist()):
                empty.append(f"{f}: no {wanted} file")
report("javadoc jars hold .html, sources jars .java", empty, "every -javadoc and -sources jar")

no_license = []
jar_files = [f for f in artifacts if f.endswith(".jar") and not re.search(r"-(sources|javadoc)\.jar$", f)]
for f in jar_files:
    with zipfile.ZipFile(os.path.join(bundle, f)) as z:
        if "META-INF/LICENSE" not in z.namelist():
            no_license.append(f"{f}: no META-INF/LICENSE")
report("every published jar carries META-INF/LICENSE", no_license, f"{len(jar_files)} jars")

bad_name = []
for a in jars:
    f = os.path.join(bundle, *group.split("."), a, version, f"{a}-{version}.jar")
    if not os.path.exists(f):
        continue
    with zipfile.ZipFile(f) as z:
        manifest = z.read("META-INF/MANIFEST.MF").decode("utf-8")
    found = re.search(r"^Automatic-Module-Name: *(\S+)", manifest, re.M)
    if not found or found.group(1) != names[a]:
        bad_name.append(f"{a}: Automatic-Module-Name {found.group(1) if found else 'missing'}, expected {names[a]}")
        continue
    described = subprocess.run(["jar", "--describe-module", "--file", f], capture_output=True, text=True)
    # "No module descriptor found. Derived automatic module." then "<name>@<version> automatic"
    if described.returncode != 0 or not re.search(rf"^{re.escape(names[a])}(@\S+)? automatic$", described.stdout, re.M):
        bad_name.append(f"{a}: not a valid automatic module: {(described.stdout + described.stderr).strip()[:300]}")
report("each published jar's Automatic-Module-Name is its module name, and the jar a valid automatic module",
       bad_name, ", ".join(names[a] for a in jars))

print()
print(f"release check: {'FAIL' if failures else 'PASS'} ({failures} rule(s) failed)")
sys.exit(1 if failures else 0)
PY
}

work=$(mktemp -d "${TMPDIR:-/tmp}/glue-labels-release-check.XXXXXX")

if [ -n "${check_zip:-}" ]; then
  version=$(unzip -Z1 "$check_zip" | sed -n 's#^io/github/gluelabels/glue-labels-parent/\([^/]*\)/.*#\1#p' | head -1)
  check_bundle "$check_zip" "$check_key" "$version"
  exit $?
fi

snapshot=$(sed -n '/<artifactId>glue-labels-parent<\/artifactId>/{n;s#.*<version>\(.*\)</version>.*#\1#p;q}' pom.xml)
version=${RELEASE_VERSION:-${snapshot%-SNAPSHOT}}
echo "release check of $version (from $snapshot), in $work"

# A copy of the working tree (what git tracks or would track), at the release version
mkdir -p "$work/src"
git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
  | tar --null -T - -cf - | tar -xf - -C "$work/src"
for pom in "$work/src/pom.xml" "$work/src"/*/pom.xml; do
  sed -i "s#<version>$snapshot</version>#<version>$version</version>#g" "$pom"
done

# A throwaway signing key, in a GNUPGHOME of its own
export GNUPGHOME=$work/gnupg
mkdir -p "$GNUPGHOME" && chmod 700 "$GNUPGHOME"
passphrase=$(head -c 24 /dev/urandom | base64)
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
  --quick-generate-key "glue-labels release check (throwaway) <release-check@glue-labels.invalid>" rsa3072 sign 1d \
  2>/dev/null || { echo "FAIL cannot make a GPG key"; exit 2; }
fingerprint=$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '/^fpr/ {print $10; exit}')
mkdir -p "$out"
rm -f "$out/central-bundle.zip" "$out/public-key.asc"
gpg --batch --armor --export "$fingerprint" > "$out/public-key.asc" 2>/dev/null
echo "throwaway key $fingerprint"

echo "building: ./mvnw -B -Prelease clean deploy -DskipTests -Dinvoker.skip -Dmaven.install.skip (log: $out/build.log)"
started=$(date +%s)
secret_key=$(gpg --batch --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys \
  "$fingerprint" 2>/dev/null)
(cd "$work/src" && MAVEN_GPG_KEY=$secret_key MAVEN_GPG_PASSPHRASE=$passphrase \
  ./mvnw -B -Prelease clean deploy -DskipTests -Dinvoker.skip -Dmaven.install.skip=true) > "$out/build.log" 2>&1
status=$?
unset secret_key passphrase
if [ $status -ne 0 ]; then
  grep -E "^\[ERROR\]" "$out/build.log" | head -30
  echo "FAIL the release build (exit $status), see $out/build.log"
  exit 2
fi
echo "built in $(( $(date +%s) - started )) s"
cp "$work/src/target/central-bundle.zip" "$out/central-bundle.zip"
echo "bundle: $out/central-bundle.zip ($(unzip -Z1 "$out/central-bundle.zip" | grep -vc '/$') files)"
echo
check_bundle "$out/central-bundle.zip" "$out/public-key.asc" "$version"
