package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * xargs(1) of findutils: reads arguments from stdin ({@link XargsItems}) and runs COMMAND
 * (echo by default) with as many as fit, or -n N at a time, or those of -L N lines, or once
 * per line with -I REPLACE put in place of REPLACE in the initial arguments. Each command is
 * fork(2)ed, execve(2)d along PATH as execvp does, and wait4(2)ed, as the shell runs one.
 * -0 and -d split at NUL or a character, -r runs nothing for empty input, -t prints each
 * command on stderr first. Status: 123 if a command exited 1 to 125; a command exiting 255
 * stops xargs with 124, one killed by a signal with 125; 127 if COMMAND was not found (126 if
 * it could not be run).
 * <pre>
 *   while (read_args(...)) { if ((pid = fork()) == 0) execvp(cmd[0], cmd); waitpid(pid, ...); }
 * </pre>
 * Simplified: no -P, -p, -s, -x, -E, -a; at most {@link #MAX_CHARS} bytes of arguments.
 */
public final class Xargs extends Proc {
    private static final String USAGE = "Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\n"
            + "Run COMMAND with arguments INITIAL-ARGS and more arguments read from input.\n\n"
            + "Mandatory and optional arguments to long options are also\n"
            + "mandatory or optional for the corresponding short option.\n"
            + "  -0, --null                   items are separated by a null, not whitespace;\n"
            + "                                 disables quote and backslash processing and\n"
            + "                                 logical EOF processing\n"
            + "  -d, --delimiter=CHARACTER    items in input stream are separated by CHARACTER,\n"
            + "                                 not by whitespace; disables quote and backslash\n"
            + "                                 processing and logical EOF processing\n"
            + "  -I R                         same as --replace=R\n"
            + "  -L, --max-lines=MAX-LINES    use at most MAX-LINES non-blank input lines per\n"
            + "                                 command line\n"
            + "  -n, --max-args=MAX-ARGS      use at most MAX-ARGS arguments per command line\n"
            + "  -r, --no-run-if-empty        if there are no arguments, then do not run COMMAND;\n"
            + "                                 if this option is not given, COMMAND will be\n"
            + "                                 run at least once\n"
            + "  -t, --verbose                print commands before executing them\n"
            + "      --help                   display this help and exit\n";
    /** findutils' default -s on Linux: the bytes of arguments one command gets. */
    static final int MAX_CHARS = 131072;
    private static final int STATUS_FAILED = 123;
    private static final int STATUS_255 = 124;
    private static final int STATUS_SIGNALED = 125;

    private enum Pc { START, READ, FORKED, WAITED, EXEC }

    private Pc pc = Pc.START;
    private List<String> command = List.of();
    private int maxArgs;
    private int maxLines;
    private String replace;
    private boolean noRunIfEmpty;
    private boolean trace;
    private XargsItems input;
    private boolean eof;
    private boolean ran;
    private boolean errorTold;
    private int status;
    private byte[] buf = new byte[4096];
    private final int[] wstatus = new int[1];
    /** The child's command line and the PATH entries it has still to try. */
    private List<String> argvToRun = List.of();
    private Execvp exec;

    public Xargs(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case READ: return read(ret);
            case FORKED: return forked(ret);
            case WAITED: return waited();
            default: return exec(ret);
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "+0d:I:L:n:rtx", "null=0 delimiter=d replace=I max-lines=L "
                + "max-args=n no-run-if-empty=r verbose=t");
        int status0 = checkOpts(o, USAGE, 1);
        if (status0 >= 0) {
            return exit(status0);
        }
        String problem = null;
        maxArgs = number(o, 'n');
        maxLines = number(o, 'L');
        if (maxArgs < 0 || maxLines < 0) {
            return exit(1);
        }
        replace = o.get('I', null);
        noRunIfEmpty = o.has('r');
        trace = o.has('t');
        String d = o.get('d', null);
        if (d != null && d.getBytes(java.nio.charset.StandardCharsets.UTF_8).length != 1) {
            problem = "invalid input delimiter specification " + d + ": the delimiter must be "
                    + "either a single character or an escape sequence starting with \\.";
        }
        if (problem != null) {
            return fail(1, problem);
        }
        XargsItems.Mode mode = replace != null ? XargsItems.Mode.LINES
                : o.has('0') || d != null ? XargsItems.Mode.DELIMITER : XargsItems.Mode.BLANKS;
        input = new XargsItems(mode, o.has('0') ? 0 : d == null ? (byte) '\n' : (byte) d.charAt(0));
        command = o.operands.isEmpty() ? List.of("echo") : List.copyOf(o.operands);
        pc = Pc.READ;
        return Libc.read(0, buf, 0, buf.length);
    }

    /** -n N or -L N: N, 0 when absent, -1 after findutils' complaint. */
    private int number(Opts o, char c) {
        String v = o.get(c, null);
        if (v == null) {
            return 0;
        }
        String what = c == 'n' ? "-n" : "-L";
        if (!v.matches("[0-9]{1,9}")) {
            err.print(prog()).print(": invalid number \"").print(v).print("\" for ").print(what);
            err.print(" option\n").print(Opts.tryHelp(prog())).print('\n');
            return -1;
        }
        if (Integer.parseInt(v) == 0) {
            err.print(prog()).print(": value 0 for ").print(what).print(" option should be >= 1\n");
            err.print(Opts.tryHelp(prog())).print('\n');
            return -1;
        }
        return Integer.parseInt(v);
    }

    private Trap read(long ret) {
        if (ret < 0) {
            perror("read error", ret);
            return exit(1);
        }
        if (ret == 0) {
            eof = true;
            input.eof();
        } else {
            input.feed(buf, 0, (int) ret);
        }
        return nextCommand();
    }

    /** Runs the next batch that is complete, or reads more, or exits. */
    private Trap nextCommand() {
        if (input.error != null) {
            // findutils runs what it had read before a bad quote, and tells of the quote once
            // that command is done (so its output comes first, whatever the scheduling).
            int n = input.items.size();
            if (n > 0) {
                return run(input.take(maxArgs > 0 ? Math.min(n, maxArgs) : n));
            }
            if (!errorTold) {
                err.print(prog()).print(": ").print(input.error).print('\n');
                errorTold = true;
                status = 1;
            }
            return exit(status);
        }
        int n = batchSize();
        if (n > 0 || eof && !ran && !noRunIfEmpty && replace == null) {
            return run(input.take(Math.max(n, 0)));
        }
        if (!eof) {
            pc = Pc.READ;
            return Libc.read(0, buf, 0, buf.length);
        }
        return exit(status);
    }

    /** How many of the arguments read make the next command, or 0 if it is not complete. */
    private int batchSize() {
        int have = input.items.size();
        if (have == 0) {
            return 0;
        }
        if (replace != null) {
            return 1;
        }
        if (maxLines > 0) {
            int n = input.lines(maxLines);
            return n > 0 ? n : eof ? have : 0;
        }
        int fit = 0;
        int bytes = 0;
        for (String s : input.items) {
            bytes += s.length() + 1;
            if (bytes > MAX_CHARS && fit > 0 || maxArgs > 0 && fit == maxArgs) {
                return fit;
            }
            fit++;
        }
        return eof ? fit : 0;
    }

    private Trap run(List<String> args) {
        List<String> cmd = new ArrayList<>();
        if (replace != null) {
            for (String c : command) {
                cmd.add(c.replace(replace, args.get(0)));
            }
        } else {
            cmd.addAll(command);
            cmd.addAll(args);
        }
        if (trace) {
            err.print(String.join(" ", cmd)).print('\n');
        }
        ran = true;
        argvToRun = List.copyOf(cmd);
        pc = Pc.FORKED;
        return new Syscall.Fork();
    }

    private Trap forked(long ret) {
        if (ret < 0) {
            perror("cannot fork", ret);
            return exit(STATUS_SIGNALED + 1);
        }
        if (ret == 0) {
            exec = new Execvp(argvToRun, envp);
            pc = Pc.EXEC;
            return exec(0);
        }
        pc = Pc.WAITED;
        return Libc.wait4((int) ret, wstatus, 0);
    }

    /** In the child: execve in the next PATH directory, as execvp(3). */
    private Trap exec(long ret) {
        Trap t = exec.next(ret);
        if (t == null) {
            perror(exec.name(), exec.error());
            return exit(exec.status());
        }
        return t;
    }

    private Trap waited() {
        int w = wstatus[0];
        int sig = w & 0x7f;
        int code = (w >> 8) & 0xff;
        String name = argvToRun.get(0);
        if (sig != 0) {
            return fail(STATUS_SIGNALED, name + ": terminated by signal " + sig);
        }
        if (code == 255) {
            return fail(STATUS_255, name + ": exited with status 255; aborting");
        }
        if (code == 126 || code == 127) {
            return exit(code);
        }
        if (code != 0) {
            status = STATUS_FAILED;
        }
        return nextCommand();
    }

    @Override
    protected void deepen() {
        input = input == null ? null : input.copy();
        buf = buf.clone();
    }
}
