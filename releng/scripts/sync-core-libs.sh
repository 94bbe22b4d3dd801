#!/usr/bin/env bash
# Rewrites Bundle-ClassPath in plugins/factcheck.core/META-INF/MANIFEST.MF from the core pom's runtime
# dependencies (the jars maven-dependency-plugin copies to lib/ with versions stripped).
# Run after changing a dependency of factcheck.core; CoreLibsManifestTest checks the two agree.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/releng/scripts/jdk.sh"
list=$(mktemp)
(cd "$top/plugins/factcheck.core" && "$top/mvnw" -q -B -o dependency:list -DincludeScope=runtime \
    -DoutputFile="$list" -DexcludeTransitive=false -Dtycho.mode=maven >/dev/null)
python3 - "$list" "$top/plugins/factcheck.core/META-INF/MANIFEST.MF" <<'PY'
import re, sys
jars = sorted({re.split(r":", l.strip())[1] for l in open(sys.argv[1]) if re.match(r"\s+\S+:\S+:jar:", l)})
mf = open(sys.argv[2]).read().split("\n")
out, skip = [], False
for line in mf:
    if line.startswith("Bundle-ClassPath:"):
        out.append("Bundle-ClassPath: .,")
        out += [f" lib/{j}.jar," for j in jars[:-1]] + [f" lib/{jars[-1]}.jar"]
        skip = True
        continue
    if skip and line.startswith(" "):
        continue
    skip = False
    out.append(line)
open(sys.argv[2], "w").write("\n".join(out))
PY
rm -f "$list"
