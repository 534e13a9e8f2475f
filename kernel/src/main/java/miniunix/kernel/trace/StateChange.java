package miniunix.kernel.trace;

import miniunix.kernel.proc.ProcState;

/**
 * One process state transition and why it happened: the raw material of traces and of
 * "why is this process sleeping?". {@code from} is null for a process that has just been born.
 */
public record StateChange(long tick, int pid, ProcState from, ProcState to, String cause) {
}
