#!/usr/bin/env bash
# The live kernel's scheduler with 100 runnable spinning processes on two CPUs (issue 15):
# simulated clock ticks per second for each policy, best of 30 rounds of 100,000 ticks, in
# the benchmark thread's CPU time (what a loaded machine can't blur) and in wall time.
# Target: at least 10 M ticks per second.
#
#   bench/live-sched.sh [POLICY...]      (default: cfs rr mlfq prio)
#
# Each policy runs in a JVM of its own, as JMH's @Fork runs each @Param of LiveSchedBench:
# in one JVM the policies measured later pay for the earlier ones' code (their policy calls
# become megamorphic), which a machine running one policy does not. Each is measured twice:
# with the JVM's default collector (G1) and with the flags ./miniunix runs the machine with
# (serial collector, 16 MiB young generation), whose write barriers are cheaper.
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
jar=$root/bench/target/benchmarks.jar
policies=("$@")
(( ${#policies[@]} )) || policies=(cfs rr mlfq prio)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${policies[@]}"; do
    printf '%-28s' "default GC (G1):"
    "$java" -cp "$jar" miniunix.bench.LiveSchedBench "$p"
    printf '%-28s' "as ./miniunix (serial GC):"
    "$java" -XX:+UseSerialGC -Xmn16m -cp "$jar" miniunix.bench.LiveSchedBench "$p"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
