package miniunix.user.bin;

import java.nio.charset.StandardCharsets;

/**
 * One process as ps and pstree see it: the fields of /proc/PID/stat they use, plus the uid
 * (from stat(2) on /proc/PID), the command line (/proc/PID/cmdline, null when empty, as for
 * kernel threads and zombies) and the wait channel (/proc/PID/wchan, null until read). Times
 * are in ticks (HZ = 100), vsize in bytes, rss in pages; minFlt and majFlt count page faults.
 */
public record PsRow(int pid, String comm, char state, int ppid, int pgrp, int sid, int ttyNr,
                    int tpgid, long flags, long utime, long stime, int priority, int nice,
                    int threads, long start, long vsize, long rss, long minFlt, long majFlt,
                    int processor, int uid, String cmdline, String wchan) {

    /** PF_KTHREAD in /proc/PID/stat's flags: a kernel thread. */
    public static final long PF_KTHREAD = 0x00200000;
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
        long[] f = numbers(b, close + 4, len, 36);
        if (f == null) {
            return null;
        }
        String comm = new String(b, open + 1, close - open - 1, StandardCharsets.UTF_8);
        return new PsRow((int) number(b, 0, open - 1), comm, (char) b[close + 2], (int) f[0],
                (int) f[1], (int) f[2], (int) f[3], (int) f[4], f[5], f[10], f[11], (int) f[14],
                (int) f[15], (int) f[16], f[18], f[19], f[20], f[6], f[8], (int) f[35], -1, null, null);
    }

    /** The first n space-separated integers of b[from..len), or null if there are fewer. */
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
        return k < n - 1 ? null : f;
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

    public PsRow withUid(int u) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, u, cmdline, wchan);
    }

    public PsRow withCmdline(String c) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, uid, c, wchan);
    }

    public PsRow withWchan(String w) {
        return new PsRow(pid, comm, state, ppid, pgrp, sid, ttyNr, tpgid, flags, utime, stime,
                priority, nice, threads, start, vsize, rss, minFlt, majFlt, processor, uid, cmdline, w);
    }

    public boolean isKthread() {
        return (flags & PF_KTHREAD) != 0;
    }

    /** ps's args column: the command line, or [comm] (kernel threads), [comm] &lt;defunct&gt;. */
    public String args() {
        if (state == 'Z') {
            return "[" + comm + "] <defunct>";
        }
        return cmdline != null ? cmdline : "[" + comm + "]";
    }

    /** The tty's name as ps prints it: tty1, pts/0, ttyS0, or ? for none. */
    public String tty() {
        int major = (ttyNr >> 8) & 0xfff;
        int minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
        if (ttyNr == 0) {
            return "?";
        }
        if (major == 4) {
            return minor < 64 ? "tty" + minor : "ttyS" + (minor - 64);
        }
        if (major >= 136 && major <= 143) {
            return "pts/" + ((major - 136) * 256 + minor);
        }
        return "?";
    }

    /** STAT: the state letter and the BSD modifiers (&lt; N s l +) of ps(1). */
    public String stat() {
        StringBuilder s = new StringBuilder(5).append(state);
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
        return s.toString();
    }
}
