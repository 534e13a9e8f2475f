#!/usr/bin/env bash
# JMH benchmarks (bench/src/main/java/miniunix/bench): builds bench/target/benchmarks.jar
# and runs it with short settings. Extra arguments go to JMH, for example:
#
#   bench/run.sh                 every benchmark
#   bench/run.sh Fork            only those whose name matches "Fork"
#   bench/run.sh -lprof          list profilers (JMH's own options work too)
set -euo pipefail
root=${BASH_SOURCE[0]%/*}/..
jar=$root/bench/target/benchmarks.jar
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java

mvn -q -B -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package
# 1 fork, 3 warm-up and 5 measured iterations of 1 s each: a few seconds per benchmark.
exec "$java" -jar "$jar" -f 1 -wi 3 -w 1s -i 5 -r 1s "$@"
