#!/usr/bin/env bash
# The shell's speed against bash and dash, the same scripts in the same run (issue 13):
#
#   bench/shell.sh [RUNS [ROW...]]   (default 3 runs of each and every row; medians and ratios)
#
# Two tables.
#
# Whole processes: each script runs as `SHELL FILE`, so JVM start-up and JIT warm-up are in
# miniunix's figure, as a user meets them on a short script. The last row is scale: 10,000
# background jobs.
#
# Per iteration (steady state): each loop runs at two sizes, N (the first table's) and 10N,
# and the cost of one iteration is (t(10N) - t(N)) / 9N: start-up, warm-up and the final echo
# cancel out, what is left is the interpreter's own cost per iteration, from wall time (the
# figure) and from CPU time (user + sys, which the machine's other load inflates less; a JVM's
# includes its JIT compiler threads). The append loops are not there: their iterations cost
# more as the string grows.
#
# dash has no (( )), so it runs only the POSIX loops. Peak RSS is miniunix's (the 10N run's in
# the second table). Rows: test-loop arith-loop function-loop append-loop append-builtin echo-loop
# printf-loop bg-jobs.
set -euo pipefail
runs=${1:-3}
shift || true
root=$(cd "${BASH_SOURCE[0]%/*}/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/miniunix" -c true >/dev/null     # builds the jar and its archive if needed

# shellcheck source=bench/loops.sh
source "$root/bench/loops.sh"
order=(test-loop arith-loop function-loop append-loop append-builtin echo-loop printf-loop bg-jobs)
(( $# > 0 )) && order=("$@")
for s in "${order[@]}"; do
    [[ -n ${size[$s]:-} ]] || { echo "bench/shell.sh: no such row: $s" >&2; exit 2; }
done

# file NAME N: the script of row NAME at size N
file() { loop_file "$tmp" "$1" "$2"; }

# one SHELL... SCRIPT: median wall seconds, median CPU seconds (user + sys) and median peak
# RSS (MiB) over $runs runs
one() {
    local out=$tmp/time.$$ t=() c=() m=() secs user sys kb
    for ((r = 0; r < runs; r++)); do
        /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 </dev/null || true
        read -r secs user sys kb <"$out"
        t+=("$secs"); c+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"); m+=("$kb")
    done
    echo "$(median "${t[@]}") $(median "${c[@]}") $(median "${m[@]}" | awk '{printf "%.1f", $1 / 1024}')"
}

median() {
    printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"
}

ratio() {
    [[ $1 == - || $2 == - ]] && { echo -; return; }
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.01) }'
}

# per-iteration microseconds from the two sizes' times
periter() {
    awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.2f", (b - a) * 1e6 / (9 * n) }'
}

echo "whole processes (seconds, medians of $runs; load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-16s %10s %10s %10s %8s %8s %12s\n' script bash dash miniunix 'x bash' 'x dash' 'MiB (mu)'
for s in "${order[@]}"; do
    n=${size[$s]}
    read -r b _ _ < <(one bash "$(file "$s" "$n")")
    d=-
    posix "$s" && read -r d _ _ < <(one dash "$(file "$s" "$n")")
    mem=()
    [[ $s == bg-jobs ]] && mem=(--mem 4G)
    read -r m _ mib < <(one "$root/miniunix" "${mem[@]}" "$(file "$s" "$n")")
    printf '%-16s %10s %10s %10s %8s %8s %12s\n' "$s" "$b" "$d" "$m" "$(ratio "$m" "$b")" "$(ratio "$m" "$d")" "$mib"
done

loops=()
for s in "${order[@]}"; do
    case $s in test-loop|arith-loop|function-loop|echo-loop|printf-loop) loops+=("$s") ;; esac
done
(( ${#loops[@]} > 0 )) || exit 0
echo
echo "per iteration, (t(10N) - t(N)) / 9N (microseconds, wall and CPU; load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-14s %8s %9s %9s %9s %8s %8s %9s %9s %8s %10s\n' script N bash dash miniunix 'x bash' 'x dash' \
    'bash CPU' 'mu CPU' 'x bash' 'MiB (10N)'
for s in "${loops[@]}"; do
    n=${size[$s]}
    # shellcheck disable=SC2034
    for sh in bash dash mu; do
        cmd=("$sh")
        [[ $sh == mu ]] && cmd=("$root/miniunix")
        if [[ $sh == dash ]] && ! posix "$s"; then
            printf -v "w_$sh" -; printf -v "c_$sh" -
            continue
        fi
        read -r w1 c1 _ < <(one "${cmd[@]}" "$(file "$s" "$n")")
        read -r w10 c10 mib < <(one "${cmd[@]}" "$(file "$s" $((10 * n)))")
        printf -v "w_$sh" %s "$(periter "$w1" "$w10" "$n")"
        printf -v "c_$sh" %s "$(periter "$c1" "$c10" "$n")"
    done
    printf '%-14s %8s %9s %9s %9s %8s %8s %9s %9s %8s %10s\n' "$s" "$n" "$w_bash" "$w_dash" "$w_mu" \
        "$(ratio "$w_mu" "$w_bash")" "$(ratio "$w_mu" "$w_dash")" "$c_bash" "$c_mu" "$(ratio "$c_mu" "$c_bash")" "$mib"
done
