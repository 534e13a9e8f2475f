#!/usr/bin/env bash
# What a user gets for a short script, as whole processes: `./miniunix -c true`, each of
# bench/shell.sh's loop scripts at its default size as `./miniunix FILE`, and the test loop
# fed on stdin (`./miniunix < FILE`), against bash and dash on the same command and a plain
# Java hello-world (`java -cp DIR Hello`, the floor of any JVM program), in the same runs.
#
#   bench/startup.sh [RUNS [ROW[:N]...]]   (default 10 runs; rows: true test-loop arith-loop
#                                           function-loop append-loop append-builtin stdin)
#
# A row's N defaults to its size in bench/loops.sh; ROW:N runs it at N iterations instead
# (test-loop:400000 arith-loop:1000000 function-loop:500000 are about one second of bash
# each, where the loop, not the JVM's start-up, is what is timed).
#
# Each run takes every row's commands in turn (miniunix, bash, dash, then the hello-world once
# a run), so a drift of the machine's speed hits all alike. Prints the medians of wall time
# and of CPU time (user + sys: a JVM's includes its JIT compiler threads, which on a short
# script are about half of it) and the ratios of miniunix's to bash's, dash's and the
# hello-world's. The load average is printed too: on a shared machine only ratios measured in
# the same minutes mean anything.
set -euo pipefail
runs=${1:-10}
shift || true
root=$(cd "${BASH_SOURCE[0]%/*}/.." && pwd)
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=bench/loops.sh
source "$root/bench/loops.sh"
rows=(true test-loop arith-loop function-loop append-loop append-builtin stdin)
(( $# > 0 )) && rows=("$@")
for r in "${rows[@]}"; do
    name=${r%%:*}
    [[ $name == true || $name == stdin || -n ${size[$name]:-} ]] || { echo "bench/startup.sh: no such row: $r" >&2; exit 2; }
    [[ $r != *:* || ${r#*:} =~ ^[1-9][0-9]*$ ]] || { echo "bench/startup.sh: bad size: $r" >&2; exit 2; }
done
have_dash=false
command -v dash >/dev/null && have_dash=true

cat >"$tmp/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
javac -d "$tmp" "$tmp/Hello.java"
"$root/miniunix" -c true >/dev/null     # builds the jar and its archive if needed
"$java" -cp "$tmp" Hello >/dev/null     # warms the file cache

# run KEY STDIN CMD...: one timed run; appends "wall cpu" to $tmp/KEY
run() {
    local key=$1 in=$2 e u s
    shift 2
    /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$@" <"$in" >/dev/null 2>&1 || true
    read -r e u s <"$tmp/time"
    awk -v e="$e" -v u="$u" -v s="$s" 'BEGIN { printf "%s %.2f\n", e, u + s }' >>"$tmp/$key"
}

# command NAME SHELL: how row NAME runs under SHELL (miniunix, bash, dash): sets cmd and in
command_of() {
    local sh=$2 name=${1%%:*} n
    [[ $sh == miniunix ]] && sh=$root/miniunix
    in=/dev/null
    case $name in
        true) cmd=("$sh" -c true) ;;
        stdin)
            n=${size[test-loop]}
            [[ $1 == *:* ]] && n=${1#*:}
            cmd=("$sh"); in=$(loop_file "$tmp" test-loop "$n") ;;
        *)
            n=${size[$name]}
            [[ $1 == *:* ]] && n=${1#*:}
            cmd=("$sh" "$(loop_file "$tmp" "$name" "$n")") ;;
    esac
}

for ((i = 0; i < runs; i++)); do
    for r in "${rows[@]}"; do
        for sh in miniunix bash dash; do
            [[ $sh == dash ]] && { $have_dash || continue; }
            [[ $sh == dash && $r != true ]] && name=${r%%:*} && ! posix "${name/stdin/test-loop}" && continue
            command_of "$r" "$sh"
            run "$r.$sh" "$in" "${cmd[@]}"
        done
    done
    run hello /dev/null "$java" -cp "$tmp" Hello
done

# median KEY FIELD: the median of column FIELD (1 wall, 2 CPU) of $tmp/KEY, or - if none
median() {
    [[ -s $tmp/$1 ]] || { echo -; return; }
    awk -v f="$2" '{ print $f }' "$tmp/$1" | sort -n | awk '{ v[NR] = $1 } END {
        printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() {
    [[ $1 == - || $2 == - ]] && { echo -; return; }
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'
}

# table FIELD TITLE: one table of the medians of FIELD (1 wall, 2 CPU) and the ratios
table() {
    local h r m b d
    h=$(median hello "$1")
    echo "$2, seconds, medians of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    printf '%-21s %9s %7s %7s %7s %8s %8s %8s\n' row miniunix bash dash hello 'x bash' 'x dash' 'x hello'
    for r in "${rows[@]}"; do
        m=$(median "$r.miniunix" "$1")
        b=$(median "$r.bash" "$1")
        d=$(median "$r.dash" "$1")
        printf '%-21s %9s %7s %7s %7s %8s %8s %8s\n' "$r" "$m" "$b" "$d" "$h" \
            "$(ratio "$m" "$b")" "$(ratio "$m" "$d")" "$(ratio "$m" "$h")"
    done
}

table 1 "wall time"
echo
table 2 "CPU time (user + sys; a 0 is under the 10 ms resolution)"
