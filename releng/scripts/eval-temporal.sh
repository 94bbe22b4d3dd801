#!/usr/bin/env bash
# Value accuracy of the temporal resolver on the TempEval-3 TBAQ development set (TimeML news with
# gold TIMEX3 values). The data is research-use only and never part of this repository: pass its
# folder, or it is looked for in ../shared/data/tempeval3-tbaq beside the checkout.
#   releng/scripts/eval-temporal.sh [TBAQ-DIR]
# It prints value and span (relaxed, strict) precision/recall/F1 and value accuracy per TIMEX3 type.
# TEMPEVAL_DUMP=FILE also writes every value error, miss and spurious expression with its context
# there (keep that file outside the repository: it quotes the data).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/releng/scripts/jdk.sh"
data=${1:-$top/../shared/data/tempeval3-tbaq}
if [ ! -d "$data" ]; then
    echo "eval-temporal: no TBAQ data at $data (pass the folder holding TimeBank/ and AQUAINT/)" >&2
    exit 2
fi
core="$top/plugins/factcheck.core"
# Tycho's incremental test compilation does not see unchanged test classes (see README), so the
# test classes are compiled afresh.
rm -rf "$core/target/test-classes"
(cd "$top" && ./mvnw -q -B test-compile -pl releng/factcheck.target,plugins/factcheck.core >&2)
exec "$JAVA_HOME/bin/java" ${TEMPEVAL_DUMP:+-Dtempeval.dump="$TEMPEVAL_DUMP"} -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider \
    -cp "$core/target/test-classes:$core/target/classes:$core/lib/*" factcheck.core.time.TempEvalEvaluation "$data"
