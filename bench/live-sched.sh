#!/usr/bin/env bash
# The live kernel's scheduler with 100 runnable spinning processes on two CPUs (issue 15):
# simulated clock ticks per second for each policy, best of 30 rounds of 100,000 ticks, in
# the benchmark thread's CPU time (what a loaded machine can't blur) and in wall time.
# Target: at least 10 M ticks per second.
#
#   bench/live-sched.sh [POLICY...]      (default: cfs rr mlfq prio)
set -euo pipefail
root=${BASH_SOURCE[0]%/*}/..
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    echo "bench/live-sched.sh: build failed" >&2
    exit 1
fi
exec "$java" -cp "$root/bench/target/benchmarks.jar" miniunix.bench.LiveSchedBench "$@"
