package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Sysno;
import miniunix.kernel.uapi.TraceEvent;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * strace(1): {@code strace [-f] [-c] [-e trace=SET] [-o FILE] [-s N] COMMAND [ARG]...} runs
 * COMMAND and prints each of its syscalls, signals and its exit, in strace's format, on
 * stderr (or FILE); {@code strace -p PID} attaches to a running process. -f follows forks
 * ({@code [pid   43]} before each line while more than one process is traced), -c prints
 * only strace's summary table at the end. strace exits as COMMAND did (killed by a signal:
 * it kills itself with it).
 * <pre>
 *   fd = ptrace(PTRACE_EVENTS, 0, NULL, follow ? PTRACE_O_TRACEFORK : 0);
 *   if ((pid = fork()) == 0) { ptrace(PTRACE_TRACEME); execve(path, argv, envp); _exit(1); }
 *   while ((n = read(fd, buf, sizeof buf)) &gt; 0) print_events(buf, n);
 *   wait4(pid, &amp;status, 0, NULL); exit(WEXITSTATUS(status));
 * </pre>
 * The kernel decodes each call (see kernel.trace.Ptrace), so strace only picks, prefixes and
 * aligns the lines. Simplified: no -s (strings are cut at 32 bytes), -e takes only trace=,
 * a call that blocks is printed once when it returns (no {@code <unfinished ...>}).
 */
public final class Strace extends Proc {
    private static final String USAGE = "Usage: strace [-cf] [-e trace=SET] [-o FILE] "
            + "{-p PID | PROG [ARGS]}\n";
    /** strace aligns " = " at this column (its default -a 40, counted from 0, less one). */
    private static final int RESULT_COLUMN = 39;
    private static final int READ_SIZE = 4096;

    private enum Step { START, OPEN_OUT, STAT, EVENTS, SEIZE, FORK, CHILD_TRACEME, CHILD_EXEC,
        READ, WRITE, WAIT, GETPID, KILL_SELF, EXIT }

    private Step step = Step.START;
    private boolean follow;
    private boolean summaryOnly;
    private Set<Sysno> filter;
    private String outFile;
    private int attachPid;
    private List<String> command = List.of();
    private List<String> candidates = List.of();
    private String path;
    private int outFd = 2;
    private int eventFd;
    private int child;
    private int nprocs = 1;
    private int exitStatus;
    private byte[] readBuf = new byte[READ_SIZE];
    private StringBuilder partial = new StringBuilder();
    private byte[] output = new byte[0];
    private int outputOff;
    private StraceSummary summary = new StraceSummary();
    private StatBuf st = new StatBuf();
    private int[] wstatus = new int[1];
    private boolean ended;

    public Strace(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void deepen() {
        readBuf = readBuf.clone();
        partial = new StringBuilder(partial);
        summary = summary.copy();
        st = st.copy();
        wstatus = wstatus.clone();
    }

    @Override
    protected Trap step(long ret) {
        switch (step) {
            case START: return start();
            case OPEN_OUT:
                if (ret < 0) {
                    return fail(1, "Can't fopen '" + outFile + "': " + Errno.strerror(ret));
                }
                outFd = (int) ret;
                return afterOutput();
            case STAT: return statNext(ret);
            case EVENTS:
                if (ret < 0) {
                    return fail(1, "ptrace(PTRACE_EVENTS): " + Errno.strerror(ret));
                }
                eventFd = (int) ret;
                return attachPid > 0 ? seize() : fork();
            case SEIZE:
                if (ret < 0) {
                    return fail(1, "attach: ptrace(PTRACE_SEIZE, " + attachPid + "): "
                            + Errno.strerror(ret));
                }
                emit("strace: Process " + attachPid + " attached\n");
                return read();
            case FORK:
                if (ret == 0) {
                    step = Step.CHILD_TRACEME;
                    return new Syscall.Ptrace(Syscall.Ptrace.PTRACE_TRACEME, 0, 0);
                }
                if (ret < 0) {
                    return fail(1, "fork: " + Errno.strerror(ret));
                }
                child = (int) ret;
                return read();
            case CHILD_TRACEME:
                step = Step.CHILD_EXEC;
                return Libc.execve(path, command, envp);
            case CHILD_EXEC: return fail(1, "exec: " + Errno.strerror(ret));
            case READ: return events(ret);
            case WRITE: return wrote(ret);
            case WAIT: return waited(ret);
            case GETPID:
                // Die of the signal COMMAND died of, as strace does; exit if it is ignored.
                step = Step.KILL_SELF;
                return new Syscall.Kill((int) ret, exitStatus - 128);
            case KILL_SELF:
            case EXIT: return exit(exitStatus);
            default: throw new AssertionError(step);
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "+cfe:o:p:");
        if (o.error != null) {
            return fail(1, o.error + "\nTry 'strace -h' for more information.");
        }
        if (o.help) {
            out.print(USAGE);
            return exit(0);
        }
        follow = o.has('f');
        summaryOnly = o.has('c');
        for (String e : o.all('e')) {
            String set = e.startsWith("trace=") ? e.substring("trace=".length()) : e;
            String[] bad = new String[1];
            filter = StraceFilter.parse(set, bad);
            if (filter == null) {
                return fail(1, "invalid system call '" + bad[0] + "'");
            }
        }
        if (o.has('p')) {
            String p = o.get('p', "");
            if (!p.matches("[0-9]{1,9}") || Integer.parseInt(p) == 0) {
                return fail(1, "Invalid process id: '" + p + "'");
            }
            attachPid = Integer.parseInt(p);
        } else if (o.operands.isEmpty()) {
            return fail(1, "must have PROG [ARGS] or -p PID\nTry 'strace -h' for more information.");
        }
        command = List.copyOf(o.operands);
        outFile = o.has('o') ? o.get('o', "") : null;
        if (outFile != null) {
            step = Step.OPEN_OUT;
            return Libc.open(outFile, Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_TRUNC
                    | Fcntl.O_CLOEXEC, 0666);
        }
        return afterOutput();
    }

    /** With the output open: find COMMAND in PATH, as strace does before it forks. */
    private Trap afterOutput() {
        if (attachPid > 0) {
            return events();
        }
        String name = command.get(0);
        if (name.contains("/")) {
            candidates = List.of(name);
        } else {
            List<String> c = new ArrayList<>();
            for (String dir : Execvp.path(envp).split(":", -1)) {
                c.add((dir.isEmpty() ? "." : dir) + "/" + name);
            }
            candidates = List.copyOf(c);
        }
        return statNext(Errno.ENOENT.ret());
    }

    private Trap statNext(long ret) {
        if (ret == 0 && st.isRegular()) {
            path = candidates.get(0);
            return events();
        }
        if (step == Step.STAT) {
            candidates = candidates.subList(1, candidates.size());
        }
        if (candidates.isEmpty()) {
            return fail(1, "Can't stat '" + command.get(0) + "': " + Errno.strerror(Errno.ENOENT.ret()));
        }
        step = Step.STAT;
        return Libc.stat(candidates.get(0), st);
    }

    private Trap events() {
        step = Step.EVENTS;
        return new Syscall.Ptrace(Syscall.Ptrace.PTRACE_EVENTS, 0,
                follow ? Syscall.Ptrace.PTRACE_O_TRACEFORK : 0);
    }

    private Trap seize() {
        step = Step.SEIZE;
        return new Syscall.Ptrace(Syscall.Ptrace.PTRACE_SEIZE, attachPid,
                follow ? Syscall.Ptrace.PTRACE_O_TRACEFORK : 0);
    }

    private Trap fork() {
        step = Step.FORK;
        return new Syscall.Fork();
    }

    private Trap read() {
        if (outputOff < output.length) {
            step = Step.WRITE;
            return Libc.write(outFd, output, outputOff, output.length - outputOff);
        }
        if (ended) {
            return finish();
        }
        step = Step.READ;
        return Libc.read(eventFd, readBuf, 0, readBuf.length);
    }

    /** Events read: each complete line becomes strace's output. */
    private Trap events(long ret) {
        if (ret <= 0) {
            ended = true;
            if (summaryOnly) {
                emit(summary.table());
            }
            return read();
        }
        StringBuilder text = new StringBuilder();
        partial.append(new String(readBuf, 0, (int) ret, StandardCharsets.UTF_8));
        int start = 0;
        for (int nl = partial.indexOf("\n"); nl >= 0; nl = partial.indexOf("\n", start)) {
            TraceEvent e = TraceEvent.parse(partial.substring(start, nl));
            if (e != null) {
                print(e, text);
            }
            start = nl + 1;
        }
        partial.delete(0, start);
        emit(text.toString());
        return read();
    }

    /** One event as strace prints it, appended to text. */
    private void print(TraceEvent e, StringBuilder text) {
        Sysno s = e.kind() == TraceEvent.Kind.SYSCALL ? sysno(e.sysno()) : null;
        if (s != null && summaryOnly) {
            summary.count(s, e.errno() != 0, e.sysUs());
        }
        if (e.kind() == TraceEvent.Kind.ATTACH) {
            nprocs++;
            if (!summaryOnly) {
                text.append("strace: Process ").append(e.pid()).append(" attached\n");
            }
            return;
        }
        boolean shown = !summaryOnly && (s == null || filter == null || filter.contains(s));
        if (shown) {
            int lineStart = text.length();
            text.append(prefix(e.pid()));
            switch (e.kind()) {
                case SYSCALL -> {
                    text.append(e.text());
                    int col = text.length() - lineStart;
                    text.append(" ".repeat(Math.max(0, RESULT_COLUMN - col)));
                    text.append(" = ").append(e.result());
                }
                case SIGNAL -> text.append("--- ").append(e.text()).append(" ---");
                case EXIT -> text.append("+++ ").append(e.text()).append(" +++");
                case ATTACH -> throw new AssertionError(e);
            }
            text.append('\n');
        }
        if (e.kind() == TraceEvent.Kind.EXIT) {
            nprocs--;
        }
    }

    /** strace's printleader: "PID   " in a -f -o file, "[pid   43] " while several run. */
    private String prefix(int pid) {
        if (follow && outFile != null) {
            String p = Integer.toString(pid);
            return p + " ".repeat(Math.max(1, 6 - p.length()));
        }
        if (nprocs > 1) {
            String p = Integer.toString(pid);
            return "[pid " + " ".repeat(Math.max(0, 5 - p.length())) + p + "] ";
        }
        return "";
    }

    private static Sysno sysno(int number) {
        for (Sysno s : Sysno.values()) {
            if (s.number == number) {
                return s;
            }
        }
        return null;
    }

    /** Queues text for the trace output. */
    private void emit(String text) {
        if (text.isEmpty()) {
            return;
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] rest = new byte[output.length - outputOff + b.length];
        System.arraycopy(output, outputOff, rest, 0, output.length - outputOff);
        System.arraycopy(b, 0, rest, output.length - outputOff, b.length);
        output = rest;
        outputOff = 0;
    }

    private Trap wrote(long ret) {
        if (ret < 0) {
            output = new byte[0];      // nowhere to write: drop the trace, keep the tracee going
            outputOff = 0;
        } else {
            outputOff += (int) ret;
        }
        return read();
    }

    /** Every tracee is gone: reap COMMAND and end as it did. */
    private Trap finish() {
        if (attachPid > 0) {
            step = Step.EXIT;
            exitStatus = 0;
            return exit(0);
        }
        step = Step.WAIT;
        return Libc.wait4(child, wstatus, 0);
    }

    private Trap waited(long ret) {
        int s = wstatus[0];
        if (ret > 0 && Wait.ifSignaled(s)) {
            step = Step.GETPID;
            exitStatus = 128 + Wait.termSig(s);
            return new Syscall.Getpid();
        }
        exitStatus = ret > 0 ? Wait.exitStatus(s) : 1;
        step = Step.EXIT;
        return exit(exitStatus);
    }
}
