#!/usr/bin/env bash
# Fuzzes the article parser and extraction pipeline longer than CI does: ROUNDS runs (default 10)
# of the 60 s Jazzer session, each continuing from the corpus the previous ones left in
# plugins/factcheck.core/.cifuzz-corpus. A crash stops the loop; its input is saved under
# plugins/factcheck.core/src/test/resources/factcheck/core/fuzz/ArticlePipelineFuzzTestInputs/ and,
# once committed with the fix, replayed by every normal build as a regression test.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/releng/scripts/jdk.sh"
rounds=${1:-10}
cd "$top"
for i in $(seq 1 "$rounds"); do
    echo "fuzz: round $i of $rounds (60 s)" >&2
    log=$(mktemp)
    # clean: Tycho's incremental test compilation misses unchanged test classes (see README)
    if ! ./mvnw -B -o clean verify -pl releng/factcheck.target,plugins/factcheck.core -Dtest=ArticlePipelineFuzzTest \
            -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
        grep -E "DONE|Test unit written|FuzzTestFindingException|expected:" "$log" >&2 || tail -20 "$log" >&2
        rm -f "$log"
        exit 1
    fi
    grep -E "#[0-9]+[[:space:]]+DONE" "$log" >&2 || true
    rm -f "$log"
done
