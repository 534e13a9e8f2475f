/** JMH benchmarks of the kernel's hot paths; run with bench/run.sh. */
package miniunix.bench;
