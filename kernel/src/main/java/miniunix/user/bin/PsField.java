package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Passwd;

/**
 * The output fields ps knows, with procps-ng 4.0's names, headers, widths and alignment
 * (ps/output.c's format_array). PID-like columns are as wide as pid_max has digits (7 on the
 * reference machine). Values are formatted by {@link #value}; {@link #need} says which /proc
 * file beyond /proc/PID/stat a field is read from, and {@link #numeric} how --sort compares it.
 */
public enum PsField {
    PID("PID", 5, true, Need.STAT, "pid", "tgid=TGID"),
    LWP("LWP", 5, true, Need.STAT, "lwp", "tid=TID", "spid=SPID"),
    PPID("PPID", 5, true, Need.STAT, "ppid"),
    PGID("PGID", 5, true, Need.STAT, "pgid", "pgrp=PGRP"),
    SID("SID", 5, true, Need.STAT, "sid", "sess=SESS", "session=SESS"),
    TPGID("TPGID", 5, true, Need.STAT, "tpgid"),
    TT("TT", 8, false, Need.STAT, "tty", "tt"),
    TNAME("TTY", 8, false, Need.STAT, "tname"),
    STAT("STAT", 4, false, Need.STAT, "stat"),
    STATE("S", 1, false, Need.STAT, "s", "state"),
    F("F", 1, true, Need.STAT, "f", "flag", "flags"),
    NI("NI", 3, true, Need.STAT, "ni", "nice"),
    PRI("PRI", 3, true, Need.STAT, "pri"),
    OPRI("PRI", 3, true, Need.STAT, "opri"),
    PRIORITY("PRI", 3, true, Need.STAT, "priority"),
    CLS("CLS", 3, false, Need.STAT, "class", "cls", "policy=POL", "pol=POL"),
    SCHED("SCH", 3, true, Need.STAT, "sched"),
    RTPRIO("RTPRIO", 6, true, Need.STAT, "rtprio"),
    PSR("PSR", 3, true, Need.STAT, "psr"),
    NLWP("NLWP", 4, true, Need.STAT, "nlwp", "thcount=THCNT"),
    WCHAN("WCHAN", 6, false, Need.WCHAN, "wchan"),
    ADDR("ADDR", 4, true, Need.STAT, "addr"),
    ADDR_1("ADDR", 1, false, Need.STAT, "addr_1"),
    PCPU("%CPU", 4, true, Need.STAT, "%cpu", "pcpu"),
    PMEM("%MEM", 4, true, Need.STAT, "%mem", "pmem"),
    VSZ("VSZ", 6, true, Need.STAT, "vsz", "vsize"),
    RSS("RSS", 5, true, Need.STAT, "rss", "rssize", "rsz=RSZ"),
    SZ("SZ", 5, true, Need.STAT, "sz"),
    MINFLT("MINFL", 6, true, Need.STAT, "min_flt", "minflt=MINFLT"),
    MAJFLT("MAJFL", 6, true, Need.STAT, "maj_flt", "majflt=MAJFLT"),
    TIME("TIME", 8, true, Need.STAT, "time", "cputime"),
    BSDTIME("TIME", 6, true, Need.STAT, "bsdtime"),
    ETIME("ELAPSED", 11, true, Need.STAT, "etime"),
    ETIMES("ELAPSED", 7, true, Need.STAT, "etimes"),
    START("STARTED", 8, true, Need.STAT, "start"),
    STIME("STIME", 5, true, Need.STAT, "stime", "start_time=START"),
    LSTART("STARTED", 24, true, Need.STAT, "lstart"),
    CMD("CMD", 27, false, Need.ARGS, "cmd"),
    ARGS("COMMAND", 27, false, Need.ARGS, "args", "command"),
    COMM("COMMAND", 15, false, Need.STAT, "comm", "ucomm", "ucmd=CMD", "fname=COMMAND"),
    USER("USER", 8, false, Need.OWNER, "user", "uname", "euser=EUSER"),
    UID("UID", 5, true, Need.OWNER, "uid", "euid=EUID"),
    RUSER("RUSER", 8, false, Need.STATUS, "ruser"),
    RUID("RUID", 5, true, Need.STATUS, "ruid"),
    GROUP("GROUP", 8, false, Need.OWNER, "group", "egroup=EGROUP"),
    GID("GID", 5, true, Need.OWNER, "gid", "egid=EGID"),
    RGROUP("RGROUP", 8, false, Need.STATUS, "rgroup"),
    RGID("RGID", 5, true, Need.STATUS, "rgid"),
    C("C", 2, true, Need.STAT, "c");

    /** What ps must read for a field besides /proc/PID/stat. */
    public enum Need {
        /** Nothing more. */
        STAT,
        /** /proc/PID/cmdline. */
        ARGS,
        /** stat(2) of /proc/PID: the effective uid and gid. */
        OWNER,
        /** /proc/PID/status: the real uid and gid. */
        STATUS,
        /** /proc/PID/wchan. */
        WCHAN
    }

    /** SCHED_OTHER, FIFO, RR, BATCH, (ISO), IDLE, DEADLINE as ps's CLS column names them. */
    private static final List<String> CLASSES = List.of("TS", "FF", "RR", "B", "ISO", "IDL",
            "DLN");
    /** The real-time policies, whose RTPRIO ps prints (else "-"). */
    private static final int SCHED_FIFO = 1;
    private static final int SCHED_RR = 2;
    /** /proc/PID/stat flags: PF_FORKNOEXEC and PF_SUPERPRIV, ps's F column (1 and 4). */
    private static final int F_SHIFT = 6;
    private static final int F_MASK = 5;
    /** opri: the priority as ps -l shows it (80 for nice 0). */
    private static final int OPRI_BASE = 60;
    /** pri: 39 - priority, 19 for nice 0. */
    private static final int PRI_TOP = 39;

    public final String header;
    /** The column's width; PID-like columns widen to the digits of pid_max ({@link #pidLike}). */
    public final int width;
    public final boolean right;
    public final Need need;
    /** Names in -o lists, each with its header when it differs ("sess=SESS"). */
    private final List<String> names;

    PsField(String header, int width, boolean right, Need need, String... names) {
        this.header = header;
        this.width = width;
        this.right = right;
        this.need = need;
        this.names = List.of(names);
    }

    /** procps' PIDMAX columns: as wide as pid_max has digits (at least 5). */
    public boolean pidLike() {
        return this == PID || this == PPID || this == PGID || this == SID || this == TPGID
                || this == LWP;
    }

    /** Does --sort compare this field as a number (else as text)? */
    public boolean numeric() {
        return right;
    }

    /** A field as named in a -o list, with the header that name gives it. */
    public record Named(PsField field, String header) {
    }

    /** The field called name in a -o list ("sess" is SID with header SESS), or null. */
    public static Named lookup(String name) {
        for (PsField f : values()) {
            for (String n : f.names) {
                int eq = n.indexOf('=');
                String alias = eq < 0 ? n : n.substring(0, eq);
                if (alias.equals(name)) {
                    return new Named(f, eq < 0 ? f.header : n.substring(eq + 1));
                }
            }
        }
        return null;
    }

    /**
     * Machine state ps needs besides the row: the clock, memory size, user and group names
     * (groups as Passwd records whose uid is the gid).
     */
    public record Context(long uptimeTicks, long btime, long memTotalKb, List<Passwd> users,
                          List<Passwd> groups) {
        public Context(long uptimeTicks, long btime, long memTotalKb, List<Passwd> users) {
            this(uptimeTicks, btime, memTotalKb, users, List.of());
        }
    }

    /** This field of row r, unpadded. */
    public String value(PsRow r, Context c) {
        return append(new StringBuilder(), r, c).toString();
    }

    /** Appends this field of row r, unpadded, to s: ps's rows are made with no String a field. */
    public StringBuilder append(StringBuilder s, PsRow r, Context c) {
        switch (this) {
            case PID: return s.append(r.pid());
            case LWP: return s.append(r.tid());
            case PPID: return s.append(r.ppid());
            case PGID: return s.append(r.pgrp());
            case SID: return s.append(r.sid());
            case TPGID: return s.append(r.tpgid());
            case TT: case TNAME: return r.tty(s);
            case STAT: return r.stat(s);
            case STATE: return s.append(r.state());
            case F: return s.append(r.flags() >> F_SHIFT & F_MASK);
            case NI: return s.append(r.nice());
            case PRI: return s.append(PRI_TOP - r.priority());
            case OPRI: return s.append(OPRI_BASE + r.priority());
            case PRIORITY: return s.append(r.priority());
            case CLS: return s.append(r.policy() >= 0 && r.policy() < CLASSES.size()
                    ? CLASSES.get(r.policy()) : "?");
            case SCHED: return s.append(r.policy());
            case RTPRIO: return r.policy() == SCHED_FIFO || r.policy() == SCHED_RR
                    ? s.append(r.rtprio()) : s.append('-');
            case PSR: return s.append(r.processor());
            case NLWP: return s.append(r.threads());
            case WCHAN: return s.append(r.wchan() == null || r.wchan().equals("0") ? "-"
                    : r.wchan());
            case ADDR: case ADDR_1: return s.append('-');
            case PCPU: return PsTime.pcpu(s, r, c);
            case PMEM: return pmem(s, r, c);
            case VSZ: return s.append(r.vsize() / 1024);
            case RSS: return s.append(r.rss() * 4);
            case SZ: return s.append(r.vsize() / 4096);
            case MINFLT: return s.append(r.minFlt());
            case MAJFLT: return s.append(r.majFlt());
            case TIME: return PsTime.time(s, (r.utime() + r.stime()) / 100);
            case BSDTIME: return PsTime.bsdtime(s, (r.utime() + r.stime()) / 100);
            case ETIME: return PsTime.etime(s, PsTime.elapsed(r, c));
            case ETIMES: return s.append(PsTime.elapsed(r, c));
            case START: return PsTime.start(s, r, c);
            case STIME: return PsTime.stime(s, r, c);
            case LSTART: return s.append(PsTime.lstart(r, c));
            case CMD: case ARGS: return r.args(s);
            case COMM: return s.append(r.comm());
            case USER: return s.append(Passwd.nameOf(c.users(), r.uid()));
            case UID: return s.append(r.uid());
            case RUSER: return s.append(Passwd.nameOf(c.users(), r.ruid()));
            case RUID: return s.append(r.ruid());
            case GROUP: return s.append(Passwd.nameOf(c.groups(), r.gid()));
            case GID: return s.append(r.gid());
            case RGROUP: return s.append(Passwd.nameOf(c.groups(), r.rgid()));
            case RGID: return s.append(r.rgid());
            default: return s.append(PsTime.c(r, c));
        }
    }

    /** The value --sort compares for a numeric field. */
    public long number(PsRow r, Context c) {
        switch (this) {
            case PCPU: case C: return r.start() == 0 && c.uptimeTicks() == 0 ? 0
                    : (r.utime() + r.stime()) * 1000 / Math.max(1, PsTime.elapsed(r, c));
            case PMEM: case RSS: return r.rss();
            case VSZ: case SZ: return r.vsize();
            case ETIMES: case ETIME: return -r.start();
            case START: case STIME: case LSTART: return r.start();
            case TIME: case BSDTIME: return r.utime() + r.stime();
            case RTPRIO: return r.rtprio();
            default: return Long.parseLong(value(r, c));
        }
    }

    /** procps' %MEM: rss / MemTotal in tenths of a percent, capped at 99.9. */
    private static StringBuilder pmem(StringBuilder s, PsRow r, Context c) {
        long pm = c.memTotalKb() > 0 ? Math.min(999, r.rss() * 4 * 1000 / c.memTotalKb()) : 0;
        return s.append(pm / 10).append('.').append(pm % 10);
    }
}
