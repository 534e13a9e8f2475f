/** JMH benchmarks of the kernel hot paths; run with bench/run.sh. */
package miniunix.bench;
