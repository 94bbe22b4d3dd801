#!/usr/bin/env bash
# Rewrites the README's list of the rule API from the allowlist the sandbox checks
# (plugins/factcheck.core/src/main/java/factcheck/core/rules/sandbox/allowed-api.txt).
# AllowlistDocTest fails the build until the two agree.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/releng/scripts/jdk.sh"
core="$top/plugins/factcheck.core"
(cd "$top" && ./mvnw -q -B compile -pl releng/factcheck.target,plugins/factcheck.core >&2)
exec "$JAVA_HOME/bin/java" -cp "$core/target/classes:$core/lib/*" factcheck.core.rules.sandbox.AllowlistDoc "$top/README.md"
