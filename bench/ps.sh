#!/usr/bin/env bash
# `ps aux` over 10,000 processes in a real session (issue 17's Speed; target < 100 ms):
#
#   bench/ps.sh [N [RUNS]]      (default 10,000 sleeps, 20 runs)
#
# PsSession boots the system image with 4 GiB, has the login shell start N background
# `sleep 1000` jobs, then times, host-side, `ps aux >/dev/null` typed at the prompt against
# `true` typed at the same prompt (the cost of running any command in that session). For
# reference, the host's own procps `ps aux` over the host's processes, timed the same way.
# Then whole sessions, ./miniunix SCRIPT, with and without 10 `ps aux` (JIT warm-up
# included, as a user meets it): the difference over 10 is one ps aux, cold to warm.
set -euo pipefail
n=${1:-10000}
runs=${2:-20}
root=$(cd "${BASH_SOURCE[0]%/*}/.." && pwd)
jar=$root/bench/target/benchmarks.jar
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    echo "bench/ps.sh: build failed" >&2
    exit 1
fi
# The JVM's default collector (G1, as ./miniunix runs), then the serial one: G1's barriers
# make the same work cost 1-4x more CPU from one run to the next on this 2-core machine.
echo "== default GC (G1)"
"$java" -cp "$jar" miniunix.bench.PsSession "$n" "$runs"
echo "== -XX:+UseSerialGC -Xmn16m (as ./miniunix runs)"
"$java" -XX:+UseSerialGC -Xmn16m -cp "$jar" miniunix.bench.PsSession "$n" "$runs"
if command -v ps >/dev/null; then
    t=()
    for ((r = 0; r < runs; r++)); do
        s=$EPOCHREALTIME
        ps aux >/dev/null
        t+=("$(awk -v a="$s" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", (b - a) * 1000 }')")
    done
    med=$(printf '%s\n' "${t[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf 'host procps `ps aux` over %d processes: %s ms (median of %d, a whole process)\n' \
        "$(ps -e --no-headers | wc -l)" "$med" "$runs"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$log"' EXIT
printf 'for i in $(seq %d); do sleep 1000 & done >/dev/null 2>&1\n' "$n" >"$tmp/a.sh"
cp "$tmp/a.sh" "$tmp/b.sh"
echo 'for j in 1 2 3 4 5 6 7 8 9 10; do ps aux >/dev/null; done' >>"$tmp/b.sh"
"$root/miniunix" -c true >/dev/null
secs() {
    local s=$EPOCHREALTIME
    "$root/miniunix" --mem 4G "$1" >/dev/null 2>&1
    awk -v a="$s" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'
}
a=$(secs "$tmp/a.sh")
b=$(secs "$tmp/b.sh")
awk -v a="$a" -v b="$b" 'BEGIN { printf "whole session: %.2f s without ps, %.2f s with 10 ps aux: %.0f ms each\n", a, b, (b - a) * 100 }'
