package miniunix.user.bin;

import java.nio.charset.StandardCharsets;

/**
 * One process (or, with ps -L, one task) as ps and pstree see it: the fields of
 * /proc/PID/stat they use, plus the effective uid and gid (from stat(2) on /proc/PID, as
 * procps takes them), the real ones (/proc/PID/status), the command line (/proc/PID/cmdline,
 * null when empty, as for kernel threads and zombies) and the wait channel (/proc/PID/wchan,
 * null until read); -1 for an id not read. tid is the task's id (the pid unless ps reads
 * /proc/PID/task). Times are in ticks (HZ = 100), vsize in bytes, rss in pages; minFlt and
 * majFlt count page faults; rtprio and policy are stat's rt_priority and policy (SCHED_*).
 */
public record PsRow(int pid, String comm, char state, int ppid, int pgrp, int sid, int ttyNr,
                    int tpgid, long flags, long utime, long stime, int priority, int nice,
                    int threads, long start, long vsize, long rss, long minFlt, long majFlt,
                    int processor, int rtprio, int policy, int tid, int uid, int gid, int ruid,
                    int rgid, String cmdline, String wchan) {

    /** PF_KTHREAD in /proc/PID/stat's flags: a kernel thread. */
    public static final long PF_KTHREAD = 0x00200000;
    /** Numbers after the state in every /proc/PID/stat ps accepts (up to the processor). */
    private static final int OLDEST_STAT_FIELDS = 35;
    /** The numbers after the state that ps reads: ppid .. policy (fields 4..41). */
    private static final int STAT_FIELDS = 38;
    /** The most digits a pid has. */
    private static final int PID_DIGITS = 9;

    /**
     * Parses /proc/PID/stat ({@code pid (comm) S ppid ...}), or returns null if it is not one.
     * Hand-written, no regex or split: ps parses thousands of these.
     */
    public static PsRow parse(byte[] b, int len) {
        int open = indexOf(b, 0, len, '(');
        int close = len - 1;
        while (close > open && b[close] != ')') {
            close--;
        }
        if (open < 1 || close <= open || close + 3 > len) {
            return null;
        }
        long[] f = numbers(b, close + 4, len, STAT_FIELDS);
        if (f == null) {
            return null;
        }
        String comm = new String(b, open + 1, close - open - 1, StandardCharsets.UTF_8);
        int pid = (int) number(b, 0, open - 1);
        return new PsRow(pid, comm, (char) b[close + 2], (int) f[0],
                (int) f[1], (int) f[2], (int) f[3], (int) f[4], f[5], f[10], f[11], (int) f[14],
                (int) f[15], (int) f[16], f[18], f[19], f[20], f[6], f[8], (int) f[35],
                (int) f[36], (int) f[37], pid, -1, -1, -1, -1, null, null);
    }

    /**
     * The first n space-separated integers of b[from..len), 0 for missing ones at the end;
     * null if there are fewer than the 36 every kernel since 2.6 prints.
     */
    private static long[] numbers(byte[] b, int from, int len, int n) {
        long[] f = new long[n];
        int k = 0;
        for (int i = from; i < len && k < n; k++) {
            long sign = b[i] == '-' ? -1 : 1;
            i += sign < 0 ? 1 : 0;
            long v = 0;
            while (i < len && b[i] >= '0' && b[i] <= '9') {
                v = v * 10 + (b[i++] - '0');
            }
            f[k] = sign * v;
            while (i < len && (b[i] == ' ' || b[i] == '\n')) {
                i++;
            }
        }
        return k < OLDEST_STAT_FIELDS ? null : f;
    }

    private static int indexOf(byte[] b, int from, int len, char c) {
        for (int i = from; i < len; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static long number(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /** /proc/PID/cmdline (arguments each ended by NUL) as ps prints it: joined by spaces. */
    public static String cmdline(byte[] b, int len) {
        while (len > 0 && b[len - 1] == 0) {
            len--;
        }
        if (len == 0) {
            return null;
        }
        for (int i = 0; i < len; i++) {
            if (b[i] == 0) {
                b[i] = ' ';     // the buffer is the caller's scratch space, read once
            }
        }
        return new String(b, 0, len, StandardCharsets.UTF_8);
    }

    /** The pid a /proc entry names ("42"), or -1 for the other entries ("self", "uptime"). */
    public static int pidOf(String name) {
        int n = name.length();
        if (n == 0 || n > PID_DIGITS) {
            return -1;
        }
        int pid = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            pid = pid * 10 + (c - '0');
        }
        return pid;
    }

    /** The effective uid and gid, from stat(2) on /proc/PID. */
    public PsRow withOwner(int u, int g) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, rtprio,
                policy, tid, u, g, ruid, rgid, cmdline, wchan);
    }

    /** The real uid and gid, from /proc/PID/status. */
    public PsRow withReal(int u, int g) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, rtprio,
                policy, tid, uid, gid, u, g, cmdline, wchan);
    }

    /** This row as the task pid/task/t (ps -L reads each task's own stat). */
    public PsRow withTid(int pid, int t) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, rtprio,
                policy, t, uid, gid, ruid, rgid, cmdline, wchan);
    }

    public PsRow withCmdline(String c) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, rtprio,
                policy, tid, uid, gid, ruid, rgid, c, wchan);
    }

    public PsRow withWchan(String w) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, rtprio,
                policy, tid, uid, gid, ruid, rgid, cmdline, w);
    }

    public boolean isKthread() {
        return (flags & PF_KTHREAD) != 0;
    }

    /** ps's args column: the command line, or [comm] (kernel threads), [comm] &lt;defunct&gt;. */
    public String args() {
        return state != 'Z' && cmdline != null ? cmdline : args(new StringBuilder()).toString();
    }

    /** The args column appended to s. */
    public StringBuilder args(StringBuilder s) {
        if (state == 'Z') {
            return s.append('[').append(comm).append("] <defunct>");
        }
        return cmdline != null ? s.append(cmdline) : s.append('[').append(comm).append(']');
    }

    /** The tty's name as ps prints it: tty1, pts/0, ttyS0, or ? for none. */
    public String tty() {
        return tty(new StringBuilder(6)).toString();
    }

    /** The tty's name appended to s. */
    public StringBuilder tty(StringBuilder s) {
        int major = (ttyNr >> 8) & 0xfff;
        int minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
        if (ttyNr == 0) {
            return s.append('?');
        }
        if (major == 4) {
            return minor < 64 ? s.append("tty").append(minor) : s.append("ttyS").append(minor - 64);
        }
        if (major >= 136 && major <= 143) {
            return s.append("pts/").append((major - 136) * 256 + minor);
        }
        return s.append('?');
    }

    /** STAT: the state letter and the BSD modifiers (&lt; N s l +) of ps(1). */
    public String stat() {
        return stat(new StringBuilder(5)).toString();
    }

    /** STAT appended to s. */
    public StringBuilder stat(StringBuilder s) {
        s.append(state);
        if (nice < 0) {
            s.append('<');
        } else if (nice > 0) {
            s.append('N');
        }
        if (sid == pid) {
            s.append('s');
        }
        if (threads > 1) {
            s.append('l');
        }
        if (ttyNr != 0 && pgrp == tpgid) {
            s.append('+');
        }
        return s;
    }
}
