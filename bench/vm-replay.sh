#!/usr/bin/env bash
# vm replay against OSTEP's paging-policy.py, on the same input in the same run.
#
#   bench/vm-replay.sh [OSTEP_DIR]      (default /work/ostep, or $OSTEP_DIR)
#
# 1. LRU, 1,000 frames, 1,000,000 references drawn uniformly from 2,000 pages (seeded, in a
#    file both read): paging-policy.py -N -c against miniunix's replay (ReplayProbe: the best
#    of 5 runs after 3 warm-ups). Both print hits and misses, which must agree. Target: at
#    least 6 M references per second, 100 times paging-policy.py.
# 2. OPT's scaling, 100 frames over 200 pages: paging-policy.py at 1 k to 4 k references (it
#    scans the future at every miss: quadratic, so doubling n about quadruples its time) and
#    miniunix on the same inputs, then at 250 k to 2 M (O(n log n): the time per reference
#    stays about flat).
set -euo pipefail
root=${BASH_SOURCE[0]%/*}/..
ostep=${1:-${OSTEP_DIR:-/work/ostep}}
sim=$ostep/vm-beyondphys-policy/paging-policy.py
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
jar=$root/bench/target/benchmarks.jar
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! mvn -q -B -o -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >"$tmp/log" 2>&1; then
    cat "$tmp/log" >&2
    echo "bench/vm-replay.sh: build failed" >&2
    exit 1
fi
probe() { "$java" -cp "$jar" miniunix.bench.ReplayProbe "$@"; }

# secs COMMAND...: "WALL CPU", its wall time (bash's $EPOCHREALTIME) and CPU time (user +
# system, from bash's time) in seconds; its output goes to $tmp/out.
secs() {
    local t0=$EPOCHREALTIME cpu
    cpu=$( { TIMEFORMAT='%U %S'; time "$@" >"$tmp/out"; } 2>&1 )
    local t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" -v c="$cpu" 'BEGIN { split(c, f, " "); printf "%.2f %.2f", b - a, f[1] + f[2] }'
}

# refs N PAGES FILE: N seeded uniform references over PAGES pages, one per line.
refs() {
    python3 -c 'import random,sys
r = random.Random(1)
sys.stdout.write("".join("%d\n" % r.randrange(int(sys.argv[2])) for _ in range(int(sys.argv[1]))))' "$1" "$2" >"$3"
}

echo "== LRU, 1000 frames, 1,000,000 references over 2,000 pages"
refs 1000000 2000 "$tmp/1m"
py=$(secs python3 "$sim" -f "$tmp/1m" -p LRU -C 1000 -N -c)
py_stats=$(grep FINALSTATS "$tmp/out")
mu=$(probe lru 1000 "$tmp/1m")
echo "paging-policy.py: wall, cpu s: $py   $py_stats"
echo "miniunix:         $mu"
awk -v py="$py" -v mu="$mu" 'BEGIN {
    split(py, p, " "); split(mu, f, " ")
    printf "wall: miniunix %.2f M refs/s, paging-policy.py %.3f M refs/s, ratio %.0fx\n",
        f[10] / 1e6, 1 / p[1], p[1] * 1000 / f[8]
    printf "cpu:  miniunix %.2f M refs/s, paging-policy.py %.3f M refs/s, ratio %.0fx\n",
        f[14] / 1e6, 1 / p[2], p[2] * 1000 / f[12] }'

echo "== OPT scaling, 100 frames, references over 200 pages"
for n in 1000 2000 4000; do
    refs $n 200 "$tmp/opt$n"
    echo "paging-policy.py n=$n: wall, cpu s: $(secs python3 "$sim" -f "$tmp/opt$n" -p OPT -C 100 -N -c)   $(grep FINALSTATS "$tmp/out")"
    echo "miniunix n=$n: $(probe opt 100 "$tmp/opt$n")"
done
for n in 250000 500000 1000000 2000000; do
    echo "miniunix n=$n: $(probe opt 100 $n 200)"
done
