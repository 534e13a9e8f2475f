package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Termios;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Utsname;
import miniunix.kernel.uapi.Wait;
import miniunix.kernel.uapi.Errno;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Strftime;

/**
 * watch(1) of procps-ng 4.0.2: runs COMMAND with {@code sh -c} every {@code -n} seconds of
 * simulated time (2 by default, 0.1 at least) and shows its output (stdout and stderr) full
 * screen, under the title {@code Every 2.0s: COMMAND} with {@code HOST: DATE} right-aligned,
 * as procps's output_header lays it out (the command cut with {@code ...} when the line is
 * short). Long lines wrap unless {@code -w}; {@code -t} drops the title, {@code -d} shows what
 * changed since the last run in reverse video ({@code -d=permanent}: everything that has
 * changed since the start), {@code -c} shows the command's ANSI colours and styles
 * ({@link WatchGrid} lays the output out as procps does), {@code -g} exits when the output
 * changes, {@code -q N} when it has not changed for N more runs, {@code -e} when the command
 * fails (after a key, status 8) and {@code -b} beeps (BEL) when it fails. {@code -p} runs the
 * command every interval from the last start (the time the command took is not added), and
 * {@code -x} runs it with execvp(3) instead of {@code sh -c} ({@code watch: unable to execute
 * 'CMD': ...} on the screen and exit 4 in the child when it can't). WATCH_INTERVAL is the
 * default interval. Ctrl-C (SIGINT, or SIGTERM, SIGHUP) ends it with status 0 and the
 * terminal as it was.
 * <pre>
 *   initscr(); cbreak(); noecho();            (the alternate screen, ICANON and ECHO off)
 *   for (;;) { output_header(); run_command(); usleep(interval); }
 * </pre>
 * As with procps, stdout need not be a terminal: the screen is then 80x24 and still drawn
 * with escape sequences.
 *
 * <p>Simplified: the screen is drawn whole each time (ncurses sends only what changed); the
 * window's size is fd 1's (procps asks stderr's, and reads COLUMNS and LINES).
 */
public final class Watch extends Proc {
    private static final String USAGE = """

            Usage:
             watch [options] command

            Options:
              -b, --beep             beep if command has a non-zero exit
              -c, --color            interpret ANSI color and style sequences
              -d, --differences[=<permanent>]
                                     highlight changes between updates
              -e, --errexit          exit if command has a non-zero exit
              -g, --chgexit          exit when output from command changes
              -q, --equexit <cycles>
                                     exit when output from command does not change
              -n, --interval <secs>  seconds to wait between updates
              -p, --precise          attempt run command in precise intervals
              -t, --no-title         turn off header
              -w, --no-wrap          turn off line wrapping
              -x, --exec             pass command to exec instead of "sh -c"

             -h, --help     display this help and exit
             -v, --version  output version information and exit

            For more details see watch(1).
            """;
    private static final long ON_END = 0x4031b0;
    private static final int[] ENDING = {Signal.SIGINT.number, Signal.SIGTERM.number,
        Signal.SIGHUP.number};
    /** smcup and rmcup of an xterm: the alternate screen, which ncurses's initscr enters. */
    private static final String ENTER = "\033[?1049h\033[H\033[2J";
    private static final String LEAVE = "\033[?1049l\r";
    /** watch(1)'s exit statuses: the command could not be run; -e saw it fail. */
    private static final int EXIT_EXEC = 4;
    private static final int EXIT_ERR = 8;
    private static final long NS_PER_TICK = 10_000_000L;

    private enum Pc {
        START, TCGETS, HANDLER, RAW,
        // The parent's loop: while in one of these, a signal that ends watch ends it.
        HOSTNAME, SIZE, CLOCK, PIPE, FORK, CLOSED_W, READ, CLOSED_R, WAIT, KEY, NOW, SLEEP,
        // The child, until it execs the command.
        CHILD_DUP1, CHILD_DUP2, CHILD_CLOSE_W, CHILD_CLOSE_R, CHILD_EXEC,
        /** The terminal is set back: exit next. */
        LEFT
    }

    private Pc pc = Pc.START;
    private long intervalTicks = 200;
    private boolean title = true;
    private boolean wrap = true;
    private boolean diff;
    private boolean chgexit;
    private boolean errexit;
    private boolean beep;
    private boolean color;
    /** -d=permanent: a change stays highlighted (procps's WATCH_CUMUL). */
    private boolean permanent;
    private boolean precise;
    /** -q N: exit once the output is unchanged N runs after the first unchanged one. */
    private boolean equexit;
    private double maxCycles;
    private int cycleCount;
    /** -x: the command's words, run with execvp(3) (null without -x). */
    private List<String> execArgv;
    private Execvp execvp;
    /** The terminal has 16 colours (a 256-colour TERM): SGR 90-97 are the bright ones. */
    private boolean moreColors;
    /** -p: when the next run is due, in ns of CLOCK_REALTIME; -1 until the first run. */
    private long nextLoopNs = -1;
    private String command;
    /** c_lflag before watch changed it, or -1 when fd 0 is no terminal. */
    private long lflag = -1;
    private int handlers;
    /** uname(2)'s struct, for the header's host name; null until it is asked for. */
    private byte[] uts;
    private String host = "";
    private int rows = 24;
    private int cols = 80;
    private long[] clock = new long[2];
    private int[] pipe = new int[2];
    private int child;
    private int[] status = new int[1];
    private byte[] buf = new byte[4096];
    private StringBuilder output = new StringBuilder();
    /** The screen's body as the last run left it (for -d, -g, -q); null before the first. */
    private WatchGrid lastGrid;
    /** A signal that ends watch came (its handler ran). */
    private boolean ending;
    private int exitStatus;

    public Watch(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (ending && pc.compareTo(Pc.HOSTNAME) >= 0 && pc.compareTo(Pc.SLEEP) <= 0) {
            return leave(0);
        }
        switch (pc) {
            case START: return start();
            case TCGETS:
                lflag = ret;
                return handler();
            case HANDLER: return handler();
            case RAW: return host(0);
            case HOSTNAME: return host(ret);
            case SIZE: return sized(ret);
            case CLOCK:
                if (precise && nextLoopNs < 0) {
                    nextLoopNs = clockNs();
                }
                pc = Pc.PIPE;
                return Libc.pipe(pipe);
            case PIPE: return fork(ret);
            case FORK: return forked(ret);
            case CLOSED_W:
                pc = Pc.READ;
                return Libc.read(pipe[0], buf, 0, buf.length);
            case READ: return read(ret);
            case CLOSED_R:
                pc = Pc.WAIT;
                return Libc.wait4(child, status, 0);
            case WAIT: return waited(ret);
            case KEY: return leave(EXIT_ERR);
            case NOW: return precisely();
            case SLEEP: return size();
            case CHILD_DUP1:
                pc = Pc.CHILD_DUP2;
                return new Syscall.Dup2(pipe[1], 2);
            case CHILD_DUP2:
                pc = Pc.CHILD_CLOSE_W;
                return new Syscall.Close(pipe[1]);
            case CHILD_CLOSE_W:
                pc = Pc.CHILD_CLOSE_R;
                return new Syscall.Close(pipe[0]);
            case CHILD_CLOSE_R:
                pc = Pc.CHILD_EXEC;
                if (execArgv != null) {
                    execvp = new Execvp(execArgv, envp);
                    return execvp.next(0);
                }
                return Libc.execve("/bin/sh", List.of("sh", "-c", command), envp);
            case CHILD_EXEC: return execFailed(ret);
            default: return exit(exitStatus);
        }
    }

    /** A caught SIGINT, SIGTERM or SIGHUP: noted; the call it interrupted gives EINTR. */
    @Override
    public Trap handleSignal(long handler, SigInfo info) {
        ending = true;
        return new Syscall.RtSigreturn();
    }

    /** -x's next attempt, or procps's xerr(4, "unable to execute '%s'") once all failed. */
    private Trap execFailed(long ret) {
        Trap next = execvp == null ? null : execvp.next(ret);
        if (next != null) {
            return next;
        }
        if (execvp != null) {
            err.print("watch: unable to execute '" + execArgv.get(0) + "': "
                    + Errno.strerror(execvp.error()) + "\n");
        }
        return exit(EXIT_EXEC);
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "+bcd::eghn:pq:tvwx",
                "beep=b color=c differences=d errexit=e chgexit=g help=h interval=n precise=p "
                        + "equexit=q no-title=t version=v no-wrap=w exec=x");
        if (o.help || o.has('h')) {
            out.print(USAGE.substring(1));
            return exit(0);
        }
        if (o.error != null) {
            err.print("watch: ").print(o.error).print('\n').print(USAGE);
            return exit(1);
        }
        if (o.has('v')) {
            out.print("watch from procps-ng 4.0.2\n");
            return exit(0);
        }
        String fromEnv = getenv("WATCH_INTERVAL");
        if (fromEnv != null) {
            double secs = strtod(fromEnv);
            if (Double.isNaN(secs)) {
                return fail(1, "Could not parse interval from WATCH_INTERVAL: '" + fromEnv
                        + "': Invalid argument");
            }
            intervalTicks = Math.max(10, Math.round(secs * 100));
        }
        if (o.has('n')) {
            String n = o.get('n', "");
            double secs = strtod(n);
            if (Double.isNaN(secs)) {
                return fail(1, "failed to parse argument: '" + n + "': Invalid argument");
            }
            intervalTicks = Math.max(10, Math.round(secs * 100));
        }
        if (o.has('q')) {
            maxCycles = strtod(o.get('q', ""));
            if (Double.isNaN(maxCycles)) {
                return fail(1, "failed to parse argument: '" + o.get('q', "")
                        + "': Invalid argument");
            }
            equexit = true;
        }
        if (o.operands.isEmpty()) {
            err.print(USAGE);
            return exit(1);
        }
        title = !o.has('t');
        wrap = !o.has('w');
        diff = o.has('d');
        chgexit = o.has('g');
        errexit = o.has('e');
        beep = o.has('b');
        color = o.has('c');
        permanent = diff && !o.get('d', "").isEmpty();
        precise = o.has('p');
        execArgv = o.has('x') ? List.copyOf(o.operands) : null;
        String term = getenv("TERM");
        moreColors = term != null && term.contains("256color");
        command = String.join(" ", o.operands);
        pc = Pc.TCGETS;
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCGETS, 0);
    }

    /** strtod_nol_or_err's number: a whole decimal (or hex, inf-less) number, else NaN. */
    private static double strtod(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isInfinite(d) ? Double.NaN : d;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The handlers for the signals that end watch, then cbreak and noecho. */
    private Trap handler() {
        if (handlers < ENDING.length) {
            pc = Pc.HANDLER;
            return new Syscall.RtSigaction(ENDING[handlers++], ON_END, 0, 0, 0);
        }
        pc = Pc.RAW;
        if (lflag < 0) {
            return host(0);
        }
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, lflag & ~(Termios.ICANON | Termios.ECHO));
    }

    /** The host name, as procps's gethostname gets it: uname(2)'s node name. */
    private Trap host(long ret) {
        if (uts == null) {
            uts = new byte[Utsname.SIZE];
            pc = Pc.HOSTNAME;
            return Libc.uname(uts);
        }
        host = ret == 0 ? Utsname.field(uts, Utsname.NODENAME_FIELD) : "";
        out.print(ENTER);
        return size();
    }

    private Trap size() {
        pc = Pc.SIZE;
        return new Syscall.Ioctl(1, Syscall.Ioctl.TIOCGWINSZ, 0);
    }

    /** The window's size (80x24 when stdout is no terminal), then the time for the title. */
    private Trap sized(long ret) {
        if (ret > 0 && Syscall.Ioctl.rows(ret) > 0 && Syscall.Ioctl.cols(ret) > 0) {
            rows = Syscall.Ioctl.rows(ret);
            cols = Syscall.Ioctl.cols(ret);
        }
        pc = Pc.CLOCK;
        return Libc.clockGettime(Syscall.ClockGettime.CLOCK_REALTIME, clock);
    }

    private Trap fork(long ret) {
        if (ret < 0) {
            return leave(7);
        }
        pc = Pc.FORK;
        output.setLength(0);
        return new Syscall.Fork();
    }

    /** The child writes into the pipe (stdout and stderr); the parent reads its end. */
    private Trap forked(long ret) {
        if (ret < 0) {
            return leave(2);
        }
        if (ret == 0) {
            pc = Pc.CHILD_DUP1;
            return new Syscall.Dup2(pipe[1], 1);
        }
        child = (int) ret;
        pc = Pc.CLOSED_W;
        return new Syscall.Close(pipe[1]);
    }

    /** The command's output, to end of file. */
    private Trap read(long ret) {
        if (ret > 0) {
            output.append(new String(buf, 0, (int) ret, StandardCharsets.UTF_8));
            return Libc.read(pipe[0], buf, 0, buf.length);
        }
        pc = Pc.CLOSED_R;
        return new Syscall.Close(pipe[0]);
    }

    /**
     * The run is over (procps's run_command): the body laid out and compared with the last
     * screen, a beep if the command failed, the screen, then -e's stop, -g's and -q's exits,
     * and the wait for the next run.
     */
    private Trap waited(long ret) {
        WatchGrid grid = new WatchGrid(rows - titleRows(), cols);
        grid.fill(output.toString(), color, wrap, moreColors);
        boolean failed = ret > 0 && Wait.shellStatus(status[0]) != 0;
        boolean exitEarly = chgexit && grid.changedFrom(lastGrid)
                || equexit && grid.unchangedFrom(lastGrid);
        if (diff) {
            grid.highlight(lastGrid, permanent);
        }
        if (beep && failed) {
            out.print("\007");
        }
        out.print(draw(grid));
        lastGrid = grid;
        if (errexit && failed) {
            out.print("\033[" + rows + ";1Hcommand exit with a non-zero status, press a key to exit");
            pc = Pc.KEY;
            return Libc.read(0, buf, 0, 1);
        }
        if (equexit) {
            if (cycleCount == maxCycles && exitEarly) {
                return leave(0);
            }
            cycleCount = exitEarly ? cycleCount + 1 : 0;
        } else if (exitEarly) {
            return leave(0);
        }
        if (precise) {
            pc = Pc.NOW;
            return Libc.clockGettime(Syscall.ClockGettime.CLOCK_REALTIME, clock);
        }
        pc = Pc.SLEEP;
        return new Syscall.Nanosleep(intervalTicks * NS_PER_TICK);
    }

    /** -p: the next run is due an interval after the last was; sleep only what is left. */
    private Trap precisely() {
        nextLoopNs += intervalTicks * NS_PER_TICK;
        long now = clockNs();
        if (now >= nextLoopNs) {
            return size();
        }
        pc = Pc.SLEEP;
        return new Syscall.Nanosleep(nextLoopNs - now);
    }

    private long clockNs() {
        return clock[0] * 1_000_000_000L + clock[1];
    }

    /** The title's two rows (fewer on a tiny window), or none with -t. */
    private int titleRows() {
        return title ? Math.min(2, rows) : 0;
    }

    /** endwin(): the normal screen back (rmcup), the saved modes, then exit with status. */
    private Trap leave(int code) {
        out.print(LEAVE);
        exitStatus = code;
        pc = Pc.LEFT;
        return lflag < 0 ? exit(code) : new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, lflag);
    }

    /** procps's output_header: interval and command left, host and date right, cut to fit. */
    String header() {
        String left = String.format(Locale.ROOT, "Every %.1fs: ", intervalTicks / 100.0);
        String right = host + ": " + Strftime.format("%a %b %e %H:%M:%S %Y", clock[0], 0);
        int rlen = right.length() + 1;      // ctime's newline counts, as in procps
        if (cols < rlen) {
            return "";
        }
        char[] line = new char[cols];
        java.util.Arrays.fill(line, ' ');
        if (rlen + left.length() + 1 <= cols) {
            put(line, 0, left);
            if (rlen + left.length() + 2 <= cols) {
                if (cols < rlen + left.length() + 4) {
                    put(line, cols - rlen - 4, "... ");
                } else if (cols < rlen + left.length() + command.length()) {
                    put(line, left.length(), command.substring(0, cols - rlen - left.length() - 4));
                    put(line, cols - rlen - 4, "... ");
                } else {
                    put(line, left.length(), command);
                }
            }
        }
        put(line, cols - rlen + 1, right);
        return new String(line);
    }

    private static void put(char[] line, int at, String s) {
        for (int i = 0; i < s.length() && at + i < line.length; i++) {
            if (at + i >= 0) {
                line[at + i] = s.charAt(i);
            }
        }
    }

    /** The screen's text: home, each line and clear-to-eol, then clear-to-end-of-screen. */
    private String draw(WatchGrid grid) {
        StringBuilder b = new StringBuilder(rows * (cols + 8));
        b.append("\033[H");
        int line = 0;
        for (; line < titleRows(); line++) {
            b.append(line > 0 ? "\r\n" : "").append(line == 0 ? header() : "").append("\033[K");
        }
        for (int y = 0; y < grid.usedRows(); y++, line++) {
            b.append(line > 0 ? "\r\n" : "");
            grid.draw(b, y);
            b.append("\033[K");
        }
        return b.append("\033[J").toString();
    }

    @Override
    protected void deepen() {
        uts = uts == null ? null : uts.clone();
        clock = clock.clone();
        pipe = pipe.clone();
        status = status.clone();
        buf = buf.clone();
        output = new StringBuilder(output);
        lastGrid = lastGrid == null ? null : lastGrid.copy();
    }
}
