# Sourced by the root scripts: finds a JDK 21 or newer (Tycho 5 and the Eclipse 4.39+ bundles need
# it) and exports JAVA_HOME. The default java on our machines is 17, so look beyond it.
# The JDK's release file names its version without starting a JVM (each start costs a tenth of a
# second, and every ./factcheck run looks); a JDK without one is asked.
_fc_java_major() {
    local version
    local line
    if [ -f "$1/release" ]; then
        # read with the shell's own builtins: this runs for every candidate JDK on every ./factcheck
        while IFS= read -r line; do
            if [[ $line =~ ^JAVA_VERSION=\"([0-9.]+) ]]; then
                version=${BASH_REMATCH[1]}
                break
            fi
        done <"$1/release"
    fi
    if [ -z "${version:-}" ]; then
        version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1)
    fi
    version=${version#1.}
    echo "${version%%.*}"
}
_fc_pick_jdk() {
    local candidate major
    for candidate in "${FACTCHECK_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(_fc_java_major "$candidate")
        if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
if ! JAVA_HOME=$(_fc_pick_jdk); then
    echo "factcheck: no JDK 21 or newer found (looked at \$FACTCHECK_JAVA_HOME, \$JAVA_HOME and /usr/lib/jvm)." >&2
    echo "factcheck: install one (e.g. Temurin 21+) or point FACTCHECK_JAVA_HOME at it." >&2
    exit 2
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
