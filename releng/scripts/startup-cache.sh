# Sourced by ./factcheck: the JVM's start-up cache for the command line and the language server.
#
# A JVM spends most of a one-article run loading, verifying and linking the same few thousand classes
# and warming the same methods. JDK 25 keeps that work in an ahead-of-time cache (JEP 483 classes
# loaded and linked, JEP 514 made in one training run, JEP 515 method profiles); JDK 21-24 keep the
# loaded classes in an AppCDS archive the JVM writes itself at exit (-XX:+AutoCreateSharedArchive).
#
# The cache lives beside the built core (plugins/factcheck.core/target/startup-cache/), never in
# the source tree. Its name carries a digest of the JDK and of every jar on the class path, so a
# rebuilt jar or another JDK simply gets a cache of its own (older ones are deleted when a new one
# is made). A cache the JVM still refuses (damaged, copied from elsewhere) is ignored with a one-line
# notice and deleted; the run goes on without it and its findings are the same: the cache holds
# classes and profiles, never results.
#
# FACTCHECK_STARTUP_CACHE=off runs without it (to measure what it buys); FACTCHECK_STARTUP_CACHE_DIR
# puts it elsewhere (a read-only checkout, a test).

# _fc_cache_prepare NAME MAJOR CORE_JAR CLASSPATH BASE_OPTS... : for the program NAME (cli, lsp) sets fc_cache_opts (JVM options that
# use the cache), fc_cache_classpath (the class path to run with) and fc_cache_log (where the JVM
# reports a refused cache), creating the cache first when it is missing (JDK 25+: a training run
# over the bundled samples, with a one-line notice).
_fc_cache_prepare() {
    local name=$1 major=$2 corejar=$3 classpath=$4
    shift 4
    fc_cache_opts=()
    fc_cache_classpath=$classpath
    fc_cache_log=
    [ "${FACTCHECK_STARTUP_CACHE:-on}" = off ] && return 0
    [ "$major" -ge 21 ] 2>/dev/null && [ -f "$corejar" ] || return 0
    local dir="${FACTCHECK_STARTUP_CACHE_DIR:-$core/target/startup-cache}"
    { [ -d "$dir" ] || mkdir -p "$dir" 2>/dev/null; } && [ -w "$dir" ] || return 0

    local key
    key=$(_fc_cache_key "$classpath" "$@") || return 0
    # The JVM caches no class of a signed jar, and checks each class's digest as it loads it: the
    # core bundle is signed for the update site, so the command line runs an unsigned copy of it.
    local unsigned="$dir/$name-core-$key.jar"
    if [ ! -f "$unsigned" ] && ! _fc_cache_unsigned "$corejar" "$unsigned"; then
        return 0
    fi
    classpath="$unsigned:${classpath#"$corejar":}"
    fc_cache_log="$dir/refused-$$.log"
    # The JVM reports on standard output, which carries our reports: its cache messages go to a file
    # instead, and become one line on standard error after the run (_fc_cache_finish).
    local logging=(-Xlog:aot*=off -Xlog:cds*=off "-Xlog:aot*=error,cds*=error:file=$fc_cache_log::filecount=0")
    # The core's own start-up data (the knowledge base, checked and in binary form: KbCache) goes
    # beside the JVM's cache, in a folder of this build's key.
    local data=("-Dfactcheck.kbCache=$dir/$name-$key.data")
    if [ "$major" -ge 25 ]; then
        local cache="$dir/$name-$key.aot"
        if [ ! -f "$cache" ] && [ ! -f "$cache.failed" ]; then
            _fc_cache_train "$dir" "$cache" "$classpath" "$@" "${data[@]}" || return 0
        fi
        [ -f "$cache" ] || return 0
        fc_cache_opts=("-XX:AOTCache=$cache" "${logging[@]}" "${data[@]}")
        fc_cache_classpath=$classpath
    else
        # AppCDS: the JVM maps the archive when it fits and rewrites it at exit when it does not.
        local archive="$dir/$name-$key.jsa"
        if [ ! -f "$archive" ]; then
            echo "factcheck: this run also writes the start-up cache for this build and JDK (once): $archive" >&2
            _fc_cache_drop_others "$dir" "$name" "$key"
        fi
        fc_cache_opts=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive" "${logging[@]}" "${data[@]}")
        fc_cache_classpath=$classpath
    fi
}

# The core jar without its signature (and without the libraries it embeds for OSGi: lib/ is on the
# class path), made with the JDK's jar tool.
_fc_cache_unsigned() {
    local signed=$1 unsigned=$2 work
    work=$(mktemp -d) || return 1
    if (cd "$work" && "$JAVA_HOME/bin/jar" xf "$signed") \
        && rm -rf "$work"/META-INF/*.SF "$work"/META-INF/*.RSA "$work"/META-INF/*.EC "$work"/META-INF/*.DSA "$work/lib" \
        && "$JAVA_HOME/bin/jar" --create --file "$unsigned.$$.tmp" --manifest "$work/META-INF/MANIFEST.MF" -C "$work" . \
        && mv -f "$unsigned.$$.tmp" "$unsigned"; then
        rm -rf "$work"
        return 0
    fi
    rm -rf "$work" "$unsigned.$$.tmp"
    echo "factcheck: could not make the start-up cache's copy of the core jar; running without the cache" >&2
    return 1
}

# A digest of the JDK (its release file and path), the launcher's JVM options and each class path
# entry's name, size and time. One stat process for all the jars: a process per jar cost more than
# the rest of the launcher on a busy machine.
_fc_cache_key() {
    local classpath=$1
    shift
    {
        echo "$JAVA_HOME"
        cat "$JAVA_HOME/release" 2>/dev/null
        printf '%s\n' "$@"
        local entry file files=()
        IFS=: read -r -a entries <<<"$classpath"
        for entry in "${entries[@]}"; do
            for file in $entry; do
                [ -e "$file" ] && files+=("$file")
            done
        done
        [ "${#files[@]}" -eq 0 ] || stat -c '%n %s %Y' -- "${files[@]}"
        true
    } | sha256sum | cut -c1-16
}

# The training run: checks the bundled samples (every report path the JSON writer takes) with
# -XX:AOTCacheOutput, so the JVM records what it loaded and profiled, then writes the cache.
_fc_cache_train() {
    local dir=$1 cache=$2 classpath=$3
    shift 3
    local tmp="$cache.$$.tmp" log="$dir/training.log"
    rm -f "$log"
    echo "factcheck: creating the start-up cache for this build and JDK (once, about 15 s): $cache" >&2
    "$JAVA_HOME/bin/java" "$@" "-XX:AOTCacheOutput=$tmp" -Xlog:aot*=off -Xlog:cds*=off \
        "-Xlog:aot*=warning,cds*=warning:file=$log::filecount=0" \
        -Dfactcheck.standardPack="$top/rules/pack" -cp "$classpath" factcheck.core.cli.Main \
        --format json --annotations "$top/samples" >/dev/null 2>>"$log"
    local rc=$?
    # exit 1: the samples have findings, as they should
    if [ "$rc" -le 1 ] && [ -s "$tmp" ]; then
        mv -f "$tmp" "$cache"
        _fc_cache_drop_others "$dir" "$name" "$key"
        return 0
    fi
    rm -f "$tmp"
    : >"$cache.failed"
    echo "factcheck: could not create the start-up cache (exit $rc; see $log); running without it" >&2
    return 1
}

# Deletes NAME's caches (core copies, data folders) of other builds or JDKs: only the current KEY's stay.
_fc_cache_drop_others() {
    local dir=$1 name=$2 key=$3 other
    for other in "$dir/$name"-*; do
        case "$other" in
            *"-$key".* | *.tmp) ;;
            *) rm -rf "$other" ;;
        esac
    done
}

# After the run: a cache the JVM refused becomes one line on standard error, and is deleted so that
# the next run makes a fitting one.
_fc_cache_finish() {
    [ -n "${fc_cache_log:-}" ] || return 0
    if [ -s "$fc_cache_log" ]; then
        local cache reason
        cache=$(printf '%s\n' "${fc_cache_opts[@]}" | sed -n 's/^-XX:AOTCache=//p; s/^-XX:SharedArchiveFile=//p')
        reason=$(grep -v 'Run with -Xlog' "$fc_cache_log" | sed 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] *//' | head -n 1)
        echo "factcheck: the start-up cache was not used (${reason:-the JVM refused it}); it is made again next run: $cache" >&2
        [ -n "$cache" ] && case "$cache" in *.aot) rm -f "$cache" ;; esac
    fi
    [ ! -e "$fc_cache_log" ] || rm -f "$fc_cache_log"
}
