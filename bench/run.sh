#!/usr/bin/env bash
# JMH benchmarks (bench/src/main/java/miniunix/bench): builds bench/target/benchmarks.jar
# and runs it with short settings. Extra arguments go to JMH, for example:
#
#   bench/run.sh                 every benchmark
#   bench/run.sh Fork            only those whose name matches "Fork"
#   bench/run.sh -l              list them (JMH's own options work too)
set -euo pipefail
root=${BASH_SOURCE[0]%/*}/..
jar=$root/bench/target/benchmarks.jar
java=java
jar_tool=jar
if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    java=$JAVA_HOME/bin/java
    jar_tool=$JAVA_HOME/bin/jar
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    echo "bench/run.sh: build failed" >&2
    exit 1
fi
if ! "$jar_tool" tf "$jar" | grep -q '^META-INF/BenchmarkList$'; then
    echo "bench/run.sh: no benchmarks in $jar yet" >&2
    exit 1
fi
# Memory: 10,000 idle processes must fit in a 64 MB heap (the probe dies of OOM if not).
if [[ $# -eq 0 ]]; then
    "$java" -Xmx64m -cp "$jar" miniunix.bench.IdleProcs 10000
fi
# 1 fork, 3 warm-up and 5 measured iterations of 1 s each: a few seconds per benchmark.
exec "$java" -jar "$jar" -f 1 -wi 3 -w 1s -i 5 -r 1s "$@"
