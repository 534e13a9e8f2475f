#!/usr/bin/env bash
# The shell's speed against bash and dash, the same scripts in the same run (issue 13):
#
#   bench/shell.sh [RUNS]      (default 3 runs of each; prints medians and ratios)
#
# Each script runs as `SHELL FILE`, whole processes, so JVM start-up is included in
# miniunix's figure as a user meets it. dash has no (( )), so it runs only the POSIX loops.
# The last rows are scale: 10,000 background jobs, and peak memory (RSS) of each run.
set -euo pipefail
runs=${1:-3}
root=$(cd "${BASH_SOURCE[0]%/*}/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/miniunix" -c true >/dev/null     # builds the jar and its archive if needed

cat >"$tmp/test-loop.sh" <<'SH'
i=0; while [ $i -lt 20000 ]; do i=$((i + 1)); done; echo $i
SH
cat >"$tmp/arith-loop.sh" <<'SH'
i=0; while (( i < 300000 )); do (( i++ )); done; echo $i
SH
cat >"$tmp/function-loop.sh" <<'SH'
f() { x=$1; }; i=0; while (( i < 200000 )); do f $i; (( i++ )); done; echo $i
SH
cat >"$tmp/append-loop.sh" <<'SH'
s=; i=0; while [ ${#s} -lt 20000 ]; do s="${s}x"; i=$((i + 1)); done; echo ${#s}
SH
cat >"$tmp/append-builtin.sh" <<'SH'
s=; i=0; while (( i < 20000 )); do s="${s}x"; (( i++ )); done; echo ${#s}
SH
cat >"$tmp/bg-jobs.sh" <<'SH'
for i in $(seq 10000); do sleep 2 & done; echo started
SH

# one SHELL SCRIPT: median wall seconds and median peak RSS (MiB) over $runs runs
one() {
    local out=$tmp/time.$$ t=() m=()
    for ((r = 0; r < runs; r++)); do
        /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>&1 </dev/null || true
        read -r secs kb <"$out"
        t+=("$secs"); m+=("$kb")
    done
    printf '%s\n' "${t[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | tr '\n' ' '
    printf '%s\n' "${m[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | awk '{printf "%.1f\n", $1 / 1024}'
}

printf '%-16s %10s %10s %10s %8s %8s %12s\n' script bash dash miniunix 'x bash' 'x dash' 'MiB (mu)'
for s in test-loop arith-loop function-loop append-loop append-builtin bg-jobs; do
    read -r b _ < <(one bash "$tmp/$s.sh")
    d=-
    case $s in test-loop|append-loop|bg-jobs) read -r d _ < <(one dash "$tmp/$s.sh") ;; esac
    mem=()
    [[ $s == bg-jobs ]] && mem=(--mem 4G)
    read -r m mib < <(one "$root/miniunix" "${mem[@]}" "$tmp/$s.sh")
    rb=$(awk -v a="$m" -v b="$b" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.01) }')
    rd=-
    [[ $d != - ]] && rd=$(awk -v a="$m" -v b="$d" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.01) }')
    printf '%-16s %10s %10s %10s %8s %8s %12s\n' "$s" "$b" "$d" "$m" "$rb" "$rd" "$mib"
done
