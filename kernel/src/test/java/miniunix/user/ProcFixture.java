package miniunix.user;

/**
 * A /proc like the reference machine's at 09:39:48 (shared/reference/ps-*.txt): btime
 * 09:33:32 UTC, processes started at 09:39:04..09:39:48, users root and alice (1001),
 * pid_max 4194304 (so PID columns are 7 wide).
 */
final class ProcFixture {
    static final long BTIME = 1795426412L;
    static final int PTS0 = 136 << 8;
    static final int PTS1 = PTS0 | 1;
    static final int PTS2 = PTS0 | 2;

    private ProcFixture() {
    }

    /** The /proc/PID files of one process; start is seconds after 09:39:00. */
    static void proc(FakeSys sys, int pid, String comm, char state, int ppid, int pgrp, int sid,
                     int tty, int tpgid, long cpuTicks, int nice, int start, long vszKb,
                     long rssKb, int uid, String cmdline) {
        long startTicks = (328 + start) * 100L;
        String stat = pid + " (" + comm + ") " + state + " " + ppid + " " + pgrp + " " + sid + " "
                + tty + " " + tpgid + " 4194304 0 0 0 0 " + cpuTicks + " 0 0 0 " + (20 + nice)
                + " " + nice + " 1 0 " + startTicks + " " + vszKb * 1024 + " " + rssKb / 4
                + " 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
        sys.file("/proc/" + pid + "/stat", stat);
        sys.file("/proc/" + pid + "/cmdline", cmdline.isEmpty() ? "" : cmdline.replace(' ', '\0') + "\0");
        sys.uids.put("/proc/" + pid, uid);
    }

    /** The reference scene (a subset of ps-aux.txt), ps itself being pid 42 on pts/1. */
    static FakeSys scene() {
        FakeSys sys = new FakeSys();
        sys.file("/proc/sys/kernel/pid_max", "4194304\n");
        sys.file("/proc/uptime", "376.00 700.00\n");
        sys.file("/proc/stat", "cpu  1 0 1 1 0 0 0 0 0 0\nbtime " + BTIME + "\nprocesses 50\n");
        sys.file("/proc/meminfo", "MemTotal:       24684092 kB\nMemFree:        24258216 kB\n");
        sys.file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1001:1001::/home/alice:/bin/bash\n");
        proc(sys, 1, "init", 'S', 0, 1, 1, 0, -1, 0, 0, 4, 2344, 1112, 0, "/sbin/init");
        proc(sys, 8, "bash", 'S', 7, 8, 8, PTS1, 42, 0, 0, 9, 4624, 3644, 0, "-bash");
        proc(sys, 13, "login", 'S', 7, 13, 13, PTS0, 24, 0, 0, 21, 6732, 4356, 0, "login -f");
        proc(sys, 19, "bash", 'S', 13, 19, 13, PTS0, 24, 0, 0, 21, 4624, 3780, 1001, "-bash");
        proc(sys, 22, "sleep", 'S', 19, 22, 13, PTS0, 24, 0, 0, 26, 2920, 1824, 1001, "sleep 1001");
        proc(sys, 23, "sleep", 'S', 19, 23, 13, PTS0, 24, 0, 10, 26, 2920, 1812, 1001, "sleep 1002");
        proc(sys, 32, "sleep", 'S', 28, 32, 28, PTS2, 28, 0, -5, 28, 2920, 1788, 0, "sleep 1003");
        proc(sys, 33, "sleep", 'T', 28, 33, 28, PTS2, 28, 0, 0, 28, 2920, 1792, 0, "sleep 1004");
        proc(sys, 34, "sleep", 'S', 28, 34, 28, PTS2, 28, 0, 0, 29, 2920, 1808, 0, "sleep 1000");
        proc(sys, 35, "sleep", 'Z', 34, 34, 28, PTS2, 28, 0, 0, 29, 0, 0, 0, "");
        proc(sys, 37, "sleep", 'S', 1, 37, 37, 0, -1, 0, 0, 29, 2920, 1812, 0, "sleep 1005");
        proc(sys, 40, "yes", 'R', 39, 40, 40, 0, -1, 697, 0, 41, 2920, 1692, 1001, "yes");
        proc(sys, 42, "ps", 'R', 8, 42, 8, PTS1, 42, 0, 0, 48, 8548, 4656, 0, "ps aux");
        sys.self = 42;
        return sys;
    }
}
