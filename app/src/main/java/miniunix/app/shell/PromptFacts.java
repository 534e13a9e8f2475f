package miniunix.app.shell;

import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.SessionReport;

/**
 * What a prompt string's escapes show that the shell does not know, asked of the kernel one
 * system call at a time by the frame that needs it ({@link TraceFrame} for PS1, PS2 and PS4,
 * {@link ExpandFrame} for ${NAME@P}): clock_gettime for the time, the terminal of fd 0, the
 * user's name from /etc/passwd (kept in the shell once read).
 */
final class PromptFacts {
    /** Escapes that need every fact: what ${NAME@P} asks for, before the value is known. */
    static final String ALL = "\\t\\l\\u";

    private enum Phase { NEXT, TIME, TTY, TTY_STAT, USER }

    /** The prompt string whose escapes say which facts are needed. */
    private final String ps;
    private Phase phase = Phase.NEXT;
    private final long[] clock = new long[2];
    private Long now;
    private String tty;
    private StatBuf st = new StatBuf();
    private Fetch passwd;

    PromptFacts(String ps) {
        this.ps = ps;
    }

    /**
     * The next system call towards the facts ps needs, ret being the last one's result (any
     * value the first time); null when they are all known: then {@link #facts}.
     */
    Trap next(Shell sh, long ret) {
        while (true) {
            switch (phase) {
                case NEXT -> {
                    switch (PromptString.needs(ps, facts(sh))) {
                        case 't' -> {
                            phase = Phase.TIME;
                            return Libc.clockGettime(Syscall.ClockGettime.CLOCK_REALTIME, clock);
                        }
                        case 'l' -> {
                            phase = Phase.TTY;
                            return new Syscall.Ioctl(0, Syscall.Ioctl.TCGETS, 0);
                        }
                        case 'u' -> {
                            phase = Phase.USER;
                            passwd = new Fetch(Fetch.Kind.FILE, "/etc/passwd", 0);
                            ret = 0;
                        }
                        default -> {
                            return null;
                        }
                    }
                }
                case TIME -> {
                    now = ret < 0 ? 0L : clock[0];
                    phase = Phase.NEXT;
                }
                case TTY -> {
                    if (ret < 0) {              // fd 0 is no terminal: bash's ttyname failed
                        tty = "tty";
                        phase = Phase.NEXT;
                    } else {
                        phase = Phase.TTY_STAT;
                        return Libc.fstat(0, st);
                    }
                }
                case TTY_STAT -> {
                    String name = ret < 0 ? "?" : SessionReport.ttyName(st.rdev);
                    tty = name.equals("?") ? "tty" : name.substring(name.lastIndexOf('/') + 1);
                    phase = Phase.NEXT;
                }
                case USER -> {
                    Trap t = passwd.next(ret);
                    if (t != null) {
                        return t;
                    }
                    String name = passwd.error != 0 ? null
                            : Passwd.nameOf(Passwd.parse(passwd.text()), sh.uid);
                    boolean none = name == null || name.equals(Integer.toString(sh.uid));
                    sh.userName = none ? PromptString.NO_NAME : name;
                    passwd = null;
                    phase = Phase.NEXT;
                }
            }
        }
    }

    /** The facts as known so far (the time and the terminal null until asked for). */
    PromptString.Facts facts(Shell sh) {
        return Prompts.facts(sh, now, tty);
    }

    PromptFacts copy() {
        PromptFacts f = new PromptFacts(ps);
        f.phase = phase;
        System.arraycopy(clock, 0, f.clock, 0, clock.length);
        f.now = now;
        f.tty = tty;
        f.st = new StatBuf();
        f.st.rdev = st.rdev;
        f.passwd = passwd == null ? null : passwd.copy();
        return f;
    }
}
