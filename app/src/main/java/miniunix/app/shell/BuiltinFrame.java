package miniunix.app.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Dialect;
import miniunix.user.lib.EchoArgs;
import miniunix.user.lib.Libc;
import miniunix.user.lib.TestExpr;
import miniunix.user.lib.TestFacts;

/**
 * The builtins: the commands that must change the shell's own state (xv6's sh.c: "Chdir must
 * be called by the parent, not the child"). cd, pwd, exit, fork, tick, break, continue,
 * shift, export, unset, local and return ({@link ScopeBuiltins}), read ({@link ReadBuiltin}),
 * set ({@link SetBuiltin}), test and [ ({@link TestExpr}), echo ({@link EchoArgs}), printf
 * ({@link PrintfBuiltin}), true, false, type ({@link TypeBuiltin}), wait ({@link WaitBuiltin}), jobs fg
 * bg ({@link JobBuiltins}), a kill that names a job ({@link KillBuiltin}), exec without a
 * command, and : (which does nothing, successfully); . source eval run elsewhere
 * ({@link SourceFrame}), as does exec CMD.
 * Each runs in the shell with its redirections opened but not dup'ed ({@link Redirections}),
 * writing to where fd 1 and 2 point, and may take several syscalls ({@code pc} is its program
 * counter); exec's redirections are dup'ed onto the shell's fds and stay. An empty argv is a
 * command of redirections only (`&gt; file` creates the file).
 * Every builtin takes --help; options are parsed by hand (no picocli inside a Program).
 */
final class BuiltinFrame extends Frame {
    private enum Phase { REDIRECT, RUN, CLOSE }

    private static final long NANOS_PER_TICK = 10_000_000L;

    private final List<String> argv;
    private final Redirections redirections;
    /** The command's NAME=value words, or null; their scope is pushed (until the builtin is done). */
    private LinkedHashMap<String, String> prefix;
    private boolean prefixPushed;
    /** pwd's getcwd buffer, allocated only by pwd (a loop runs many builtins). */
    private byte[] cwd;
    private Phase phase = Phase.REDIRECT;
    /** The builtin's own program counter: 0 before its first syscall. */
    private int pc;
    /** cd: the directory as typed (for messages) and the absolute path asked for. */
    private String dir;
    private String target;
    /** pwd: the stats of $PWD and ".", to see whether $PWD names the cwd. */
    private StatBuf pwdSt;
    private StatBuf dotSt;
    /** pwd -P: the physical directory, never $PWD. */
    private boolean physical;
    /** cd -: the new directory is printed. */
    private boolean printTarget;
    /** pushd and popd: what follows a change of directory that worked (its status), or null. */
    private IntSupplier afterCd;
    private int in = 0;
    private int out = 1;
    private int err = 2;
    /** read's line in progress, or null. */
    private ReadBuiltin reader;
    private MapfileBuiltin mapper;
    /** declare NAME=(...): each such argument's expanded elements, by its place in argv; or null. */
    private Map<Integer, ArrayAssign> compounds;
    /** type's lookups in progress, or null. */
    private TypeBuiltin typer;
    /** hash's status when its options did all the work (bash's: 2 for a bad option). */
    private int hashStatus;
    /** hash -p PATH NAME...: PATH, and the NAMEs to remember once PATH is stat'ed. */
    private String hashPath;
    private List<String> hashNames;
    /** wait's and kill's work in progress, or null. */
    private WaitBuiltin waiter;
    /** wait -p VAR: the variable, or null. */
    private String waitVar;
    private KillBuiltin killer;
    /** test's expression (without "]") and the facts its file operators need, or null. */
    private List<String> testArgs;
    private TestFacts tester;
    /** bind's work in progress, or null. */
    private BindBuiltin binder;
    /** fc's work in progress, or null. */
    private FcBuiltin fixer;
    /** umask's work in progress, or null. */
    private UmaskBuiltin masker;
    /** ulimit's work in progress, or null. */
    private UlimitBuiltin limiter;
    /** compgen's completions in progress, or null; the spec it falls back on with -o default. */
    private Compgen completer;
    /** compgen's fallbacks tried: 1 after -o bashdefault's, 2 after -o default's too. */
    private int completerFallback;
    /** The options and word of compgen's own spec, once a fallback replaced it. */
    private Set<CompSpec.Option> completerOptions;
    private String completerWord;
    /** One write of echo's or printf's: output, or a complaint (whose failure is let go). */
    record Chunk(int fd, byte[] bytes, boolean complaint) {
    }

    /**
     * echo's and printf's writes, in order; the one being written, the bytes of it written so
     * far, and the status the builtin ends with. Never changed once made.
     */
    private ArrayList<Chunk> output;
    private int outputAt;
    private int outputDone;
    private int outputStatus;
    /** printf's clock_gettime(2) result, for %(FMT)T; null until asked. */
    private long[] clock;
    /** times: getrusage(2) of the shell and of its children, user and system microseconds. */
    private long[] selfTimes;
    private long[] childTimes;
    /**
     * What the builtin says, in order, as fd and text pairs; written when it is done. Null
     * until it says something (most builtins in a loop say nothing).
     */
    private ArrayList<Object> said;

    BuiltinFrame(List<String> argv, Redirections redirections) {
        this.argv = List.copyOf(argv);
        this.redirections = redirections;
    }

    /** A declaration builtin's NAME=(...) arguments (see {@link #compound}); null for none. */
    BuiltinFrame compounds(Map<Integer, ArrayAssign> c) {
        compounds = c;
        return this;
    }

    /** The NAME=(...) that is argv's argument i, expanded, or null when it is none. */
    ArrayAssign compound(int i) {
        return compounds == null ? null : compounds.get(i);
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case REDIRECT -> redirect(sh, ret);
            case RUN -> run(sh, ret);
            case CLOSE -> close(sh);
        };
    }

    /**
     * The command's NAME=value words (bash's temporary environment), which the builtin sees
     * and its redirections do not: they are in force from when the redirections are done
     * until the builtin is ({@link PrefixFrame} does the same around a function or .).
     */
    BuiltinFrame prefix(Map<String, String> assigns) {
        prefix = assigns.isEmpty() ? null : new LinkedHashMap<>(assigns);
        return this;
    }

    /** The files opened for the redirections are closed when the builtin is done. */
    private Trap close(Shell sh) {
        sh.pop();
        endPrefix(sh);
        if (!redirections.opened().isEmpty()) {
            List<Syscall> closes = new ArrayList<>();
            cleanup(sh, closes);
            sh.push(new Frame.Calls(closes));
        }
        return null;
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        endPrefix(sh);
        for (int fd : redirections.opened()) {
            calls.add(new Syscall.Close(fd));
        }
    }

    private void endPrefix(Shell sh) {
        if (prefixPushed) {
            prefixPushed = false;
            sh.vars.scopes.pop();
        }
    }

    private Trap redirect(Shell sh, long ret) {
        Trap t = redirections.next(sh, ret);
        if (t != null || redirections.waiting()) {
            return t;
        }
        phase = Phase.CLOSE;
        if (redirections.error() != null) {
            sh.vars.status = 1;
            int fd = redirections.fd(2);        // where fd 2 is by then, as bash's redirections leave it
            if (fd >= 0) {
                sh.print(fd, redirections.report(sh));
            }
        } else if (argv.size() > 1 && argv.get(1).equals("--help") && Builtins.takesHelp(argv.get(0))) {
            sh.vars.status = BuiltinOptions.STATUS;    // bash's builtin_help returns EX_USAGE
            sh.print(redirections.fd(1), Builtins.help(argv.get(0)));
        } else if (!argv.isEmpty()) {
            in = redirections.fd(0);
            out = redirections.fd(1);
            err = redirections.fd(2);
            phase = Phase.RUN;
            if (prefix != null) {
                prefixPushed = true;
                sh.vars.scopes.pushPrefix(Scopes.Kind.PREFIX);
                for (Map.Entry<String, String> b : prefix.entrySet()) {
                    sh.vars.scopes.prefixAssign(b.getKey(), b.getValue());
                }
            }
        }
        return null;
    }

    private Trap run(Shell sh, long ret) {
        return switch (argv.get(0)) {
            case "cd" -> cd(sh, ret);
            case "pushd", "popd", "dirs" -> dirStack(sh, ret);
            case "suspend" -> suspend(sh);
            case "pwd" -> pwd(sh, ret);
            case "exit" -> exit(sh);
            case "logout" -> sh.loginShell ? exit(sh) : fail(sh, "logout: not login shell: use `exit'", 1);
            case "export" -> finish(sh, ScopeBuiltins.export(this, sh, argv));
            case "unset" -> finish(sh, ScopeBuiltins.unset(this, sh, argv));
            case "readonly" -> finish(sh, ScopeBuiltins.readonly(this, sh, argv));
            case "wait" -> waitFor(sh, ret);
            case "fork" -> fork(sh, ret);
            case "tick" -> tick(sh);
            case "break", "continue" -> breakLoop(sh);
            case "shift" -> shift(sh);
            case "read" -> read(sh, ret);
            case "mapfile", "readarray" -> mapfile(sh, ret);
            case "return" -> finish(sh, ScopeBuiltins.doReturn(this, sh, argv));
            case "local" -> finish(sh, ScopeBuiltins.local(this, sh, argv));
            case "declare", "typeset" -> finish(sh, ScopeBuiltins.declare(this, sh, argv));
            case "set" -> done(sh, SetBuiltin.run(this, sh, argv));
            case "shopt" -> done(sh, ShoptBuiltin.run(this, sh, argv));
            case "trap" -> done(sh, TrapBuiltin.run(this, sh, argv));
            case "type", "command", "hash" -> type(sh, ret);
            case "jobs", "fg", "bg", "disown" -> jobControl(sh);
            case "kill" -> kill(sh, ret);
            case "let" -> done(sh, LetBuiltin.let(this, sh, argv));
            case "getopts" -> done(sh, GetoptsBuiltin.run(this, sh, argv));
            case "history" -> done(sh, HistoryBuiltin.history(this, sh, argv));
            case "fc" -> fc(sh, ret);
            case "bind" -> bind(sh, ret);
            case "help" -> done(sh, HelpBuiltin.run(this, sh, argv));
            case "alias" -> done(sh, AliasBuiltin.alias(this, sh, argv));
            case "unalias" -> done(sh, AliasBuiltin.unalias(this, sh, argv));
            case "enable" -> done(sh, EnableBuiltin.run(this, sh, argv));
            case "complete" -> done(sh, CompleteBuiltin.complete(this, sh, argv));
            case "compopt" -> done(sh, CompleteBuiltin.compopt(this, sh, argv));
            case "compgen" -> compgen(sh, ret);
            case "builtin" -> done(sh, builtin());
            case "caller" -> done(sh, caller(sh));
            case "times" -> times(sh);
            case "umask" -> umask(sh, ret);
            case "ulimit" -> ulimit(sh, ret);
            case "test", "[" -> test(sh, ret);
            case "echo" -> echo(sh, ret);
            case "printf" -> printf(sh, ret);
            case "false" -> done(sh, 1);
            default -> done(sh, 0);
        };
    }

    /**
     * builtin [shell-builtin [arg ...]] when it runs no builtin ({@link SimpleFrame} runs one
     * that is there): with no NAME it succeeds; a NAME that is no builtin, or one enable -n
     * turned off, is bash's "builtin: NAME: not a shell builtin", status 1.
     */
    private int builtin() {
        BuiltinOptions opts = new BuiltinOptions(this, argv, "", "builtin: usage: builtin [shell-builtin [arg ...]]\n");
        if (opts.next() != BuiltinOptions.END) {
            return BuiltinOptions.STATUS;
        }
        List<String> names = opts.operands();
        if (names.isEmpty()) {
            return 0;
        }
        error("builtin: " + names.get(0) + ": not a shell builtin\n");
        return 1;
    }

    /**
     * caller [EXPR] (bash's caller.def), from the calls running ({@link Variables#calls}, bash's
     * BASH_LINENO, FUNCNAME and BASH_SOURCE, innermost first): without EXPR "LINE FILE", the
     * line the running call was made on and the file of the call below it ("NULL" when there is
     * none); with EXPR N, "LINE NAME FILE" of the call N frames out, status 1 when there is none.
     * With no call running at all (the top level of stdin or -c) it fails before it reads its
     * options, as bash's.
     */
    private int caller(Shell sh) {
        if (sh.vars.calls == null) {
            return 1;
        }
        BuiltinOptions opts = new BuiltinOptions(this, argv, "", "caller: usage: caller [expr]\n");
        if (opts.next() != BuiltinOptions.END) {
            return BuiltinOptions.STATUS;
        }
        List<String> args = opts.operands();
        if (args.isEmpty()) {
            Shell.Call below = sh.vars.calls.up();
            say(out, sh.vars.calls.line() + " " + (below == null ? "NULL" : below.file()) + "\n");
            return 0;
        }
        String expr = args.get(0);
        String digits = expr.strip();
        if (digits.startsWith("+") || digits.startsWith("-")) {
            digits = digits.substring(1);
        }
        if (!Parser.isDigits(digits) || digits.length() > 18) {     // bash's legal_number
            error("caller: " + expr + ": invalid number\ncaller: usage: caller [expr]\n");
            return BuiltinOptions.STATUS;
        }
        long n = Long.parseLong(expr.strip());
        Shell.Call at = sh.vars.calls;
        for (long i = 0; i < n && at != null; i++) {
            at = at.up();
        }
        if (n < 0 || at == null || at.up() == null) {
            return 1;
        }
        say(out, at.line() + " " + at.up().name() + " " + at.up().file() + "\n");
        return 0;
    }

    /**
     * times (bash's times.def): the user and system CPU time of the shell, then of its children
     * that were waited for, as the kernel counts them (getrusage(2) RUSAGE_SELF and
     * RUSAGE_CHILDREN), each as bash's MmS.FFFs (milliseconds, truncated). Operands are let go.
     */
    private Trap times(Shell sh) {
        switch (pc) {
            case 0 -> {
                if (new BuiltinOptions(this, argv, "", "times: usage: times\n").next() != BuiltinOptions.END) {
                    return done(sh, BuiltinOptions.STATUS);
                }
                pc = 1;
                selfTimes = new long[2];
                return Libc.getrusage(Syscall.Getrusage.RUSAGE_SELF, selfTimes);
            }
            case 1 -> {
                pc = 2;
                childTimes = new long[2];
                return Libc.getrusage(Syscall.Getrusage.RUSAGE_CHILDREN, childTimes);
            }
            default -> {
                say(out, Stopwatch.seconds(selfTimes[0], 3, true) + " " + Stopwatch.seconds(selfTimes[1], 3, true)
                        + "\n" + Stopwatch.seconds(childTimes[0], 3, true) + " "
                        + Stopwatch.seconds(childTimes[1], 3, true) + "\n");
                return done(sh, 0);
            }
        }
    }

    /** Queues text for fd; all of it is written, in order, when the builtin is done. */
    void say(int fd, String text) {
        if (said == null) {
            said = new ArrayList<>();
        }
        said.add(fd);
        said.add(text);
    }

    /**
     * Queues an error for fd 2 (the builtin's err): text after the shell's error prefix
     * ({@link Shell#errorPrefix}), which is put before it when the builtin is done.
     */
    void error(String text) {
        say(~err, text);   // a negative fd marks an error
    }

    int out() {
        return out;
    }

    int err() {
        return err;
    }

    /** 1 to max ASCII digits: a number that fits (9 digits: an int; 18: a long). */
    static boolean isNumber(String s, int max) {
        return Parser.isDigits(s) && s.length() <= max;
    }

    private Trap done(Shell sh, int status) {
        sh.vars.status = status;
        phase = Phase.CLOSE;
        speak(sh);
        return null;
    }

    /** Writes what the builtin has said (pushes the writes, which run before its next step). */
    private void speak(Shell sh) {
        if (said != null) {
            for (int i = said.size() - 2; i >= 0; i -= 2) {
                int fd = (Integer) said.get(i);
                String text = (String) said.get(i + 1);
                sh.print(fd < 0 ? ~fd : fd, fd < 0 ? sh.errorPrefix() + text : text);
            }
            said = null;
        }
    }

    /** echo [-neE] [ARG...]: bash's echo.def, its arguments as {@link EchoArgs} prints them. */
    private Trap echo(Shell sh, long ret) {
        if (output == null) {
            output = new ArrayList<>(1);
            output.add(new Chunk(out, EchoArgs.render(argv, Dialect.BASH), false));
            outputStatus = 0;
        }
        return written(sh, ret);
    }

    /** printf [-v VAR] FORMAT [ARGUMENTS]: see {@link PrintfBuiltin}. */
    private Trap printf(Shell sh, long ret) {
        if (output == null) {
            if (clock == null && PrintfBuiltin.wantsTime(argv)) {
                clock = new long[2];
                return Libc.clockGettime(Syscall.ClockGettime.CLOCK_REALTIME, clock);
            }
            int[] status = {0};
            output = PrintfBuiltin.run(this, sh, argv, clock == null ? 0 : clock[0], status);
            if (output == null) {
                return null;            // the command line was abandoned (an expansion error)
            }
            outputStatus = status[0];
        }
        return written(sh, ret);
    }

    /**
     * echo's and printf's writes: what they said first (option errors), then each of
     * {@link #output} with write(2) until all of it is written. A failed write to fd 1 is
     * bash's "NAME: write error: ..." (sh_wrerror) and status 1; one to fd 2 is let go.
     */
    private Trap written(Shell sh, long ret) {
        if (pc == 0 && said != null) {
            speak(sh);
            return null;
        }
        if (pc++ > 0) {
            Chunk c = output.get(outputAt);
            if (ret < 0 && !c.complaint()) {
                return fail(sh, argv.get(0) + ": write error: " + Errno.strerror(ret), 1);
            }
            outputDone += ret <= 0 ? c.bytes().length : (int) ret;
            if (outputDone >= c.bytes().length) {
                outputAt++;
                outputDone = 0;
            }
        }
        while (outputAt < output.size() && output.get(outputAt).bytes().length == 0) {
            outputAt++;
        }
        if (outputAt >= output.size()) {
            return done(sh, outputStatus);
        }
        Chunk c = output.get(outputAt);
        return Libc.write(c.fd(), c.bytes(), outputDone, c.bytes().length - outputDone);
    }

    /** Done with a status a builtin gave back, unless it has left this frame already. */
    private Trap finish(Shell sh, int status) {
        return status == ScopeBuiltins.LEFT ? null : done(sh, status);
    }

    private Trap fail(Shell sh, String msg, int status) {
        sh.print(err, sh.errorPrefix() + msg + "\n");
        return done(sh, status);
    }

    /**
     * cd [-L|-P [-e]] [DIR]: -L (the default) goes to the logical path, $PWD/DIR with ".."
     * taking off the name before it; -P goes to DIR as the kernel resolves it, and $PWD is then
     * getcwd's answer. -e changes nothing here (getcwd does not fail after a chdir that worked).
     */
    private Trap cd(Shell sh, long ret) {
        if (pc == 1) {
            if (ret < 0) {
                return fail(sh, argv.get(0) + ": " + dir + ": " + Errno.strerror(ret), 1);
            }
            if (physical) {
                pc = 2;
                cwd = new byte[4096];
                return Libc.getcwd(cwd);
            }
        }
        if (pc == 2) {
            if (ret <= 0) {
                return fail(sh, argv.get(0) + ": " + Errno.strerror(ret), 1);
            }
            target = Shell.decode(cwd, 0, (int) ret - 1);
            pc = 1;
        }
        if (pc == 1) {
            sh.vars.set("OLDPWD", sh.vars.get("PWD"));
            sh.vars.set("PWD", target);
            sh.vars.export("OLDPWD");
            sh.vars.export("PWD");
            if (printTarget) {
                sh.print(out, target + "\n");
            }
            return done(sh, afterCd == null ? 0 : afterCd.getAsInt());
        }
        BuiltinOptions o = new BuiltinOptions(this, argv, "LPe", "cd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n");
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return done(sh, BuiltinOptions.STATUS);
            }
            physical = c == 'P' || physical && c == 'e';        // the last of -L and -P wins
        }
        List<String> operands = o.operands();
        if (operands.size() > 1) {
            return fail(sh, "cd: too many arguments", 1);
        }
        return go(sh, operands.isEmpty() ? null : operands.get(0));
    }

    /**
     * pushd and popd: the builtin goes to DIR as `cd DIR` would (its name in the messages),
     * and runs AFTER when that works. {@link DirStack} calls this, then returns MOVE.
     */
    void changeDir(String d, IntSupplier after) {
        dir = d;
        afterCd = after;
    }

    private Trap dirStack(Shell sh, long ret) {
        if (pc != 0) {
            return cd(sh, ret);
        }
        int status = switch (argv.get(0)) {
            case "pushd" -> DirStack.pushd(this, sh, argv);
            case "popd" -> DirStack.popd(this, sh, argv);
            default -> DirStack.dirs(this, sh, argv);
        };
        return status == DirStack.MOVE ? go(sh, dir) : done(sh, status);
    }

    /**
     * suspend [-f] (bash 5.2's suspend.def): an argument is `too many arguments` and drops the
     * rest of the line; without -f a shell with no job control, or a login shell, says why it
     * cannot; else SIGSTOP to the shell's process group, and status 0 once it is continued.
     */
    private Trap suspend(Shell sh) {
        if (pc == 1) {
            return done(sh, 0);
        }
        BuiltinOptions o = new BuiltinOptions(this, argv, "f", "suspend: usage: suspend [-f]\n");
        boolean force = false;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return done(sh, BuiltinOptions.STATUS);
            }
            force = true;
        }
        if (!o.operands().isEmpty()) {
            sh.expansionError("suspend: too many arguments", false);
            return null;
        }
        if (!force && !sh.jobControl()) {
            return fail(sh, "suspend: cannot suspend: no job control", 1);
        }
        if (!force && sh.vars.arg0.startsWith("-")) {
            return fail(sh, "suspend: cannot suspend a login shell", 1);
        }
        pc = 1;
        return new Syscall.Kill(sh.shellPgid != 0 ? -sh.shellPgid : 0, Signal.SIGSTOP.number);
    }

    /** cd's move to OPERAND (null: $HOME; "-": $OLDPWD, printed). */
    private Trap go(Shell sh, String operand) {
        printTarget = "-".equals(operand);
        String name = operand == null ? "HOME" : printTarget ? "OLDPWD" : null;
        dir = name == null ? operand : sh.vars.value(name);
        if (dir == null) {
            return fail(sh, argv.get(0) + ": " + name + " not set", 1);
        }
        target = normalize(dir.startsWith("/") ? dir : sh.vars.get("PWD") + "/" + dir);
        pc = 1;
        return Libc.chdir(physical ? dir : target);
    }

    /** The logical path: "." and empty components dropped, ".." removes the one before. */
    static String normalize(String path) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                parts.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return "/" + String.join("/", parts);
    }

    /**
     * pwd: the logical cwd, $PWD (what cd made it, through links as given), when it names the
     * current directory, else the physical one (getcwd); -P always the physical one. Checking
     * $PWD takes a stat(2) of it and of "." only when it differs from getcwd's answer.
     */
    private Trap pwd(Shell sh, long ret) {
        switch (pc++) {
            case 0: {
                BuiltinOptions o = new BuiltinOptions(this, argv, "LP", "pwd: usage: pwd [-LP]\n");
                for (int c; (c = o.next()) != BuiltinOptions.END; ) {
                    if (c == BuiltinOptions.BAD) {
                        return done(sh, BuiltinOptions.STATUS);
                    }
                    physical = c == 'P';            // the last of -L and -P wins
                }
                cwd = new byte[4096];
                return Libc.getcwd(cwd);
            }
            case 1:
                if (ret <= 0) {
                    return fail(sh, "pwd: " + Errno.strerror(ret), 1);
                }
                target = Shell.decode(cwd, 0, (int) ret - 1);
                dir = sh.vars.get("PWD");
                if (physical || dir == null || !dir.startsWith("/") || dir.equals(target)
                        || !normalize(dir).equals(dir)) {
                    return printed(sh, target);
                }
                pwdSt = new StatBuf();
                return Libc.stat(dir, pwdSt);
            case 2:
                if (ret < 0) {
                    return printed(sh, target);
                }
                dotSt = new StatBuf();
                return Libc.stat(".", dotSt);
            default:
                return printed(sh, ret == 0 && dotSt.ino == pwdSt.ino ? dir : target);
        }
    }

    private Trap printed(Shell sh, String path) {
        sh.print(out, path + "\n");
        return done(sh, 0);
    }

    private Trap exit(Shell sh) {
        if (argv.size() > 2) {
            return fail(sh, argv.get(0) + ": too many arguments", 1);
        }
        String word = sh.interactive ? sh.exitWord() : "";
        int status = sh.vars.status;
        String error = null;
        if (argv.size() == 2) {
            String n = argv.get(1).trim();
            String digits = n.startsWith("-") || n.startsWith("+") ? n.substring(1) : n;
            if (isNumber(digits, 18)) {
                status = (int) (Long.parseLong(n) & 0xff);
            } else {
                status = 2;
                error = sh.errorPrefix() + argv.get(0) + ": " + argv.get(1) + ": numeric argument required\n";
            }
        }
        if (JobBuiltins.holdsExit(sh, err)) {
            sh.print(err, word);
            return done(sh, 1);
        }
        sh.exit(status);
        if (error != null) {
            sh.print(err, error);
        }
        if (!word.isEmpty()) {
            sh.print(err, word);
        }
        return null;
    }

    /** type NAME..., command -v/-V NAME..., hash [-r] [NAME...]: see {@link TypeBuiltin}. */
    private Trap type(Shell sh, long ret) {
        if (typer == null && argv.get(0).equals("hash")) {
            if (hashPath != null) {
                return hashPathStated(sh, ret);
            }
            List<String> names = hashOptions(sh);
            if (hashPath != null && !hashNames.isEmpty()) {
                pwdSt = new StatBuf();
                return Libc.stat(hashPath, pwdSt);
            }
            if (names == null) {
                return done(sh, hashStatus);
            }
            typer = new TypeBuiltin(TypeBuiltin.Mode.HASH, names);
            ret = 0;
        }
        if (typer == null) {
            boolean type = argv.get(0).equals("type");
            typer = type ? TypeBuiltin.type(this, argv) : TypeBuiltin.command(this, argv);
            if (typer == null) {
                return done(sh, said == null ? 0 : 2);
            }
            ret = 0;
        }
        Trap t = typer.next(this, sh, ret);
        return t != null ? t : done(sh, typer.status());
    }

    /**
     * hash's options, bash's: none lists the table ("hash: hash table empty" when it is), -l
     * as the commands that remake it; -r empties it; -d NAME forgets NAME; -t NAME prints
     * where NAME is hashed; -p PATH NAME remembers PATH for NAME without a search (after a
     * stat: {@link #hashPath}). A NAME with '/' is never hashed. Returns the NAMEs left to
     * search for and remember, or null when the options did all there was to do.
     */
    private List<String> hashOptions(Shell sh) {
        String path = sh.vars.get("PATH");
        boolean forget = false;
        boolean tell = false;
        boolean clear = false;
        boolean portable = false;
        String pathname = null;
        BuiltinOptions o = new BuiltinOptions(this, argv, "dlp:rt",
                "hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n");
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                hashStatus = BuiltinOptions.STATUS;
                return null;
            }
            forget |= c == 'd';
            tell |= c == 't';
            clear |= c == 'r';
            portable |= c == 'l';
            pathname = c == 'p' ? o.arg() : pathname;
        }
        List<String> names = o.operands();
        if ((forget || tell) && names.isEmpty()) {
            error("hash: -" + (forget ? 'd' : 't') + ": option requires an argument\n");
            hashStatus = 1;
            return null;
        }
        if (clear) {
            sh.hash.clear();
        }
        if (names.isEmpty()) {
            if (!clear) {
                String table = portable ? sh.hash.portableListing(path) : sh.hash.listing();
                say(out(), table.isEmpty() && !portable ? "hash: hash table empty\n" : table);
            }
            return null;
        }
        List<String> plain = new ArrayList<>();
        for (String name : names) {
            if (tell || name.indexOf('/') < 0) {
                plain.add(name);
            }
        }
        if (tell) {                                             // bash: -t wins
            for (String name : plain) {
                String where = sh.hash.peek(name, path);
                if (where == null) {
                    error("hash: " + name + ": not found\n");
                    hashStatus = 1;
                } else {
                    say(out(), portable ? "builtin hash -p " + where + " " + name + "\n"
                            : (names.size() > 1 ? name + "\t" : "") + where + "\n");
                }
            }
            return null;
        }
        if (pathname != null) {
            hashPath = pathname;
            hashNames = plain;
            return null;
        }
        if (forget) {
            for (String name : plain) {
                if (!sh.hash.forget(name)) {
                    error("hash: " + name + ": not found\n");
                    hashStatus = 1;
                }
            }
            return null;
        }
        return plain.isEmpty() ? null : plain;
    }

    /** hash -p PATH NAME...: PATH stat'ed (ret), each NAME remembered, unless it is a directory. */
    private Trap hashPathStated(Shell sh, long ret) {
        for (String name : hashNames) {
            if (ret >= 0 && pwdSt.isDir()) {
                error("hash: " + hashPath + ": Is a directory\n");
                hashStatus = 1;
            } else {
                sh.hash.remember(name, hashPath, sh.vars.get("PATH"), 0);
            }
        }
        return done(sh, hashStatus);
    }

    /** wait [PID|%JOB...]: see {@link WaitBuiltin}. */
    private Trap waitFor(Shell sh, long ret) {
        if (waiter == null) {
            BuiltinOptions o = new BuiltinOptions(this, argv, "fnp:", WaitBuiltin.USAGE);
            boolean anyOne = false;
            boolean force = false;
            waitVar = null;
            for (int c; (c = o.next()) != BuiltinOptions.END; ) {
                if (c == BuiltinOptions.BAD) {
                    return done(sh, BuiltinOptions.STATUS);
                }
                anyOne |= c == 'n';
                force |= c == 'f';
                waitVar = c == 'p' ? o.arg() : waitVar;
            }
            if (waitVar != null && !Variables.isName(waitVar)) {
                return fail(sh, "wait: `" + waitVar + "': not a valid identifier", 1);
            }
            if (waitVar != null) {
                sh.vars.unset(waitVar);         // bash: unset before waiting
            }
            waiter = new WaitBuiltin(anyOne, force, o.operands());
            ret = 0;
        }
        Trap t = waiter.next(this, sh, ret);
        if (t != null || !waiter.done()) {
            return t;
        }
        if (waitVar != null && waiter.id() != 0) {
            sh.vars.set(waitVar, String.valueOf(waiter.id()));
        }
        Trap t2 = done(sh, waiter.status());
        CoprocFrame.reap(sh);
        return t2;
    }

    /** jobs, fg, bg (see {@link JobBuiltins}), once a poll has brought the jobs up to date. */
    private Trap jobControl(Shell sh) {
        if (pc++ == 0) {
            sh.push(ReapFrame.of(sh, false));
            return null;
        }
        return switch (argv.get(0)) {
            case "jobs" -> done(sh, JobBuiltins.jobs(this, sh, argv));
            case "fg" -> done(sh, JobBuiltins.fg(this, sh, argv));
            case "disown" -> done(sh, JobBuiltins.disown(this, sh, argv));
            default -> done(sh, JobBuiltins.bg(this, sh, argv));
        };
    }

    /** kill with %JOB arguments, after a poll: see {@link KillBuiltin}. */
    private Trap kill(Shell sh, long ret) {
        if (pc++ == 0) {
            sh.push(ReapFrame.of(sh, false));
            return null;
        }
        if (killer == null) {
            killer = KillBuiltin.of(this, sh, argv);
            ret = 0;
        }
        Trap t = killer.next(this, sh, ret);
        return t != null || !killer.done() ? t : done(sh, killer.status());
    }

    /**
     * test EXPR and [ EXPR ]: bash's builtins, so a loop's condition costs no fork. The
     * expression is {@link TestExpr}'s, over what its file operators need, gathered first by
     * stat(2) ({@link TestFacts}), and the shell's own -v VAR and -o OPTION ({@link ShellFacts});
     * errors are bash's, status 2 ({@code [: missing `]'}).
     */
    private Trap test(Shell sh, long ret) {
        if (tester == null) {
            List<String> a = argv.subList(1, argv.size());
            if (argv.get(0).equals("[")) {
                if (a.isEmpty() || !a.get(a.size() - 1).equals("]")) {
                    return fail(sh, "[: missing `]'", 2);
                }
                a = a.subList(0, a.size() - 1);
            }
            testArgs = a;
            tester = new TestFacts(a);
            ret = 0;
        }
        Trap t = tester.next(ret);
        if (t != null) {
            return t;
        }
        try {
            return done(sh, TestExpr.eval(testArgs, new ShellFacts(tester, sh.vars)) ? 0 : 1);
        } catch (TestExpr.Failure e) {
            return fail(sh, argv.get(0) + ": " + e.getMessage(), 2);
        }
    }

    /** ulimit [-SHa] [-X [LIMIT]]...: see {@link UlimitBuiltin}. */
    private Trap ulimit(Shell sh, long ret) {
        if (limiter == null) {
            limiter = new UlimitBuiltin(argv);
        }
        Trap t = limiter.next(this, ret);
        return t != null ? t : done(sh, limiter.status());
    }

    /** umask [-p] [-S] [MODE]: see {@link UmaskBuiltin}. */
    private Trap umask(Shell sh, long ret) {
        if (masker == null) {
            masker = new UmaskBuiltin(argv);
        }
        Trap t = masker.next(this, ret);
        return t != null ? t : done(sh, masker.status());
    }

    /** fork: fork(2) the shell, the child pausing forever; fork PID: the kernel forks PID for us. */
    private Trap fork(Shell sh, long ret) {
        String pid = argv.size() > 1 ? argv.get(1) : null;
        if (pc++ == 0) {
            if (argv.size() > 2) {
                return fail(sh, "fork: too many arguments", 1);
            }
            if (pid != null && !isNumber(pid, 9)) {
                return fail(sh, "fork: " + pid + ": arguments must be process IDs", 1);
            }
            return pid == null ? new Syscall.Fork() : new Syscall.ForkOf(Integer.parseInt(pid));
        }
        if (ret == 0 && pid == null) {
            List<Syscall> calls = new ArrayList<>();
            if (sh.jobControl()) {
                calls.add(new Syscall.Setpgid(0, 0));
            }
            calls.addAll(sh.signalReset());
            sh.becomeChild(new Frame.Pause(), List.of(new Frame.Calls(calls)));
            return null;
        }
        if (ret < 0) {
            return fail(sh, ret == Errno.EAGAIN.ret() || pid == null ? "fork: " + Errno.strerror(ret)
                    : "fork: (" + pid + ") - " + Errno.strerror(ret), 1);
        }
        sh.vars.lastBackground = (int) ret;
        sh.print(out, ret + "\n");
        return done(sh, 0);
    }

    private Trap tick(Shell sh) {
        if (pc++ > 0) {
            return done(sh, 0);
        }
        String n = argv.size() > 1 ? argv.get(1) : "1";
        if (argv.size() > 2 || !isNumber(n, 11)) {
            return fail(sh, "tick: " + n + ": invalid number", 1);
        }
        return new Syscall.Nanosleep(Long.parseLong(n) * NANOS_PER_TICK);
    }

    /**
     * break [N], continue [N] (bash's break.def): the Nth enclosing loop (the outermost if
     * there are fewer) is left, or goes on with its next iteration; the frames above it are
     * unwound. N below 1 is an error that still breaks every loop; a non-number is an error
     * that abandons the whole command line (status 128), as bash's throw_to_top_level does.
     */
    private Trap breakLoop(Shell sh) {
        String name = argv.get(0);
        if (sh.findLoop(1) < 0) {
            return fail(sh, name + ": only meaningful in a `for', `while', or `until' loop", 0);
        }
        String n = argv.size() > 1 ? argv.get(1) : "1";
        boolean negative = n.startsWith("-") && isNumber(n.substring(1), 18);
        if (!isNumber(n, 18) && !negative) {
            sh.unwind(1);
            sh.vars.status = 128;
            sh.error(name + ": " + n + ": numeric argument required");
            return null;
        }
        long count = Long.parseLong(n);
        int loop = sh.findLoop(count < 1 ? Long.MAX_VALUE : count);
        sh.unwind(name.equals("break") || count < 1 ? loop : loop + 1);
        sh.vars.status = count < 1 ? 1 : 0;
        if (count < 1) {
            sh.error(name + ": " + n + ": loop count out of range");
        } else if (name.equals("continue")) {
            ((LoopFrame) sh.frame(loop)).nextIteration();
        }
        return null;
    }

    /** read [-rs] [-a ARRAY] [-d DELIM] [-n|-N N] [-p PROMPT] [-t SECONDS] [-u FD] [NAME...]: {@link ReadBuiltin}. */
    private Trap read(Shell sh, long ret) {
        if (reader == null) {
            BuiltinOptions o = new BuiltinOptions(this, argv, "ra:u:p:sd:n:N:t:", ReadBuiltin.USAGE);
            boolean raw = false;
            String array = null;
            int fd = in;
            String prompt = null;
            boolean silent = false;
            byte delim = '\n';
            int nchars = -1;
            boolean exact = false;
            long timeoutUs = -1;
            for (int c; (c = o.next()) != BuiltinOptions.END; ) {
                if (c == BuiltinOptions.BAD) {
                    return done(sh, BuiltinOptions.STATUS);
                }
                if (c == 'u') {
                    if (!isNumber(o.arg(), 9)) {
                        return fail(sh, "read: " + o.arg() + ": invalid file descriptor specification", 1);
                    }
                    fd = Integer.parseInt(o.arg());
                } else if (c == 'n' || c == 'N') {
                    if (!isNumber(o.arg(), 9)) {
                        return fail(sh, "read: " + o.arg() + ": invalid number", 1);
                    }
                    nchars = Integer.parseInt(o.arg());
                    exact = c == 'N';
                } else if (c == 'd') {
                    byte[] d = o.arg().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    delim = d.length == 0 ? 0 : d[0];
                } else if (c == 'p') {
                    prompt = o.arg();
                } else if (c == 't') {
                    timeoutUs = timeoutUs(o.arg());
                    if (timeoutUs < 0) {
                        return fail(sh, "read: " + o.arg() + ": invalid timeout specification", 1);
                    }
                }
                silent |= c == 's';
                raw |= c == 'r';
                array = c == 'a' ? o.arg() : array;
            }
            List<String> names = o.operands();
            for (String n : array == null ? names : List.of(array)) {
                if (!Variables.isName(n)) {
                    return fail(sh, "read: `" + n + "': not a valid identifier", 1);
                }
            }
            if (array != null && sh.vars.array(array) != null && sh.vars.array(array).isAssoc()) {
                return fail(sh, "read: " + array + ": cannot convert associative to indexed array", 1);
            }
            reader = new ReadBuiltin(fd, raw, array != null ? List.of(array) : names, array != null, prompt,
                    silent, delim, nchars, exact, timeoutUs).tabAsks(sh.interactive);
            ret = 0;
        }
        Trap t = reader.next(ret);
        if (t != null) {
            return t;
        }
        if (!reader.assigns()) {
            return done(sh, reader.status());
        }
        if (reader.badFd()) {
            return fail(sh, "read: " + reader.fd() + ": invalid file descriptor: Bad file descriptor", 1);
        }
        List<String> refused;
        try {
            refused = reader.assign(sh.vars);
        } catch (Arith.Failure f) {         // an integer NAME's bad expression (declare -i)
            sh.expansionError("read: " + f.getMessage(), f.fatal);
            return null;
        }
        for (String name : refused) {
            error(name + ": readonly variable\n");
        }
        return done(sh, reader.status());
    }

    /** read -t's SECONDS[.FRACTION] in microseconds (bash's uconvert), or -1 if it is none. */
    static long timeoutUs(String spec) {
        int dot = spec.indexOf('.');
        String whole = dot < 0 ? spec : spec.substring(0, dot);
        String frac = dot < 0 ? "" : spec.substring(dot + 1);
        if (whole.isEmpty() && frac.isEmpty() || !whole.isEmpty() && !isNumber(whole, 9)
                || !frac.isEmpty() && !Parser.isDigits(frac)) {
            return -1;
        }
        long us = whole.isEmpty() ? 0 : Long.parseLong(whole) * 1_000_000;
        String micro = (frac + "000000").substring(0, 6);
        return us + Long.parseLong(micro);
    }

    /** mapfile and readarray: see {@link MapfileBuiltin}. */
    private Trap mapfile(Shell sh, long ret) {
        if (mapper == null) {
            int[] status = {0};
            mapper = MapfileBuiltin.of(this, in, argv, status);
            if (mapper == null) {
                return done(sh, status[0]);
            }
            ret = 0;
        }
        Trap t = mapper.next(this, sh.vars, ret);
        if (t != null) {
            return t;
        }
        String callback = mapper.takeCallback();
        if (callback != null) {
            sh.push(SourceFrame.of(List.of("eval", callback)));   // bash's evalstring; then on
            return null;
        }
        return done(sh, mapper.status());
    }

    /** bind: see {@link BindBuiltin}. */
    private Trap bind(Shell sh, long ret) {
        if (binder == null) {
            binder = new BindBuiltin(argv);
        }
        Trap t = binder.next(this, sh, ret);
        return t != null || !binder.done() ? t : done(sh, binder.status());
    }

    /** fc: see {@link FcBuiltin}. */
    private Trap fc(Shell sh, long ret) {
        if (fixer == null) {
            fixer = new FcBuiltin(argv);
        }
        Trap t = fixer.next(this, sh, ret);
        return t != null || !fixer.done() ? t : done(sh, fixer.status());
    }

    /**
     * compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function]
     * [-C command] [-X filterpat] [-P prefix] [-S suffix] [word] (bash's compgen_builtin): the
     * completions of WORD ("" if none) by the spec the options make ({@link Compgen}), one a
     * line; status 1 when there are none. With none, -o bashdefault's variables, users or
     * hosts ({@link Compgen#bashDefault}), then -o default's filenames.
     */
    private Trap compgen(Shell sh, long ret) {
        if (completer == null) {
            if (argv.size() == 1) {
                return done(sh, 0);
            }
            CompleteBuiltin.Parsed p = CompleteBuiltin.parse(this, argv, "abcdefgjko:suvA:G:W:P:S:X:F:C:",
                    COMPGEN_USAGE);
            if (p == null || !p.given) {
                return done(sh, p == null ? BuiltinOptions.STATUS : 0);
            }
            String word = p.operands.isEmpty() ? "" : p.operands.get(0);
            completer = new Compgen(p.spec(), "compgen", word, Compgen.Line.NONE);
            if (p.funcname != null || p.command != null) {
                if (p.funcname != null) {
                    error("compgen: warning: -F option may not work as you expect\n");
                }
                if (p.command != null) {
                    error("compgen: warning: -C option may not work as you expect\n");
                }
                speak(sh);              // before what the function or command prints
                return null;
            }
            ret = 0;
        }
        Trap t = completer.next(sh, ret);
        if (t != null || !completer.done()) {
            return t;
        }
        List<String> matches = completer.matches();
        if (matches.isEmpty() && completerFallback < 2) {
            // -o bashdefault, then -o default: bash's fallbacks when the spec found nothing
            Set<CompSpec.Option> options = completerOptions != null ? completerOptions : completer.spec().options();
            String word = completerWord != null ? completerWord : completer.word();
            completerOptions = options;
            completerWord = word;
            Compgen next = null;
            if (completerFallback == 0 && options.contains(CompSpec.Option.BASHDEFAULT)) {
                next = Compgen.bashDefault(word);
            }
            completerFallback = next != null ? 1 : 2;
            if (next == null && options.contains(CompSpec.Option.DEFAULT)) {
                next = new Compgen(Compgen.FILES, "compgen", word, Compgen.Line.NONE);
            }
            if (next != null) {
                completer = next;
                return null;
            }
        }
        if (matches.isEmpty()) {
            return done(sh, 1);
        }
        say(out, String.join("\n", matches) + "\n");
        return done(sh, 0);
    }

    static final String COMPGEN_USAGE = "compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] "
            + "[-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]\n";

    /** shift [N]: status 1, silently, when there are fewer than N parameters (bash's default). */
    private Trap shift(Shell sh) {
        String n = argv.size() > 1 ? argv.get(1) : "1";
        if (!isNumber(n, 9)) {
            boolean negative = n.startsWith("-") && isNumber(n.substring(1), 18);
            return fail(sh, "shift: " + n + (negative ? ": shift count out of range" : ": numeric argument required"),
                    1);
        }
        return done(sh, sh.vars.shift(Integer.parseInt(n)) ? 0 : 1);
    }

    @Override
    Frame copy() {
        BuiltinFrame b = new BuiltinFrame(argv, redirections.copy());
        b.prefix = prefix;          // never changed once made
        b.prefixPushed = prefixPushed;
        b.cwd = cwd == null ? null : cwd.clone();
        b.phase = phase;
        b.pc = pc;
        b.dir = dir;
        b.target = target;
        b.pwdSt = pwdSt == null ? null : pwdSt.copy();
        b.dotSt = dotSt == null ? null : dotSt.copy();
        b.physical = physical;
        b.printTarget = printTarget;
        b.out = out;
        b.err = err;
        b.in = in;
        b.reader = reader == null ? null : reader.copy();
        b.mapper = mapper == null ? null : mapper.copy();
        b.compounds = compounds;
        b.typer = typer == null ? null : typer.copy();
        b.hashStatus = hashStatus;
        b.waiter = waiter == null ? null : waiter.copy();
        b.waitVar = waitVar;
        b.hashPath = hashPath;
        b.hashNames = hashNames;
        b.killer = killer == null ? null : killer.copy();
        b.masker = masker == null ? null : masker.copy();
        b.fixer = fixer == null ? null : fixer.copy();
        b.binder = binder == null ? null : binder.copy();
        b.limiter = limiter == null ? null : limiter.copy();
        b.completer = completer == null ? null : completer.copy();
        b.completerFallback = completerFallback;
        b.completerOptions = completerOptions;
        b.completerWord = completerWord;
        b.testArgs = testArgs;
        b.tester = tester == null ? null : tester.copy();
        b.said = said == null ? null : new ArrayList<>(said);
        b.output = output;          // never changed once made
        b.outputAt = outputAt;
        b.outputDone = outputDone;
        b.outputStatus = outputStatus;
        b.clock = clock == null ? null : clock.clone();
        b.selfTimes = selfTimes == null ? null : selfTimes.clone();
        b.childTimes = childTimes == null ? null : childTimes.clone();
        return b;
    }
}
