package miniunix.app.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * {@code . FILE [ARGS...]}, {@code source FILE [ARGS...]} and {@code eval [ARGS...]}: commands
 * run by the shell itself, from a file or from the arguments joined by spaces, a line at a
 * time as a script's are (a nested {@link ReadFrame}), so a syntax error stops only its line
 * and the commands change the shell (variables, functions, cd).
 *
 * <p>. reads the whole file first: a FILE without '/' is looked for in PATH, then in the
 * working directory (bash outside POSIX mode); ARGS, if any, are the positional parameters
 * while it runs. A sourced file is what `return` leaves, as a function is ($? is return's N).
 * Both raise the xtrace depth ("++ cmd"), as bash does.
 *
 * <p>A sourced file runs without the DEBUG trap unless set -T, and its RETURN trap runs when
 * it is done; $BASH_COMMAND is the caller's again afterwards (bash's parse_and_execute).
 *
 * <p>Nesting is bounded ({@link FunctionFrame#MAX_NEST}, "maximum source nesting level
 * exceeded") where bash has no bound and crashes: a file that sources itself ends cleanly.
 */
final class SourceFrame extends Frame {
    private enum Phase { SEARCH, SEARCHED, STAT, STATED, OPENED, READ, GOT, RUN, DONE }

    private final List<String> argv;
    private final boolean eval;
    private StatBuf st = new StatBuf();
    private String[] dirs;
    private int nextDir;
    private String path;
    private int fd;
    private byte[] buf = new byte[0];
    private int len;
    private List<String> callerArgs;
    private boolean running;
    /** The caller's error name and line, back when the commands end. */
    private String callerSource;
    private int callerLine;
    private Shell.Call callerCalls;
    /** $BASH_COMMAND when the commands began: back when they end, as bash's parse_and_execute does. */
    private Object callerCommand;
    /** The caller's traps a sourced file runs without ({@link TrapTable#hide}); null if none. */
    private String[] hiddenTraps;
    /** $? before the return that left the file, or -1: what the RETURN trap sees. */
    private int statusBeforeReturn = -1;
    private boolean returnTrapDone;
    private Phase phase;

    private SourceFrame(List<String> argv, boolean eval) {
        this.argv = List.copyOf(argv);
        this.eval = eval;
        this.phase = eval ? Phase.RUN : Phase.SEARCH;
    }

    /** Whether name is one of the builtins that run commands: . source eval. */
    static boolean runsCommands(String name) {
        return name.equals(".") || name.equals("source") || name.equals("eval");
    }

    static SourceFrame of(List<String> argv) {
        return new SourceFrame(argv, argv.get(0).equals("eval"));
    }

    /** A sourced file is left by return; eval is not. */
    boolean isFile() {
        return !eval;
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case SEARCH -> search(sh);
            case SEARCHED -> {
                phase = ret >= 0 && !st.isDir() ? Phase.STAT : Phase.SEARCH;
                yield null;
            }
            case STAT -> {
                phase = Phase.STATED;
                yield Libc.stat(path, st);
            }
            case STATED -> stated(sh, ret);
            case OPENED -> opened(sh, ret);
            case READ -> {
                phase = Phase.GOT;
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(4096, 2 * buf.length));
                }
                yield Libc.read(fd, buf, len, buf.length - len);
            }
            case GOT -> got(sh, ret);
            case RUN -> run(sh, eval ? String.join(" ", argv.subList(1, argv.size())) : Shell.decode(buf, 0, len));
            case DONE -> {
                if (!eval && !returnTrapDone) {
                    returnTrapDone = true;
                    sh.vars.command = callerCommand;    // bash's RETURN trap sees ". FILE" again
                    int status = statusBeforeReturn >= 0 ? statusBeforeReturn : sh.vars.status;
                    if (TrapFrame.pushOwn(sh, TrapTable.RETURN, status)) {
                        yield null;
                    }
                }
                sh.pop();
                restore(sh);
                yield null;
            }
        };
    }

    /** PATH, for a name without '/': the first regular file found; else the name as it is. */
    private Trap search(Shell sh) {
        if (argv.size() < 2) {
            return fail(sh, argv.get(0) + ": filename argument required\n" + argv.get(0) + ": usage: "
                    + argv.get(0) + " filename [arguments]", 2);
        }
        String file = argv.get(1);
        if (dirs == null) {
            dirs = file.indexOf('/') >= 0 ? new String[0] : sh.vars.get("PATH").split(":", -1);
        }
        phase = Phase.STAT;
        path = file;
        if (nextDir < dirs.length) {
            String dir = dirs[nextDir++];
            path = (dir.isEmpty() ? "." : dir) + "/" + file;
            phase = Phase.SEARCHED;
            return Libc.stat(path, st);
        }
        return null;
    }

    private Trap stated(Shell sh, long ret) {
        if (ret < 0) {
            return fail(sh, argv.get(1) + ": " + Errno.strerror(ret), 1);
        }
        if (st.isDir()) {
            return fail(sh, argv.get(0) + ": " + argv.get(1) + ": is a directory", 1);
        }
        phase = Phase.OPENED;
        return Libc.open(path, Fcntl.O_RDONLY | Fcntl.O_CLOEXEC, 0);
    }

    private Trap opened(Shell sh, long ret) {
        if (ret < 0) {
            return fail(sh, argv.get(1) + ": " + Errno.strerror(ret), 1);
        }
        fd = (int) ret;
        phase = Phase.READ;
        return null;
    }

    private Trap got(Shell sh, long ret) {
        if (ret > 0 || ret == Errno.EINTR.ret()) {
            len += Math.max(0, (int) ret);
            phase = Phase.READ;
            return null;
        }
        phase = ret < 0 ? Phase.DONE : Phase.RUN;
        if (ret < 0) {
            sh.vars.status = 1;
            sh.error(argv.get(1) + ": " + Errno.strerror(ret));
        }
        return new Syscall.Close(fd);
    }

    /** The text is known: run it (nothing to run is status 0). */
    private Trap run(Shell sh, String text) {
        if (sh.sourceNest >= FunctionFrame.MAX_NEST) {
            sh.pop();
            sh.expansionError(argv.get(0) + ": maximum source nesting level exceeded (" + FunctionFrame.MAX_NEST
                    + ")", false);
            return null;
        }
        buf = new byte[0];
        phase = Phase.DONE;
        running = true;
        sh.sourceNest++;
        sh.traceDepth++;
        if (!eval && argv.size() > 2) {
            callerArgs = new ArrayList<>(sh.vars.positional());
            sh.vars.setPositional(argv.subList(2, argv.size()));
        }
        sh.vars.status = 0;
        callerSource = sh.source;
        callerLine = sh.vars.lineno;
        callerCommand = sh.vars.command;
        callerCalls = sh.vars.calls;
        if (!eval) {
            sh.source = path;   // BASH_SOURCE: as found in PATH ("./F" for "" or "."), else as given
            sh.vars.calls = new Shell.Call("source", sh.source, callerLine, callerCalls);
            hiddenTraps = sh.trapTable.hide(!sh.vars.on(ShellOption.FUNCTRACE), false, false);
        }
        sh.push(ReadFrame.nested(text, eval ? "eval: " : "", eval ? Math.max(1, sh.vars.lineno) : 1));
        return null;
    }

    private void restore(Shell sh) {
        if (running) {
            running = false;
            sh.sourceNest--;
            sh.traceDepth--;
            sh.source = callerSource;
            sh.vars.calls = callerCalls;
            sh.vars.lineno = callerLine;
            sh.vars.command = callerCommand;
            sh.trapTable.restoreAfter(hiddenTraps);
            if (callerArgs != null) {
                sh.vars.setPositional(callerArgs);
            }
        }
    }

    @Override
    void returning(int statusBefore) {
        statusBeforeReturn = statusBefore;
    }

    private Trap fail(Shell sh, String msg, int status) {
        sh.vars.status = status;
        sh.pop();
        sh.error(msg);
        return null;
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        restore(sh);
        if (phase == Phase.READ || phase == Phase.GOT) {
            calls.add(new Syscall.Close(fd));
        }
    }

    @Override
    Frame copy() {
        SourceFrame s = new SourceFrame(argv, eval);
        s.st = st.copy();
        s.dirs = dirs == null ? null : dirs.clone();
        s.nextDir = nextDir;
        s.path = path;
        s.fd = fd;
        s.buf = buf.clone();
        s.len = len;
        s.callerArgs = callerArgs == null ? null : new ArrayList<>(callerArgs);
        s.running = running;
        s.callerSource = callerSource;
        s.callerLine = callerLine;
        s.callerCalls = callerCalls;
        s.callerCommand = callerCommand;
        s.hiddenTraps = hiddenTraps == null ? null : hiddenTraps.clone();
        s.statusBeforeReturn = statusBeforeReturn;
        s.returnTrapDone = returnTrapDone;
        s.phase = phase;
        return s;
    }
}
