package miniunix.user.bin;

/**
 * One row of top's task area: a process as /proc/PID/stat, statm and stat(2) show it, with
 * the CPU ticks it used since the previous frame. Memory is in KiB; ticks are HZ = 100.
 */
record TopTask(int pid, String user, int uid, int priority, int nice, long virtKb, long resKb,
               long shrKb, char state, long cpuDelta, long ticks, String command) {
}
