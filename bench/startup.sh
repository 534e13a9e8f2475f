#!/usr/bin/env bash
# Start-up: `./miniunix -c true` against a plain Java hello-world, side by side.
#
#   bench/startup.sh [RUNS]     (default 20 runs of each, alternating)
#
# Prints the median wall time of each and their ratio; the target is within 2x
# (issue 2). Times are taken with bash's $EPOCHREALTIME, so no extra process is timed.
set -euo pipefail
runs=${1:-20}
root=${BASH_SOURCE[0]%/*}/..
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
javac -d "$tmp" "$tmp/Hello.java"

"$root/miniunix" -c true >/dev/null || true   # builds the jar and its archive if needed
"$root/miniunix" -c true >/dev/null 2>&1 || true   # warms the file cache
"$java" -cp "$tmp" Hello >/dev/null

# usecs COMMAND...: runs it with output discarded, prints its wall time in microseconds.
usecs() {
    local t0=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 </dev/null || true
    local t1=$EPOCHREALTIME
    echo $(( ${t1/./} - ${t0/./} ))
}

: >"$tmp/mu"
: >"$tmp/hello"
for ((i = 0; i < runs; i++)); do
    usecs "$root/miniunix" -c true >>"$tmp/mu"
    usecs "$java" -cp "$tmp" Hello >>"$tmp/hello"
done

median() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.1f", m / 1000 }'
}
mu=$(median "$tmp/mu")
hello=$(median "$tmp/hello")
printf '%-28s %8s ms (median of %d)\n' "./miniunix -c true" "$mu" "$runs"
printf '%-28s %8s ms (median of %d)\n' "java -cp DIR Hello" "$hello" "$runs"
awk -v a="$mu" -v b="$hello" 'BEGIN { printf "ratio                        %8.2fx (target: within 2x)\n", a / b }'
