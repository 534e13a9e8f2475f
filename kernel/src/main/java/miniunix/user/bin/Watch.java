package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Termios;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * watch(1) of procps-ng 4.0.2: runs COMMAND with {@code sh -c} every {@code -n} seconds of
 * simulated time (2 by default, 0.1 at least) and shows its output (stdout and stderr) full
 * screen, under the title {@code Every 2.0s: COMMAND} with {@code HOST: DATE} right-aligned,
 * as procps's output_header lays it out (the command cut with {@code ...} when the line is
 * short). Long lines wrap unless {@code -w}; {@code -t} drops the title, {@code -d} shows what
 * changed since the last run in reverse video, {@code -g} exits when the output changes and
 * {@code -e} when the command fails (after a key, status 8). Ctrl-C (SIGINT, or SIGTERM,
 * SIGHUP) ends it with status 0 and the terminal as it was.
 * <pre>
 *   initscr(); cbreak(); noecho();            (the alternate screen, ICANON and ECHO off)
 *   for (;;) { output_header(); run_command(); usleep(interval); }
 * </pre>
 * As with procps, stdout need not be a terminal: the screen is then 80x24 and still drawn
 * with escape sequences.
 *
 * <p>Simplified: no -b, -c, -p, -q, -x; the screen is drawn whole each time (ncurses sends
 * only what changed).
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

    private enum Pc {
        START, TCGETS, HANDLER, RAW,
        // The parent's loop: while in one of these, a signal that ends watch ends it.
        HOSTNAME, SIZE, CLOCK, PIPE, FORK, CLOSED_W, READ, CLOSED_R, WAIT, KEY, SLEEP,
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
    private String command;
    /** c_lflag before watch changed it, or -1 when fd 0 is no terminal. */
    private long lflag = -1;
    private int handlers;
    private Fetch hostname;
    private String host = "";
    private int rows = 24;
    private int cols = 80;
    private long[] clock = new long[2];
    private int[] pipe = new int[2];
    private int child;
    private int[] status = new int[1];
    private byte[] buf = new byte[4096];
    private StringBuilder output = new StringBuilder();
    /** The last run's output and screen lines (for -g and -d); null before the first run. */
    private String lastOutput;
    private List<String> lastScreen;
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
                pc = Pc.PIPE;
                return new Syscall.Pipe(pipe);
            case PIPE: return fork(ret);
            case FORK: return forked(ret);
            case CLOSED_W:
                pc = Pc.READ;
                return Libc.read(pipe[0], buf, 0, buf.length);
            case READ: return read(ret);
            case CLOSED_R:
                pc = Pc.WAIT;
                return new Syscall.Wait4(child, status, 0);
            case WAIT: return waited(ret);
            case KEY: return leave(EXIT_ERR);
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
                return new Syscall.Execve("/bin/sh", List.of("sh", "-c", command), envp);
            case CHILD_EXEC: return exit(EXIT_EXEC);
            default: return exit(exitStatus);
        }
    }

    /** A caught SIGINT, SIGTERM or SIGHUP: noted; the call it interrupted gives EINTR. */
    @Override
    public Trap handleSignal(long handler, SigInfo info) {
        ending = true;
        return new Syscall.RtSigreturn();
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
        if (o.has('n')) {
            String n = o.get('n', "");
            double secs;
            try {
                secs = Double.parseDouble(n.trim());
            } catch (NumberFormatException e) {
                secs = Double.NaN;
            }
            if (Double.isNaN(secs) || Double.isInfinite(secs)) {
                return fail(1, "failed to parse argument: '" + n + "': Invalid argument");
            }
            intervalTicks = Math.max(10, Math.round(secs * 100));
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
        command = String.join(" ", o.operands);
        pc = Pc.TCGETS;
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCGETS, 0);
    }

    /** The handlers for the signals that end watch, then cbreak and noecho. */
    private Trap handler() {
        if (handlers < ENDING.length) {
            pc = Pc.HANDLER;
            return new Syscall.RtSigaction(ENDING[handlers++], ON_END, 0, 0, null);
        }
        pc = Pc.RAW;
        if (lflag < 0) {
            return host(0);
        }
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, lflag & ~(Termios.ICANON | Termios.ECHO));
    }

    /** The host name: the first line of /etc/hostname, where this machine keeps it. */
    private Trap host(long ret) {
        if (hostname == null) {
            hostname = new Fetch(Fetch.Kind.FILE, "/etc/hostname", 0);
            pc = Pc.HOSTNAME;
            ret = 0;
        }
        Trap t = hostname.next(ret);
        if (t != null) {
            return t;
        }
        String text = hostname.error == 0 ? hostname.text() : "";
        host = text.lines().findFirst().orElse("").trim();
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
        return new Syscall.ClockGettime(Syscall.ClockGettime.CLOCK_REALTIME, clock);
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

    /** The run is over: the screen, then -g's and -e's checks, then the interval's sleep. */
    private Trap waited(long ret) {
        String text = output.toString();
        List<String> screen = screen(text);
        out.print(draw(screen));
        boolean changed = lastOutput != null && !text.equals(lastOutput);
        lastOutput = text;
        lastScreen = screen;
        if (chgexit && changed) {
            return leave(0);
        }
        if (errexit && ret > 0 && Wait.shellStatus(status[0]) != 0) {
            out.print("\033[" + rows + ";1Hcommand exit with a non-zero status, press a key to exit");
            pc = Pc.KEY;
            return Libc.read(0, buf, 0, 1);
        }
        pc = Pc.SLEEP;
        return new Syscall.Nanosleep(intervalTicks * 10_000_000L);
    }

    /** endwin(): the normal screen back (rmcup), the saved modes, then exit with status. */
    private Trap leave(int code) {
        out.print(LEAVE);
        exitStatus = code;
        pc = Pc.LEFT;
        return lflag < 0 ? exit(code) : new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, lflag);
    }

    /** The screen's lines: the title and a blank line, then the output, wrapped and cut. */
    List<String> screen(String text) {
        List<String> lines = new ArrayList<>(rows);
        if (title) {
            lines.add(header());
            lines.add("");
        }
        for (String l : text.split("\n", -1)) {
            String line = expand(l);
            while (wrap && line.length() > cols && lines.size() < rows) {
                lines.add(line.substring(0, cols));
                line = line.substring(cols);
            }
            if (lines.size() < rows) {
                lines.add(line.length() > cols ? line.substring(0, cols) : line);
            }
        }
        while (lines.size() > rows) {
            lines.remove(lines.size() - 1);
        }
        return lines;
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

    /** Tabs to the next multiple of 8 and other control characters left out, as curses shows. */
    private static String expand(String l) {
        StringBuilder b = new StringBuilder(l.length());
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\t') {
                b.append(" ".repeat(8 - b.length() % 8));
            } else if (c >= ' ' && c != 127) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The screen's text: home, each line and clear-to-eol, changes in reverse with -d. */
    private String draw(List<String> screen) {
        StringBuilder b = new StringBuilder(rows * (cols + 8));
        b.append("\033[H");
        for (int i = 0; i < screen.size(); i++) {
            if (i > 0) {
                b.append("\r\n");
            }
            String line = screen.get(i);
            boolean body = !title || i >= 2;
            if (diff && body && lastScreen != null) {
                String old = i < lastScreen.size() ? lastScreen.get(i) : "";
                highlight(b, line, old);
            } else {
                b.append(line);
            }
            b.append("\033[K");
        }
        return b.append("\033[J").toString();
    }

    /** The characters of line that differ from old's at the same column, in reverse video. */
    private static void highlight(StringBuilder b, String line, String old) {
        boolean on = false;
        for (int i = 0; i < line.length(); i++) {
            boolean changed = i >= old.length() || old.charAt(i) != line.charAt(i);
            if (changed != on) {
                b.append(changed ? "\033[7m" : "\033[m");
                on = changed;
            }
            b.append(line.charAt(i));
        }
        if (on) {
            b.append("\033[m");
        }
    }

    @Override
    protected void deepen() {
        hostname = hostname == null ? null : hostname.copy();
        clock = clock.clone();
        pipe = pipe.clone();
        status = status.clone();
        buf = buf.clone();
        output = new StringBuilder(output);
        lastScreen = lastScreen == null ? null : new ArrayList<>(lastScreen);
    }
}
