package miniunix.user.bin;

/**
 * The system-wide numbers of one top frame, read from /proc/uptime, /proc/loadavg,
 * /proc/stat, /proc/meminfo and /var/run/utmp. CPU times are the {@code cpu} lines of
 * /proc/stat in ticks: row 0 is the total, row 1 + N is cpuN; columns are user, nice,
 * system, idle, iowait, irq, softirq, steal.
 */
final class TopSample {
    /** Columns of a /proc/stat cpu line that top shows (guest times are in user already). */
    static final int CPU_COLUMNS = 8;
    static final int IDLE = 3;
    /** struct utmp is 384 bytes on x86-64; ut_type USER_PROCESS (7) marks a logged-in user. */
    static final int UTMP_SIZE = 384;
    static final int USER_PROCESS = 7;

    long uptimeTicks;
    long btime;
    String[] loadavg = {"0.00", "0.00", "0.00"};
    long[][] cpu = new long[0][];
    long memTotal;
    long memFree;
    long memAvailable;
    long buffCache;
    long swapTotal;
    long swapFree;
    int users;

    void uptime(String text) {
        uptimeTicks = Ps.centis(text);
    }

    void loadavg(String text) {
        String[] f = text.trim().split(" ");
        if (f.length >= 3) {
            loadavg = new String[] {f[0], f[1], f[2]};
        }
    }

    /** The cpu lines and btime of /proc/stat. */
    void stat(String text) {
        btime = Ps.field(text, "btime ");
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("cpu")) {
                n++;
            }
        }
        cpu = new long[n][CPU_COLUMNS];
        int row = 0;
        for (String line : text.split("\n")) {
            if (!line.startsWith("cpu")) {
                continue;
            }
            String[] f = line.split(" +");
            for (int c = 0; c < CPU_COLUMNS && c + 1 < f.length; c++) {
                cpu[row][c] = Long.parseLong(f[c + 1]);
            }
            row++;
        }
    }

    /** procps 4's meminfo: used is total - available; buff/cache adds SReclaimable. */
    void meminfo(String text) {
        memTotal = Ps.field(text, "MemTotal:");
        memFree = Ps.field(text, "MemFree:");
        memAvailable = text.contains("MemAvailable:") ? Ps.field(text, "MemAvailable:") : memFree;
        buffCache = Ps.field(text, "Buffers:") + Ps.field(text, "Cached:")
                + Ps.field(text, "SReclaimable:");
        swapTotal = Ps.field(text, "SwapTotal:");
        swapFree = Ps.field(text, "SwapFree:");
    }

    /** Counts USER_PROCESS records of utmp, as procps's count_users does with getutent. */
    void utmp(byte[] data, int length) {
        users = 0;
        for (int at = 0; at + UTMP_SIZE <= length; at += UTMP_SIZE) {
            int type = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8;
            if (type == USER_PROCESS) {
                users++;
            }
        }
    }

    /** Number of CPUs: the cpuN lines. */
    int cpus() {
        return Math.max(1, cpu.length - 1);
    }
}
