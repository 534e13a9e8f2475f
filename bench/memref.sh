#!/usr/bin/env bash
# Simulated memory references through the kernel's whole path (TLB, walk, fault, swap,
# replacement) at a 90% TLB hit rate, the misses all major faults from swap (issue 16):
# MemRefProbe, best of 30 rounds of 1 M references after 10 warm-up rounds, in the probe
# thread's CPU time (what a loaded machine can't blur) and in wall time.
# Target: at least 20 M references per second.
#
#   bench/memref.sh [POLICY...]      (default: clock lru fifo random)
set -euo pipefail
root=${BASH_SOURCE[0]%/*}/..
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -o -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    echo "bench/memref.sh: build failed" >&2
    exit 1
fi
policies=("$@")
[[ ${#policies[@]} -eq 0 ]] && policies=(clock lru fifo random)
for p in "${policies[@]}"; do
    "$java" -cp "$root/bench/target/benchmarks.jar" miniunix.bench.MemRefProbe "$p" 30
done
