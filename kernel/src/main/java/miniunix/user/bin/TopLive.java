package miniunix.user.bin;

import java.util.Locale;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Termios;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Out;

/**
 * top's full-screen mode, as procps-ng 4.0.2 runs it on a terminal: the terminal goes
 * non-canonical without echo (ioctl TCSETS), top catches SIGINT, SIGTERM and SIGHUP (to set
 * the terminal back before it exits), SIGTSTP (to set it back, stop itself with SIGSTOP and
 * take the terminal again when continued) and SIGWINCH (to follow the window's size,
 * TIOCGWINSZ), draws a frame, then waits for a key with poll(2) on fd 0 for the delay: a timeout brings the
 * next frame, a key is read and acted on, and the frame is drawn again at once.
 * <pre>
 *   tcgetattr(0, &amp;orig); raw = orig; raw.c_lflag &amp;= ~(ICANON | ECHO | ECHOCTL);
 *   tcsetattr(0, TCSAFLUSH, &amp;raw);
 *   for (;;) { frame_make(); if (poll(&amp;in, 1, delay) &gt; 0) do_key(iokey()); }
 * </pre>
 * Keys: q quits; P, M, T, N sort by %CPU, %MEM, TIME+, PID and R reverses the order; 1 shows
 * a line per CPU, H threads, c command lines, i idle tasks; z colour, x the sort column
 * highlighted, y running tasks highlighted, b those highlights bold or reverse, B no bold
 * (see {@link TopLook}), Z the colour mapping screen; space draws now; h or ? the help
 * screen; k asks a pid and a signal and sends it, r a pid and a nice value and sets it, d the
 * delay. Prompts and messages take the line under the summary, as procps's do, and a prompt's
 * line is edited by top itself (Backspace, Enter, Esc to cancel), as the terminal echoes
 * nothing.
 *
 * <p>Simplified: one window (no A, g, a, w, -, _, = window commands), no config file;
 * unknown keys get procps's message.
 */
final class TopLive {
    /** Addresses given to rt_sigaction for the two handlers (any numbers will do). */
    static final long ON_END = 0x40c2f0;
    static final long ON_RESIZE = 0x40c3a0;
    static final long ON_STOP = 0x40c450;
    /** Signals after which top puts the terminal back and exits (procps's sig_endpgm). */
    private static final int[] ENDING = {Signal.SIGINT.number, Signal.SIGTERM.number,
        Signal.SIGHUP.number};
    /** How long a message stays before the next frame: procps's MSG_USLEEP. */
    private static final long MSG_NANOS = 1_250_000_000L;
    private static final int ESC = 27;
    private static final int DEL = 127;
    private static final int BACKSPACE = 8;
    /** Arrow keys, as procps's iokey names them (beyond any byte). */
    private static final int UP = 0x100;
    private static final int DOWN = 0x101;
    private static final String CLEAR_HOME = "\033[H\033[2J";
    private static final String HOME_CURSOR = "\033[H";

    /** The calls before the first frame: save the terminal, catch signals, go raw, size. */
    private static final int SETUP_CALLS = 4 + ENDING.length;

    private enum Pc {
        /** poll(2) for a key, until the delay has passed. */
        POLL,
        /** read(2) of the key poll found. */
        KEY,
        /** The help screen waits for any key. */
        HELP,
        /** Z's colour mapping screen waits for a key. */
        COLORS,
        /** A prompt's line being typed. */
        LINE,
        /** kill(2) or setpriority(2) made: report a failure. */
        ACTED,
        /** A message is shown for a while. */
        MESSAGE,
        /** TIOCGWINSZ before the next frame. */
        SIZE,
        /** The terminal is set back: exit next. */
        RESTORED,
        /** Ctrl-Z: the terminal is set back; getpid next, to stop itself. */
        SUSPENDING,
        /** kill(getpid(), SIGSTOP) next. */
        STOPPING,
        /** Continued: the terminal goes raw again. */
        CONTINUED
    }

    /** What the line being typed answers. */
    private enum Ask { KILL_PID, KILL_SIG, RENICE_PID, RENICE_NICE, DELAY }

    /** c_lflag before top changed it, or -1 when fd 0 is no terminal. */
    long savedLflag = -1;
    int rows = 24;
    int cols = 80;
    /** A signal that ends top came (its handler ran). */
    boolean ending;
    /** SIGTSTP came: top sets the terminal back and stops itself (procps's sig_paused). */
    boolean stopping;
    /** The next frame clears the screen first (the first, or after a stop). */
    boolean clear = true;
    /** The frame's top row's pid: the default of k and r. */
    int firstPid;
    /** Rows the summary took in the last frame: the message line is the next one. */
    int summaryRows = 5;

    private Pc pc = Pc.POLL;
    private byte[] buf = new byte[64];
    private Ask ask;
    private String typed = "";
    private int pid;
    private int value;
    /** The window's look, changed by z x y b B Z. */
    TopLook look;
    /** Z's target (S, M, H, T) and the look to go back to if it is left with q or Esc. */
    private char target = 'T';
    private TopLook beforeColors;

    TopLive(boolean colorless) {
        look = new TopLook(colorless);
    }

    // Setup.

    /** The n-th call before the first frame, or null when all are made. */
    Trap setup(int n) {
        if (n == 0) {
            return new Syscall.Ioctl(0, Syscall.Ioctl.TCGETS, 0);
        }
        if (savedLflag < 0 || n >= SETUP_CALLS + 1) {
            return null;
        }
        if (n <= ENDING.length) {
            return new Syscall.RtSigaction(ENDING[n - 1], ON_END, 0, 0, 0);
        }
        if (n == ENDING.length + 1) {
            return new Syscall.RtSigaction(Signal.SIGWINCH.number, ON_RESIZE, 0, 0, 0);
        }
        if (n == ENDING.length + 2) {
            return new Syscall.RtSigaction(Signal.SIGTSTP.number, ON_STOP, 0, 0, 0);
        }
        return n == ENDING.length + 3 ? raw() : size();
    }

    /** The n-th setup call's result; a failed TCGETS leaves savedLflag at -1. */
    void setupDone(int n, long ret) {
        if (n == 0 && ret >= 0) {
            savedLflag = ret;
        } else if (n == SETUP_CALLS) {
            sized(ret);
        }
    }

    private Trap raw() {
        long lflag = savedLflag & ~(Termios.ICANON | Termios.ECHO | Termios.ECHOCTL);
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, lflag);
    }

    /** TIOCGWINSZ on fd 1 (procps asks stdout), before a frame or at setup's end. */
    private Trap size() {
        pc = Pc.SIZE;
        return new Syscall.Ioctl(1, Syscall.Ioctl.TIOCGWINSZ, 0);
    }

    private void sized(long ret) {
        if (ret > 0 && Syscall.Ioctl.rows(ret) > 0 && Syscall.Ioctl.cols(ret) > 0) {
            rows = Syscall.Ioctl.rows(ret);
            cols = Syscall.Ioctl.cols(ret);
        }
    }

    /** A caught signal: the handler notes it; the poll or read it interrupted gives EINTR. */
    Trap handleSignal(long handler, SigInfo info) {
        if (handler == ON_END) {
            ending = true;
        } else if (handler == ON_STOP) {
            stopping = true;
        }
        return new Syscall.RtSigreturn();
    }

    // Between frames.

    /** After a frame: wait for a key for the delay (ticks). */
    Trap between(Out out, long delayTicks) {
        if (ending) {
            return end(out);
        }
        if (stopping) {
            return suspend(out);
        }
        pc = Pc.POLL;
        long millis = Math.min(Integer.MAX_VALUE, delayTicks * 10);
        return Libc.poll(new PollFd[] {new PollFd(0, PollFd.POLLIN)}, (int) millis);
    }

    /** The result of the last call between frames: the next call, or null to draw a frame. */
    Trap resumed(long ret, Out out, TopOptions opts) {
        if (ending && pc != Pc.RESTORED) {
            return end(out);
        }
        if (stopping && pc.compareTo(Pc.SUSPENDING) < 0) {
            return suspend(out);
        }
        switch (pc) {
            case SUSPENDING:
                pc = Pc.STOPPING;
                return new Syscall.Getpid();
            case STOPPING:
                pc = Pc.CONTINUED;
                return new Syscall.Kill((int) ret, Signal.SIGSTOP.number);
            case CONTINUED:
                stopping = false;
                clear = true;
                pc = Pc.SIZE;
                return raw();
            case POLL:
                if (ret > 0) {
                    pc = Pc.KEY;
                    return Libc.read(0, buf, 0, buf.length);
                }
                return size();
            case KEY:
                return ret > 0 ? key(buf[0] & 0xff, out, opts) : size();
            case HELP:
                return size();
            case COLORS:
                return ret > 0 ? colorKeys((int) ret, out) : size();
            case LINE:
                return ret > 0 ? typing((int) ret, out, opts) : size();
            case ACTED:
                return acted(ret, out);
            case MESSAGE:
                return size();
            case SIZE:
                sized(ret);
                return null;
            default:
                return new Syscall.Exit(0);
        }
    }

    /** Puts the terminal back as procps's bye_bye does, and exits 0. */
    private Trap end(Out out) {
        out.print("\033[?1l\033>\033[" + (rows + 1) + ";1H\r\n\033[?12l\033[?25h\033[K");
        pc = Pc.RESTORED;
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, savedLflag);
    }

    /** Ctrl-Z: the terminal as it was, the cursor under the frame, then a stop of its own. */
    private Trap suspend(Out out) {
        out.print("\033[?1l\033>\033[" + (rows + 1) + ";1H\r\n\033[?12l\033[?25h\033[K");
        pc = Pc.SUSPENDING;
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, savedLflag);
    }

    private Trap key(int k, Out out, TopOptions opts) {
        switch (k) {
            case 'q': return end(out);
            case 'P': opts.sort = TopField.PCPU; break;
            case 'M': opts.sort = TopField.PMEM; break;
            case 'T': opts.sort = TopField.TIME; break;
            case 'N': opts.sort = TopField.PID; break;
            case 'R': opts.sortAscending = !opts.sortAscending; break;
            case '1': opts.perCpu = !opts.perCpu; break;
            case 'H': opts.threads = !opts.threads; break;
            case 'c': opts.cmdline = !opts.cmdline; break;
            case 'i': opts.idle = !opts.idle; break;
            case 'z': look.colors = !look.colors; break;
            case 'x': look.hiCols = !look.hiCols; break;
            case 'y': look.hiRows = !look.hiRows; break;
            case 'b': look.hiBold = !look.hiBold; break;
            case 'B': look.noBold = !look.noBold; break;
            case 'Z': return colors(out);
            case ' ', '\r', '\n', 12: break;
            case 'h', '?': return help(out, opts);
            case 'k': return prompt(out, Ask.KILL_PID,
                    "PID to signal/kill [default pid = " + firstPid + "] ");
            case 'r': return prompt(out, Ask.RENICE_PID,
                    "PID to renice [default pid = " + firstPid + "] ");
            case 'd', 's': return prompt(out, Ask.DELAY,
                    "Change delay from " + seconds(opts.delayTicks) + " to ");
            case ESC: break;
            default: return message(out, "Unknown command - try 'h' for help");
        }
        return size();
    }

    private Trap help(Out out, TopOptions opts) {
        out.print(TopScreen.help(seconds(opts.delayTicks), cols, rows));
        pc = Pc.HELP;
        return Libc.read(0, buf, 0, buf.length);
    }

    /**
     * procps's wins_colors: the colour mapping screen, colour on while it shows; S, M, H, T
     * pick what to colour, 0-7 its colour, B b z toggle, Enter keeps the changes, q or Esc
     * drops them.
     */
    private Trap colors(Out out) {
        if (look.colorless) {
            return message(out, "No colors to map!");
        }
        beforeColors = look.copy();
        look.colors = true;
        target = 'T';
        out.print(CLEAR_HOME);
        return colorScreen(out);
    }

    private Trap colorScreen(Out out) {
        StringBuilder b = new StringBuilder(HOME_CURSOR);
        for (String line : TopScreen.colorHelp(look, target, targetColor()).split("\n")) {
            b.append(look.special(line, cols)).append("\033[K\r\n");
        }
        out.print(b.append("\033[J").toString());
        pc = Pc.COLORS;
        return Libc.read(0, buf, 0, buf.length);
    }

    private int targetColor() {
        return switch (target) {
            case 'S' -> look.summaryColor;
            case 'M' -> look.messageColor;
            case 'H' -> look.headColor;
            default -> look.taskColor;
        };
    }

    private void setTargetColor(int c) {
        switch (target) {
            case 'S' -> look.summaryColor = c;
            case 'M' -> look.messageColor = c;
            case 'H' -> look.headColor = c;
            default -> look.taskColor = c;
        }
    }

    /** The n keys read, in turn (ESC [ A and ESC [ B are the up and down arrows). */
    private Trap colorKeys(int n, Out out) {
        for (int i = 0; i < n; i++) {
            int k = buf[i] & 0xff;
            boolean arrow = k == ESC && i + 2 < n && buf[i + 1] == '['
                    && (buf[i + 2] == 'A' || buf[i + 2] == 'B');
            if (arrow) {
                k = buf[i + 2] == 'A' ? UP : DOWN;
                i += 2;
            }
            Trap t = colorKey(k);
            if (t != null) {
                return t;
            }
        }
        return colorScreen(out);
    }

    /** One key on the colour mapping screen: the call that leaves it, or null to stay. */
    private Trap colorKey(int k) {
        switch (k) {
            case UP -> setTargetColor((targetColor() + 1) % TopLook.COLORS);
            case DOWN -> setTargetColor((targetColor() + TopLook.COLORS - 1) % TopLook.COLORS);
            case ESC, 'q' -> {
                look = beforeColors;
                clear = true;
                return size();
            }
            case '\r', '\n' -> {
                clear = true;
                return size();
            }
            case 'S', 'M', 'H', 'T' -> target = (char) k;
            case '0', '1', '2', '3', '4', '5', '6', '7' -> setTargetColor(k - '0');
            case 'B' -> look.noBold = !look.noBold;
            case 'b' -> look.hiBold = !look.hiBold;
            case 'z' -> look.colors = !look.colors;
            case 'a', 'w' -> {                  // one window: it is "another" as well
                beforeColors = look.copy();
                target = 'T';
            }
            default -> { }
        }
        return null;
    }

    /** Shows a prompt on the message line and reads its answer, a key at a time. */
    private Trap prompt(Out out, Ask what, String text) {
        ask = what;
        typed = "";
        out.print(TopScreen.prompt(summaryRows + 1, cut(text), look));
        pc = Pc.LINE;
        return Libc.read(0, buf, 0, buf.length);
    }

    /** Keys typed at a prompt: shown as they come, Backspace, Enter ends, Esc cancels. */
    private Trap typing(int n, Out out, TopOptions opts) {
        for (int i = 0; i < n; i++) {
            int c = buf[i] & 0xff;
            if (c == '\r' || c == '\n') {
                return answered(out, opts);
            }
            if (c == ESC) {
                return size();
            }
            if ((c == DEL || c == BACKSPACE) && !typed.isEmpty()) {
                typed = typed.substring(0, typed.length() - 1);
                out.print("\b \b");
            } else if (c >= ' ' && c < DEL) {
                typed += (char) c;
                out.print((char) c);
            }
        }
        return Libc.read(0, buf, 0, buf.length);
    }

    /** procps's get_int/get_float and what k, r and d do with the answer. */
    private Trap answered(Out out, TopOptions opts) {
        String s = typed.trim();
        switch (ask) {
            case KILL_PID, RENICE_PID -> {
                Integer n = s.isEmpty() ? Integer.valueOf(firstPid) : integer(s);
                if (n == null) {
                    return message(out, "Unacceptable integer");
                }
                pid = n;
                return ask == Ask.KILL_PID
                        ? prompt(out, Ask.KILL_SIG, "Send pid " + pid + " signal [15/sigterm] ")
                        : prompt(out, Ask.RENICE_NICE, "Renice PID " + pid + " to value ");
            }
            case KILL_SIG -> {
                value = s.isEmpty() ? Signal.SIGTERM.number : Signal.parse(s);
                if (value < 1) {
                    return message(out, "Invalid signal");
                }
                pc = Pc.ACTED;
                return new Syscall.Kill(pid, value);
            }
            case RENICE_NICE -> {
                if (s.isEmpty()) {
                    pc = Pc.SIZE;
                    return size();
                }
                Integer n = integer(s);
                if (n == null) {
                    return message(out, "Unacceptable integer");
                }
                value = n;
                pc = Pc.ACTED;
                return new Syscall.Setpriority(Syscall.Getpriority.PRIO_PROCESS, pid, value);
            }
            default -> {
                return delay(s, out, opts);
            }
        }
    }

    private Trap delay(String s, Out out, TopOptions opts) {
        if (!s.isEmpty()) {
            double secs;
            try {
                secs = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                secs = -1;
            }
            if (!(secs >= 0)) {
                return message(out, "Unacceptable floating point");
            }
            opts.delayTicks = Math.round(secs * 100);
        }
        return size();
    }

    /** The result of k's kill(2) or r's setpriority(2): a failure is shown as procps words it. */
    private Trap acted(long ret, Out out) {
        if (ret >= 0) {
            pc = Pc.SIZE;
            return size();
        }
        String why = Errno.strerror(ret);
        return message(out, ask == Ask.KILL_SIG
                ? "Failed signal pid '" + pid + "' with '" + value + "': " + why
                : "Failed renice of PID " + pid + " to " + value + ": " + why);
    }

    /** procps's show_msg: the message on the message line, then a pause before the frame. */
    private Trap message(Out out, String text) {
        out.print(TopScreen.message(summaryRows + 1, cut(text), look));
        pc = Pc.MESSAGE;
        return new Syscall.Nanosleep(MSG_NANOS);
    }

    private String cut(String s) {
        return s.length() > cols - 2 ? s.substring(0, Math.max(0, cols - 2)) : s;
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A delay in ticks as procps's %.1f seconds. */
    static String seconds(long ticks) {
        return String.format(Locale.ROOT, "%.1f", ticks / 100.0);
    }

    TopLive copy() {
        TopLive t = new TopLive(look.colorless);
        t.look = look.copy();
        t.target = target;
        t.beforeColors = beforeColors == null ? null : beforeColors.copy();
        t.savedLflag = savedLflag;
        t.rows = rows;
        t.cols = cols;
        t.ending = ending;
        t.stopping = stopping;
        t.clear = clear;
        t.firstPid = firstPid;
        t.summaryRows = summaryRows;
        t.pc = pc;
        t.buf = buf.clone();
        t.ask = ask;
        t.typed = typed;
        t.pid = pid;
        t.value = value;
        return t;
    }
}
