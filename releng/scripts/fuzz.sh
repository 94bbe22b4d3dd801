#!/usr/bin/env bash
# Fuzzes the article parser and extraction pipeline longer than CI does: ROUNDS runs of the 60 s
# Jazzer session (default 10), each continuing from the corpus the previous one left. Crashes are
# written to plugins/factcheck.core/src/test/resources/factcheck/core/fuzz/ArticlePipelineFuzzTestInputs/
# and then replayed by every normal test run, so each one becomes a regression test.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/releng/scripts/jdk.sh"
rounds=${1:-10}
cd "$top"
./mvnw -q -B -DskipTests -Dfactcheck.fuzz.skip=true install -pl releng/factcheck.target,plugins/factcheck.core >/dev/null
for i in $(seq 1 "$rounds"); do
    echo "fuzz: round $i of $rounds (60 s)" >&2
    ./mvnw -B -o surefire:test@fuzz -pl plugins/factcheck.core | grep -E "Tests run:|#[0-9]+.*DONE|ERROR" || true
done
