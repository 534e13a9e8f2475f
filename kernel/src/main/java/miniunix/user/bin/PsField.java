package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Passwd;

/**
 * The output fields ps knows, with procps-ng 4.0's names, headers, widths and alignment
 * (ps/output.c's format_array). PID-like columns are 7 wide, as procps makes them when
 * pid_max has 7 digits (the reference machine's). Values are formatted by {@link #value}.
 */
public enum PsField {
    PID("PID", 5, true, "pid", "tgid=TGID"),
    PPID("PPID", 5, true, "ppid"),
    PGID("PGID", 5, true, "pgid", "pgrp=PGRP"),
    SID("SID", 5, true, "sid", "sess=SESS", "session=SESS"),
    TPGID("TPGID", 5, true, "tpgid"),
    TT("TT", 8, false, "tty", "tt"),
    TNAME("TTY", 8, false, "tname"),
    STAT("STAT", 4, false, "stat"),
    STATE("S", 1, false, "s", "state"),
    NI("NI", 3, true, "ni", "nice"),
    PRI("PRI", 3, true, "pri"),
    PSR("PSR", 3, true, "psr"),
    NLWP("NLWP", 4, true, "nlwp", "thcount=THCNT"),
    WCHAN("WCHAN", 6, false, "wchan"),
    PCPU("%CPU", 4, true, "%cpu", "pcpu"),
    PMEM("%MEM", 4, true, "%mem", "pmem"),
    VSZ("VSZ", 6, true, "vsz", "vsize"),
    RSS("RSS", 5, true, "rss", "rssize", "rsz=RSZ"),
    MINFLT("MINFL", 6, true, "min_flt", "minflt"),
    MAJFLT("MAJFL", 6, true, "maj_flt", "majflt"),
    TIME("TIME", 8, true, "time", "cputime"),
    BSDTIME("TIME", 6, true, "bsdtime"),
    ETIME("ELAPSED", 11, true, "etime"),
    START("STARTED", 8, true, "start"),
    STIME("STIME", 5, true, "stime", "start_time=START"),
    CMD("CMD", 27, false, "cmd"),
    ARGS("COMMAND", 27, false, "args", "command"),
    COMM("COMMAND", 15, false, "comm", "ucomm", "ucmd=CMD"),
    USER("USER", 8, false, "user", "uname", "euser=EUSER", "ruser=RUSER"),
    UID("UID", 5, true, "uid", "euid=EUID", "ruid=RUID"),
    C("C", 2, true, "c");

    public final String header;
    /** The column's width; PID-like columns widen to the digits of pid_max ({@link #pidLike}). */
    public final int width;
    public final boolean right;
    /** Names in -o lists, each with its header when it differs ("sess=SESS"). */
    private final List<String> names;

    PsField(String header, int width, boolean right, String... names) {
        this.header = header;
        this.width = width;
        this.right = right;
        this.names = List.of(names);
    }

    /** procps' PIDMAX columns: as wide as pid_max has digits (at least 5). */
    public boolean pidLike() {
        return this == PID || this == PPID || this == PGID || this == SID;
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

    /** Machine state ps needs besides the row: the clock, memory size and user names. */
    public record Context(long uptimeTicks, long btime, long memTotalKb, List<Passwd> users) {
    }

    /** This field of row r, unpadded. */
    public String value(PsRow r, Context c) {
        switch (this) {
            case PID: return Integer.toString(r.pid());
            case PPID: return Integer.toString(r.ppid());
            case PGID: return Integer.toString(r.pgrp());
            case SID: return Integer.toString(r.sid());
            case TPGID: return Integer.toString(r.tpgid());
            case TT: case TNAME: return r.tty();
            case STAT: return r.stat();
            case STATE: return String.valueOf(r.state());
            case NI: return Integer.toString(r.nice());
            case PRI: return Integer.toString(39 - r.priority());
            case PSR: return Integer.toString(r.processor());
            case NLWP: return Integer.toString(r.threads());
            case WCHAN: return r.wchan() == null || r.wchan().equals("0") ? "-" : r.wchan();
            case PCPU: return PsTime.pcpu(r, c);
            case PMEM: return pmem(r, c);
            case VSZ: return Long.toString(r.vsize() / 1024);
            case RSS: return Long.toString(r.rss() * 4);
            case MINFLT: return Long.toString(r.minFlt());
            case MAJFLT: return Long.toString(r.majFlt());
            case TIME: return PsTime.time((r.utime() + r.stime()) / 100);
            case BSDTIME: return PsTime.bsdtime((r.utime() + r.stime()) / 100);
            case ETIME: return PsTime.etime(PsTime.elapsed(r, c));
            case START: return PsTime.start(r, c);
            case STIME: return PsTime.stime(r, c);
            case CMD: case ARGS: return r.args();
            case COMM: return r.comm();
            case USER: return Passwd.nameOf(c.users(), r.uid());
            case UID: return Integer.toString(r.uid());
            default: return PsTime.c(r, c);
        }
    }

    /** procps' %MEM: rss / MemTotal in tenths of a percent, capped at 99.9. */
    private static String pmem(PsRow r, Context c) {
        long pm = c.memTotalKb() > 0 ? Math.min(999, r.rss() * 4 * 1000 / c.memTotalKb()) : 0;
        return (pm / 10) + "." + (pm % 10);
    }
}
