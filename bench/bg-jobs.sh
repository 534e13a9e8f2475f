#!/usr/bin/env bash
# Scale: N background jobs started by one script, `for i in $(seq N); do sleep 2 & done`,
# at several N to show the cost is linear in the number of jobs (issue 13: 10,000 in under
# 2 s). miniunix alone (bench/shell.sh's bg-jobs row runs bash and dash too, which take
# minutes for 10,000 jobs).
#
#   bench/bg-jobs.sh [RUNS [N...]]   (default 5 runs at 1000 5000 10000)
#
# Prints, per N, the medians of wall time, CPU time (user + sys: the JVM's, its collector's
# and JIT's threads included) and peak RSS of whole runs (JVM start-up included: compare
# `./miniunix -c true`, printed first), and the CPU cost per job between consecutive Ns.
set -euo pipefail
runs=${1:-5}
shift || true
sizes=("$@")
(( ${#sizes[@]} > 0 )) || sizes=(1000 5000 10000)
root=$(cd "${BASH_SOURCE[0]%/*}/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/miniunix" -c true >/dev/null     # builds the jar and its archive if needed

median() {
    printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"
}

# one N: median wall seconds, CPU seconds and peak MiB of $runs runs (N = 0: `-c true`)
one() {
    local f=$tmp/bg.$1.sh t=() c=() m=() secs user sys kb
    if (( $1 > 0 )); then
        printf 'for i in $(seq %d); do sleep 2 & done; echo started\n' "$1" >"$f"
    else
        printf 'true\n' >"$f"
    fi
    for ((r = 0; r < runs; r++)); do
        # 10,000 processes need the process limit of 4G (ulimit -u is half of threads-max)
        /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$root/miniunix" --mem 4G "$f" >/dev/null </dev/null
        read -r secs user sys kb <"$tmp/time"
        t+=("$secs"); c+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"); m+=("$kb")
    done
    echo "$(median "${t[@]}") $(median "${c[@]}") $(median "${m[@]}" | awk '{printf "%.1f", $1 / 1024}')"
}

echo "bg-jobs, medians of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M') UTC)"
printf '%8s %8s %8s %8s %14s\n' jobs wall cpu MiB 'cpu us/job'
prev_n=0 prev_c=
for n in 0 "${sizes[@]}"; do
    read -r w c mib < <(one "$n")
    per=-
    [[ -n $prev_c ]] && per=$(awk -v a="$prev_c" -v b="$c" -v n=$((n - prev_n)) 'BEGIN { printf "%.0f", (b - a) * 1e6 / n }')
    printf '%8s %8s %8s %8s %14s\n' "$n" "$w" "$c" "$mib" "$per"
    prev_n=$n prev_c=$c
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
