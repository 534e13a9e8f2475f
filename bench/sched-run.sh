#!/usr/bin/env bash
# sched run against OSTEP's scheduler.py on the same input, in the same run (issue 15):
# rr with quantum 1 over JOBS jobs of LENGTH ticks (default 1,000 of 1,000: a million ticks).
#
#   bench/sched-run.sh [OSTEP_DIR [JOBS LENGTH]]     (OSTEP_DIR default /work/ostep)
#
# Prints scheduler.py's wall and CPU (user+sys) time, then SchedRunBench's figures for the
# machine alone and the whole command, and the ratios of ticks per second. The target: at
# least 26 M scheduler ticks per second.
set -euo pipefail
root=${BASH_SOURCE[0]%/*}/..
ostep=${1:-/work/ostep}
jobs=${2:-1000}
length=${3:-1000}
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
jar=$root/bench/target/benchmarks.jar
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    echo "bench/sched-run.sh: build failed" >&2
    exit 1
fi
list=$(python3 -c "print(','.join(['$length'] * $jobs))")
ticks=$((jobs * length))

# scheduler.py: wall, user and system seconds from bash's time keyword.
TIMEFORMAT='%3R %3U %3S'
{ time python3 "$ostep/cpu-sched/scheduler.py" -p RR -q 1 -l "$list" -c >/dev/null; } 2>"$log"
read -r real user sys <"$log"
py_wall=$(awk -v r="$real" 'BEGIN { printf "%d", r * 1e6 }')
py_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1e6 }')
awk -v w="$py_wall" -v c="$py_cpu" -v n="$ticks" 'BEGIN {
    printf "%-28s wall %8.1f ms  %6.2f M ticks/s\n", "scheduler.py -p RR -q 1", w / 1e3, n / w
    printf "%-28s cpu  %8.1f ms  %6.2f M ticks/s\n", "scheduler.py -p RR -q 1", c / 1e3, n / c }'

"$java" -cp "$jar" miniunix.bench.SchedRunBench "$jobs" "$length" 10 | tee "$log"
awk -v w="$py_wall" -v c="$py_cpu" -v n="$ticks" '
    / wall / { rate = $(NF - 5); printf "ratio %-22s wall %8.0fx scheduler.py\n", $1, rate / (n / w) }
    / cpu  / { rate = $(NF - 5); printf "ratio %-22s cpu  %8.0fx scheduler.py\n", $1, rate / (n / c) }' "$log"
