package miniunix.app.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.kernel.uapi.Utsname;
import miniunix.user.lib.Libc;

/**
 * /bin/sh: the login shell, a {@link Program} like every other process.
 *
 * <p><b>Design.</b> The shell reads fd 0 a line at a time with read(2) (the tty is canonical),
 * parses what it has with {@link Parser}, and executes the AST the Unix way (xv6's sh.c,
 * bash's execute_cmd.c): pipe, fork, setpgid, dup2, close, execve in the child; setpgid,
 * close, tcsetpgrp and wait4 in the parent. Because a program runs only between two traps,
 * the executor cannot be Java recursion over the AST: it is an explicit stack of
 * {@link Frame}s, each a small state machine with its own phase. {@link #resume} steps the
 * top frame until one returns a trap: exactly one syscall per resume. Fork copies the whole
 * shell ({@link #copy} is deep); the child finds itself in the frame that asked for the fork,
 * sees ret = 0, and replaces the stack with what the child must run (see {@link #becomeChild}).
 *
 * <p>The bottom frame of the login shell, of `sh FILE` and of `sh -c CMDS` is the
 * {@link ReadFrame} (prompt, read, parse, one line at a time); the bottom frame of every forked
 * child is {@link Frame.Exit}, which exits with $?. Builtins are
 * the commands that must change the shell's own state (cd, exit, export, unset, wait, fork,
 * tick, read, shift, break, continue, return, local, set, exec, type, jobs, fg, bg, trap, and
 * kill, which must know the jobs: {@link KillBuiltin}) or run commands in it (. source eval:
 * {@link SourceFrame}); everything else, test and [ included, is a /bin program. Compound commands
 * and function calls ({@link FunctionFrame}, looked up before builtins, as bash does) run in
 * the shell itself ({@link CommandFrames}), except ( list ) and those in pipelines or in the
 * background, which run in forked children.
 *
 * <p>Frames that own shell state undo it when they end or are unwound ({@link Frame#cleanup}):
 * a function call its positional parameters and locals, a compound command's redirections
 * the shell's fds. return unwinds to the innermost function call or sourced file
 * ({@link #findReturnTarget}); set -e asks the stack whether it is ignored where a command
 * failed ({@link #errexitIgnored}, {@link Errexit}).
 *
 * <p><b>Job control</b> (own process group per job, the terminal given to the foreground job,
 * Ctrl-Z, jobs fg bg: {@link Jobs}, {@link JobBuiltins}) is on when interactive, as in bash,
 * and set -m / set +m turn it on and off: a script's children otherwise stay in the shell's
 * group, so a `cat` that reads the script's following lines is never a background reader of
 * the tty. A forked child runs without it (bash's without_job_control) until it says set -m.
 *
 * <p><b>Errors while running</b> (an expansion error, a foreground job killed by Ctrl-C in an
 * interactive shell, break) {@link #unwind} the stack, as bash's longjmp to top level does:
 * frames are popped, each undoing what it did to the shell's fds. An expansion error abandons
 * the rest of the command line and goes on with the next line; in a forked child (whose
 * bottom frame is Exit) it ends the child.
 *
 * <p><b>Rejected:</b> a thread per shell (can't be copied by fork); a recursive tree walker
 * that blocks inside syscalls (same); re-parsing per command (the AST is immutable and shared
 * between a shell and its copies).
 */
public final class Shell implements Program {
    /**
     * Signals an interactive shell ignores; its children set them back to SIG_DFL. SIGINT and
     * SIGHUP are caught instead (bash's sigint_sighandler and termsig_handler): see
     * {@link #interrupted} and {@link #hungUp}.
     */
    private static final List<Signal> IGNORED_WHEN_INTERACTIVE = List.of(Signal.SIGQUIT,
            Signal.SIGTERM, Signal.SIGTSTP, Signal.SIGTTIN, Signal.SIGTTOU);

    final Variables vars;
    private final ArrayList<Frame> stack;
    /** Prompts, job control, [N] PID notices. Off in every forked child. */
    boolean interactive;
    /**
     * bash's interactive_shell: the shell started interactive, and its forked children stay
     * so for this (their errors say "miniunix: " with no line, as at the prompt).
     */
    boolean interactiveShell;
    /**
     * What a non-interactive shell's errors are named by where $0 is not the name (bash's
     * BASH_SOURCE[0]): the file . runs, or where the running function was defined (see
     * {@link #definedIn}); null at the top level, where the name is $0.
     */
    String source;
    /**
     * One running call ({@link Variables#calls} holds them, innermost first): the function's
     * name ("source" for . and source, "main" for a script file), the file it runs from, the
     * line it was called on (0 for main), and the calls below: an element each of bash's
     * FUNCNAME, BASH_SOURCE and BASH_LINENO.
     */
    record Call(String name, String file, int line, Call up) {
    }
    /**
     * Where a function defined at the top level says it was defined: the script file, "main"
     * for commands read from stdin, "environment" for sh -c, as bash names them.
     */
    String topSource = "main";
    /**
     * sh with no script and no -c, started by a program rather than the launcher (no
     * MINIUNIX_FLAGS): it is interactive if fd 0 is a terminal (bash's isatty test), asked
     * with ioctl(TCGETS) at start-up. So `sh` or `su` typed at the prompt gives an
     * interactive shell.
     */
    private boolean probeTerminal;
    /** Nesting of command substitutions, eval and .: the number of '+' in an xtrace line, less one. */
    int traceDepth;
    /** How an exported function's name is written in the environment: BASH_FUNC_NAME%%=... */
    private static final String FUNCTION_PREFIX = "BASH_FUNC_";
    private static final String FUNCTION_SUFFIX = "%%=";

    /** The shell's functions by name (the definitions are immutable AST, shared with copies). */
    final TreeMap<String, Node.FunctionDef> functions;
    /** The functions export -f marked: in the environment of commands, as bash's BASH_FUNC_NAME%%. */
    final java.util.HashSet<String> exportedFunctions;
    /** The functions readonly -f marked: never redefined nor unset. */
    final java.util.HashSet<String> readonlyFunctions;
    /**
     * Where each function was defined (bash's BASH_SOURCE in it), the name its errors say
     * ({@link #definedIn}); a name missing here was defined at the top level.
     */
    final TreeMap<String, String> functionSources;
    /** How many function calls are running (FUNCNEST's count); a forked child keeps it. */
    int funcNest;
    /** How many . and eval are running (bounded like function calls). */
    int sourceNest;
    /** A forked child whose parent ignored set -e where it forked (an if condition ...). */
    boolean errexitIgnoredBase;
    /**
     * Set by a frame just before a fork whose child replaces the stack at once with
     * {@link #becomeChild} (a job, a command substitution): the copy then takes only the top
     * frame, as vfork spares a real shell the copy of memory its child would throw away.
     * Cleared when the fork returns ({@link #forkReturned}).
     */
    boolean forkReplacesStack;
    /** True in a forked child: an internal error exits instead of going back to the prompt. */
    boolean subshell;
    int shellPgid;
    /**
     * The terminal's modes (c_lflag) as the shell keeps them: bash's shell_tty_info, read by
     * get_tty_state (ioctl TCGETS) when an interactive shell starts and after each foreground
     * job that ended normally (so `stty`'s changes stay), and put back by set_tty_state
     * (TCSETS) after one that died of a signal or stopped, which may have left the terminal
     * without ICANON or ECHO (top killed by SIGKILL). -1 until read.
     */
    int ttyModes = -1;
    /**
     * bash's job_control: each job in its own process group, waited for with WUNTRACED, and
     * fg and bg allowed. On at the start of an interactive shell; set -m and set +m (the
     * option's letter in $-, kept by forked children, which yet run without job control).
     */
    boolean jobControl;
    /**
     * The fd of the terminal the shell hands to its foreground jobs (TIOCSPGRP) and takes
     * back, or -1: 0 in an interactive shell, 2 in a script whose group had the terminal of
     * fd 2 when it said set -m ({@link MonitorFrame}), else -1 (bash's running_in_background).
     */
    int ttyFd = -1;
    /** The shopt options that are on ({@link ShoptBuiltin}); expand_aliases too when interactive. */
    EnumSet<ShoptBuiltin.Option> shopts = EnumSet.of(ShoptBuiltin.Option.PATSUB_REPLACEMENT);
    /**
     * The aliases by name, in the order alias lists them ({@link AliasBuiltin}). Never changed
     * in place: alias and unalias put a new map here, so a forked copy shares it safely.
     */
    SortedMap<String, String> aliases = Collections.emptySortedMap();
    /**
     * The builtins `enable -n` turned off ({@link EnableBuiltin}): their names find a function
     * or a program in PATH instead. Never changed in place, so a forked copy shares it safely.
     */
    Set<String> disabledBuiltins = Set.of();
    /** The compspecs of `complete` (bash's prog_completes). */
    CompSpecs compSpecs = new CompSpecs();
    /** The completion being generated while its -F function runs, for compopt; else null. */
    Compgen.Running completing;
    int uid;
    /**
     * The host name as bash's current_host_name (gethostname, which is uname(2)'s node name,
     * at start-up): $HOSTNAME's first value, and the prompts' \h and \H.
     */
    String hostName = "(none)";
    /** The shell's argv[0] (bash's shell_name): the prompts' \s. */
    String shellName = "sh";
    /**
     * bash's login_shell: argv[0] starts with '-' (as login starts it) and the shell is
     * interactive at start. The launcher's -sh that reads a script (on stdin, or -c CMDS and
     * SCRIPT files) stands for `bash &lt; script`, which is none. logout ends only a login
     * shell. A subshell is none, a command substitution stays one, as bash's.
     */
    boolean loginShell;
    /** The effective uid (bash's current_user.euid): the prompts' \$. */
    int euid;
    /** The user's name (/etc/passwd) once a prompt asked (bash's get_current_user_info), or null. */
    String userName;
    /**
     * bash's current_command_number, the prompts' \#: 1 at start, one more after each
     * command the top-level reader ran (not blank lines, nor what . and eval read).
     */
    int commandNumber = 1;
    /** The message of PS4's last expansion error, written with its line; null: none. */
    String promptError;
    final Jobs jobs;
    /** Where the commands run so far were found (bash's hash table). */
    final CommandHash hash;
    /** The traps, and the caught signals whose trap is due (see {@link TrapTable}). */
    final TrapTable trapTable;
    /** The output of the last command substitution, trailing newlines removed. */
    String substOutput = "";
    /** What the last {@link ExpandFrame} expanded its words to. */
    ExpandFrame.Result expansion;
    /** How many traps this shell has made: a loop iteration that made none yields the CPU. */
    long traps;
    /**
     * The coprocess (bash's sh_coproc), or null: its NAME, pid and the shell's ends of its
     * pipes (-1 once the shell closed one), dead once reaped; see {@link CoprocFrame}.
     */
    CoprocFrame.Coproc coproc;
    /** Fds saved by {@link RedirectFrame}s (from {@link RedirectFrame#SAVE_BASE} up), in use now. */
    ArrayList<Integer> savedFds = new ArrayList<>();
    /**
     * The shell's ends of its process substitutions' pipes, in the order they were made
     * ({@link ProcSubstFrame}); each is closed when the list item that made it is over
     * ({@link ListFrame}).
     */
    ArrayList<Integer> procSubstFds = new ArrayList<>();
    /** The process substitutions' children not yet reaped ({@link ReapFrame} polls them). */
    ArrayList<Integer> procSubstPids = new ArrayList<>();
    /** `sh -c CMDS` itself (not a child of it): ${VAR:?} ends it with bash's status 127. */
    boolean commandString;
    /**
     * The names of the simple command before the one running and of the one running (bash's
     * last_shell_builtin and this_shell_builtin), for exit with stopped jobs.
     */
    String lastCommand = "";
    String thisCommand = "";
    /** The commands read at the prompt, for the history builtin (immutable, shared by forks). */
    History history = History.EMPTY;
    /** The line editor's keymap and variables (bind); shared with forks, copied to change. */
    Keymap keymap = Keymap.emacs();
    /** The I/O buffers in the shell's memory that its reads and writes pass ({@link Libc}). */
    private Libc.Io io = new Libc.Io();
    /** The trap the last resume returned: its result is what the next resume gets. */
    private Trap last;
    /**
     * An interactive shell caught SIGINT (Ctrl-C while it had the terminal: at its prompt, or
     * running a loop of builtins) and has not acted on it yet: bash's interrupt_state. The
     * handler is installed without SA_RESTART, so a read at the prompt returns EINTR and the
     * line being typed is dropped ({@link ReadFrame}); a command running in the shell itself
     * is abandoned at its next step, back to the prompt with $? = 130 ({@link #run}).
     */
    boolean interrupted;
    /**
     * An interactive shell caught SIGHUP (its terminal hung up, or `kill -HUP $$`): as bash's
     * termsig_handler it sends SIGHUP on to its jobs (not those of `disown -h`), SIGCONT to
     * the stopped ones, and dies of SIGHUP itself ({@link #hangUp}).
     */
    boolean hungUp;

    /**
     * sh [-c CMDS [NAME [ARGS...]] | FILE [ARGS...]]: $0 is NAME, FILE or argv[0]; $1 ... are
     * the ARGS.
     */
    public Shell(List<String> argv, List<String> envp) {
        ScriptArgs host = hostScript(argv, envp);
        boolean command = argv.size() > 2 && argv.get(1).equals("-c");
        String script = !command && argv.size() > 1 && !argv.get(1).startsWith("-") ? argv.get(1) : null;
        String arg0 = argv.isEmpty() ? "sh" : argv.get(0);
        shellName = arg0;
        if (host != null) {
            vars = new Variables(host.arg0());
            vars.setPositional(host.args());
        } else {
            vars = new Variables(command && argv.size() > 3 ? argv.get(3) : script != null ? script : arg0);
            int firstArg = command ? 4 : script != null ? 2 : argv.size();
            vars.setPositional(argv.subList(Math.min(firstArg, argv.size()), argv.size()));
        }
        functions = new TreeMap<>();
        functionSources = new TreeMap<>();
        exportedFunctions = new java.util.HashSet<>();
        readonlyFunctions = new java.util.HashSet<>();
        boolean launched = hasFlags(envp);
        String flags = importEnvironment(envp);
        vars.setCallArrays();
        vars.setDirStack();
        vars.set("OPTIND", "1");
        vars.set("OPTERR", "1");
        if (vars.value("PS4") == null) {
            vars.set("PS4", "+ ");     // bash's default; an inherited PS4 stays
        }
        machineVariables();
        interactive = flags.indexOf('i') >= 0;
        if (interactive) {
            shopts.add(ShoptBuiltin.Option.EXPAND_ALIASES);
            Prompts.setDefaults(this);
        }
        vars.set(ShellOption.XTRACE, flags.indexOf('x') >= 0);
        jobs = new Jobs();
        hash = new CommandHash();
        trapTable = new TrapTable();
        stack = new ArrayList<>();
        if (host != null) {
            runCommandString(host.text());
            commandString = host.commandString();
            topSource = host.commandString() ? "environment" : host.arg0();
            vars.calls = host.commandString() ? null : new Call("main", topSource, 0, null);
            vars.input = host.commandString() ? "c" : "";
        } else if (command) {
            runCommandString(argv.get(2));
            topSource = "environment";
        } else if (argv.size() == 2 && argv.get(1).equals("-c")) {
            exit(2);
            print(2, argv.get(0) + ": -c: option requires an argument\n");  // bash's shell_name: argv[0]
        } else {
            interactive &= script == null;
            probeTerminal = !launched && script == null && argv.size() <= 1;
            vars.input = script == null ? "s" : "";
            topSource = script == null ? "main" : script;
            vars.calls = script == null ? null : new Call("main", script, 0, null);
            stack.add(new ReadFrame(script, null));
        }
        if (interactive) {
            startJobControl();
        }
        stack.add(new StartFrame());
    }

    /** Whether the launcher (through login) decided the flags: then no terminal is probed. */
    private static boolean hasFlags(List<String> envp) {
        for (String e : envp) {
            if (e.startsWith("MINIUNIX_FLAGS=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every NAME=value of envp becomes an exported variable, but MINIUNIX_FLAGS: returned,
     * removed; and every exported function a parent put there is defined ({@link #importFunction}).
     */
    /**
     * The environment for execve: the exported variables, with the command's own NAME=value
     * ({@link Variables#envp}), then the exported functions, as bash passes them:
     * BASH_FUNC_NAME%%=() { BODY }, sorted by name.
     */
    List<String> envp(java.util.Map<String, String> overrides) {
        List<String> env = vars.envp(overrides);
        if (!exportedFunctions.isEmpty()) {
            for (String name : new java.util.TreeSet<>(exportedFunctions)) {
                Node.FunctionDef f = functions.get(name);
                if (f != null) {
                    String text = Printer.function(name, f);    // "NAME () \n{ ...": the value is "() ..."
                    env.add(FUNCTION_PREFIX + name + FUNCTION_SUFFIX + text.substring(name.length() + 1));
                }
            }
        }
        return env;
    }

    /**
     * BASH_FUNC_NAME%%=() BODY, from the environment: NAME is defined by BODY and exported, as
     * bash imports a function a parent exported. One that does not parse as a definition of
     * NAME is left out (bash says "error importing function definition").
     */
    private void importFunction(String e) {
        int eq = e.indexOf(FUNCTION_SUFFIX);
        if (eq <= FUNCTION_PREFIX.length() || !e.startsWith("() ", eq + FUNCTION_SUFFIX.length())) {
            return;
        }
        String name = e.substring(FUNCTION_PREFIX.length(), eq);
        try {
            Node.CommandList list = Parser.parse(name + " " + e.substring(eq + FUNCTION_SUFFIX.length()), true);
            if (list.items().size() == 1 && list.items().get(0).andOr().pipelines().size() == 1
                    && list.items().get(0).andOr().pipelines().get(0).commands().size() == 1
                    && list.items().get(0).andOr().pipelines().get(0).commands().get(0) instanceof Node.FunctionDef f
                    && f.name().text().equals(name)) {
                functions.put(name, f);
                functionSources.put(name, "environment");   // bash's BASH_SOURCE for an imported one
                exportedFunctions.add(name);
            }
        } catch (SyntaxError bad) {
            // left out, as bash leaves it
        }
    }

    private String importEnvironment(List<String> envp) {
        for (String e : envp) {
            int eq = e.indexOf('=');
            if (e.startsWith(FUNCTION_PREFIX)) {
                importFunction(e);
            } else if (eq > 0 && Variables.isName(e.substring(0, eq))) {
                vars.set(e.substring(0, eq), e.substring(eq + 1));
                vars.export(e.substring(0, eq));
            }
        }
        String flags = vars.value("MINIUNIX_FLAGS");
        vars.unset("MINIUNIX_FLAGS");
        for (String e : envp) {
            if (ScriptArgs.isPart(e)) {
                vars.unset(e.substring(0, e.indexOf('=')));
            }
        }
        return flags == null ? "" : flags;
    }

    /**
     * A login shell (argv[0] "-sh") whose environment carries a script from the launcher
     * (-c CMDS or a SCRIPT file, {@link ScriptArgs}); null for any other shell.
     */
    private static ScriptArgs hostScript(List<String> argv, List<String> envp) {
        if (argv.size() != 1 || !argv.get(0).startsWith("-")) {
            return null;
        }
        return ScriptArgs.fromEnvironment(envp);
    }

    /**
     * sh -c 'CMDS': run the string a line at a time, as a script (bash's parse_and_execute),
     * then exit with $?; never interactive, nothing read from fd 0.
     */
    private void runCommandString(String text) {
        interactive = false;
        subshell = true;
        commandString = true;
        vars.input = "c";
        stack.add(new ReadFrame(null, text));
    }

    private Shell(Shell s) {
        vars = s.vars.copy();
        stack = new ArrayList<>(s.stack.size());
        if (s.forkReplacesStack) {
            // The child keeps only the frame that forked, which replaces the stack at once
            // (becomeChild); what the frames below would have said of set -e is kept.
            stack.add(s.stack.get(s.stack.size() - 1).copy());
            errexitIgnoredBase = s.errexitIgnored();
        } else {
            for (Frame f : s.stack) {
                stack.add(f.copy());
            }
            errexitIgnoredBase = s.errexitIgnoredBase;
        }
        interactive = s.interactive;
        interactiveShell = s.interactiveShell;
        source = s.source;
        topSource = s.topSource;
        traceDepth = s.traceDepth;
        functions = new TreeMap<>(s.functions);
        exportedFunctions = new java.util.HashSet<>(s.exportedFunctions);
        readonlyFunctions = new java.util.HashSet<>(s.readonlyFunctions);
        functionSources = new TreeMap<>(s.functionSources);
        funcNest = s.funcNest;
        sourceNest = s.sourceNest;
        subshell = s.subshell;
        loginShell = s.loginShell;
        shellPgid = s.shellPgid;
        ttyModes = s.ttyModes;
        jobControl = s.jobControl;
        ttyFd = s.ttyFd;
        shopts = EnumSet.copyOf(s.shopts);
        aliases = s.aliases;
        disabledBuiltins = s.disabledBuiltins;
        compSpecs = s.compSpecs.copy();
        completing = s.completing;
        uid = s.uid;
        hostName = s.hostName;
        shellName = s.shellName;
        euid = s.euid;
        userName = s.userName;
        commandNumber = s.commandNumber;
        jobs = s.jobs.copy();
        hash = s.hash.copy();
        trapTable = s.trapTable.copy();
        substOutput = s.substOutput;
        expansion = s.expansion;
        traps = s.traps;
        savedFds = new ArrayList<>(s.savedFds);
        coproc = s.coproc;
        procSubstFds = new ArrayList<>(s.procSubstFds);
        procSubstPids = new ArrayList<>(s.procSubstPids);
        commandString = s.commandString;
        lastCommand = s.lastCommand;
        io = s.io.copy();
        last = s.last;
        thisCommand = s.thisCommand;
        history = s.history;
        keymap = s.keymap;
        interrupted = s.interrupted;
        hungUp = s.hungUp;
    }

    @Override
    public Program copy() {
        return new Shell(this);
    }

    /** Runs the shell with its memory, where its reads and writes pass ({@link Libc}). */
    @Override
    public Trap resume(long ret, UserMemory mem) {
        Libc.enter(mem, io);
        try {
            io.complete(mem, last, ret);
            last = run(ret);
        } catch (RuntimeException | StackOverflowError e) {
            last = recover(e);
        } finally {
            Libc.leave();
        }
        return last;
    }

    /** The shell needs its memory: without it there is no address to pass read and write. */
    @Override
    public Trap resume(long ret) {
        throw new IllegalStateException("sh: resumed without its memory");
    }

    /**
     * The shell's one signal handler, entered by the kernel in the shell's own context for
     * every trapped signal: like bash's trap_handler it notes the signal and returns; the
     * trap's commands run between commands ({@link #runPendingTrap}).
     */
    @Override
    public Trap handleSignal(long handler, SigInfo info) {
        if (info.signo == Signal.SIGINT.number && interactive && trapTable.get(info.signo) == null) {
            interrupted = true;
        } else if (info.signo == Signal.SIGHUP.number && interactive && trapTable.get(info.signo) == null) {
            hungUp = true;
        } else {
            trapTable.caught(info.signo);
        }
        return new Syscall.RtSigreturn();
    }

    /** Pushes the next due trap's commands, if any (bash's run_pending_traps); true if pushed. */
    boolean runPendingTrap() {
        while (trapTable.due()) {
            TrapFrame f = TrapFrame.forPending(this);
            if (f != null) {
                push(f);
                return true;
            }
        }
        return false;
    }

    /** What `trap - SIG` gives back: what the shell started with (SIG_IGN, SIG_DFL or its SIGINT handler). */
    long startingDisposition(int sig) {
        Signal s = Signal.of(sig);
        if (interactive && (s == Signal.SIGINT || s == Signal.SIGHUP)) {
            return TrapTable.HANDLER;
        }
        return interactive && s != null && IGNORED_WHEN_INTERACTIVE.contains(s)
                ? SigAction.SIG_IGN : SigAction.SIG_DFL;
    }

    private Trap run(long ret) {
        if (hungUp) {
            ret = hangUp();
        } else if (interrupted && stack.size() > 1) {
            ret = abandonForInterrupt();
        }
        for (;;) {
            Trap t = stack.get(stack.size() - 1).step(this, ret);
            if (t != null) {
                traps++;
                return t;
            }
            ret = 0;
        }
    }

    /**
     * Ctrl-C reached the shell while it ran a command itself (a loop of builtins): as bash's
     * throw_to_top_level, everything above the bottom frame is unwound, $? is 130 and a
     * newline ends the line the terminal echoed ^C on. The bottom frame reads the next line.
     */
    private long abandonForInterrupt() {
        interrupted = false;
        unwind(1);
        if (stack.get(0) instanceof ReadFrame r) {
            r.discardInput();   // the prompt again, even if Ctrl-C came as it was printed
        }
        vars.status = 128 + Signal.SIGINT.number;
        Frame undo = stack.size() > 1 ? stack.remove(stack.size() - 1) : null;
        print(2, "\n");
        if (undo != null) {
            push(undo);     // the shell's fds come back first, then the newline
        }
        return 0;
    }

    /**
     * SIGHUP reached the interactive shell: the jobs are hung up (JobBuiltins#hangupJobs),
     * the stopped ones also terminated as on any exit, and the shell kills itself with SIGHUP
     * (bash resets the handler and raises the signal), so its parent sees it die of it.
     */
    private long hangUp() {
        hungUp = false;
        List<Syscall> calls = JobBuiltins.hangupJobs(this);
        calls.addAll(JobBuiltins.terminateStopped(this));
        calls.add(new Syscall.RtSigaction(Signal.SIGHUP.number, Syscall.RtSigaction.SIG_DFL));
        calls.add(new Syscall.Kill(vars.pid, Signal.SIGHUP.number));
        exit(128 + Signal.SIGHUP.number);
        push(new Frame.Calls(calls));
        return 0;
    }

    /** An unexpected Java exception is a one-line message; the shell goes on (a child exits). */
    private Trap recover(Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        Frame bottom = stack.isEmpty() ? null : stack.get(0);
        List<Syscall> undo = new ArrayList<>();
        for (int i = stack.size() - 1; i > 0; i--) {
            stack.get(i).cleanup(this, undo);
        }
        stack.clear();
        savedFds.clear();
        if (!subshell && bottom instanceof ReadFrame r) {
            r.discardInput();
            stack.add(r);
        } else {
            stack.add(new Frame.Exit());
        }
        if (!undo.isEmpty()) {
            push(new Frame.Calls(undo));
        }
        vars.status = 1;
        error("internal error: " + (what.length() > 200 ? what.substring(0, 200) : what));
        try {
            return run(0);
        } catch (RuntimeException | StackOverflowError again) {
            return new Syscall.Exit(70);
        }
    }

    void push(Frame f) {
        stack.add(f);
    }

    void pop() {
        stack.remove(stack.size() - 1);
    }

    /** Pops the running frame and puts f in its place. */
    void replace(Frame f) {
        pop();
        push(f);
    }

    /** The frame at index i of the stack (0 is the bottom). */
    Frame frame(int i) {
        return stack.get(i);
    }

    /**
     * The index of the nth enclosing loop, counting from the top of the stack, or of the
     * outermost one if there are fewer; -1 if no loop is running. A function call hides its
     * caller's loops, as in bash.
     */
    int findLoop(long n) {
        int found = -1;
        long seen = 0;
        for (int i = stack.size() - 1; i >= 0 && seen < n && !(stack.get(i) instanceof FunctionFrame); i--) {
            if (stack.get(i) instanceof LoopFrame) {
                found = i;
                seen++;
            }
        }
        return found;
    }

    /** The index of the innermost function call or sourced file (what return leaves), or -1. */
    int findReturnTarget() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Frame f = stack.get(i);
            if (f instanceof FunctionFrame || f instanceof SourceFrame s && s.isFile()) {
                return i;
            }
        }
        return -1;
    }

    /** set -x is on. */
    boolean xtrace() {
        return vars.on(ShellOption.XTRACE);
    }

    /**
     * Whether set -e is ignored where the top of the stack runs: some frame below runs a
     * condition (if, while, until), a non-final part of an and-or list or a negated
     * pipeline, or this is a child forked in such a place (see {@link Errexit}).
     */
    boolean errexitIgnored() {
        for (int i = stack.size() - 1; i >= 0 && !errexitIgnoredBase; i--) {
            if (stack.get(i).ignoresErrexit()) {
                return true;
            }
        }
        return errexitIgnoredBase;
    }

    /**
     * Pops every frame above the first keep ones, collecting what each must undo
     * ({@link Frame#cleanup}), and pushes those calls to run next.
     */
    void unwind(int keep) {
        List<Syscall> calls = new ArrayList<>();
        while (stack.size() > keep) {
            stack.remove(stack.size() - 1).cleanup(this, calls);
        }
        if (!calls.isEmpty()) {
            push(new Frame.Calls(calls));
        }
    }

    /**
     * An expansion error (bash's DISCARD): the rest of the command line is abandoned, $? = 1,
     * and the shell reads on (a forked child exits). ${VAR:?} is fatal: a non-interactive
     * shell exits, with status 1, or 127 for `sh -c`, as bash 5.2 does.
     */
    void expansionError(String msg, boolean fatal) {
        String said = errorPrefix() + msg + "\n";     // named as where it happened, before the unwind
        if (fatal && !interactive) {
            exit(commandString ? 127 : 1);
        } else {
            unwind(1);
            vars.status = 1;
        }
        if (!msg.isEmpty()) {       // empty: an error bash does not name (an assignment to GROUPS)
            print(2, said);
        }
    }

    /**
     * NAME=value to a readonly NAME with no command: bash's error, and the rest of the command
     * line is dropped with status 1 (so `sh -c` ends; a script goes on at its next line).
     */
    void readonlyError(String name) {
        String target = vars.resolve(name);     // bash names what a nameref refers to
        int open = target.indexOf('[');
        target = target.isEmpty() ? name : open > 0 ? target.substring(0, open) : target;
        expansionError(target + ": readonly variable", false);
    }

    /**
     * Whether the shell reads its commands through the line editor: it started interactive
     * (bash's no_line_editing is off then, a terminal or not); its subshells too.
     */
    boolean lineEditing() {
        return interactiveShell;
    }

    void print(int fd, String text) {
        push(new Frame.Write(fd, text));
    }

    /** The aliases the parser is to expand: none unless expand_aliases is on (bash's expand_aliases). */
    Map<String, String> expandedAliases() {
        return shopts.contains(ShoptBuiltin.Option.EXPAND_ALIASES) ? aliases : null;
    }

    /** "NAME: line N: MSG" on fd 2 ({@link #errorPrefix}). */
    void error(String msg) {
        print(2, errorPrefix() + msg + "\n");
    }

    /**
     * What an error message starts with, as bash's error_prolog writes it: "miniunix: " in an
     * interactive shell; else the name ({@link #source}, or $0) and the line of the command
     * running, "NAME: line N: " (no line before the first command).
     */
    String errorPrefix() {
        if (interactiveShell) {
            return "miniunix: ";
        }
        return vars.lineno > 0 ? errorName() + ": line " + vars.lineno + ": " : errorName() + ": ";
    }

    /**
     * The name errors start with, without the line (bash's get_name_for_error): "miniunix"
     * where bash says "bash", that is in an interactive shell and for a login shell's $0
     * ("-sh": the script the launcher feeds on stdin).
     */
    String errorName() {
        if (interactiveShell) {
            return "miniunix";
        }
        String name = source != null ? source : vars.arg0;
        return name.startsWith("-") ? "miniunix" : name;
    }

    /** Where a function defined now was defined: the sourced file or function's, else {@link #topSource}. */
    String definedIn() {
        return source != null ? source : topSource;
    }

    /** bash's sys_error: "NAME: MSG" on fd 2, with no line (fork and pipe failures). */
    void sysError(String msg) {
        print(2, sysErrorText(msg));
    }

    String sysErrorText(String msg) {
        return errorName() + ": " + msg + "\n";
    }

    /** A simple command named name starts (see {@link #lastCommand}). */
    void commandRuns(String name) {
        lastCommand = thisCommand;
        thisCommand = name;
    }

    /** What exit and Ctrl-D say in an interactive shell: "logout" for a login shell, else "exit". */
    String exitWord() {
        return vars.arg0.startsWith("-") ? "logout\n" : "exit\n";
    }

    /** Ends the shell with this status: nothing else runs. */
    void exit(int status) {
        stack.clear();
        vars.status = status;
        stack.add(new Frame.Exit());
    }

    /** Job control: process groups, WUNTRACED, fg and bg (see {@link #jobControl}). */
    boolean jobControl() {
        return jobControl;
    }

    /**
     * Whether the shell prints job notices ({@code [1]+  Done  sleep 1}, a stopped job's), as
     * bash's notify_of_job_status: interactive or `sh -c` (bash's startup_state 1 and 2), under
     * job control. A script file or stdin prints none: its `jobs` tells (startup_state 0).
     */
    boolean tellsJobs() {
        return (interactive || commandString) && jobControl;
    }

    /** The terminal goes to foreground jobs: job control is on and the shell has a terminal. */
    boolean handsTerminal() {
        return jobControl && ttyFd >= 0;
    }

    /** An interactive shell starts with job control: "i" and "m" in $-, the terminal on fd 0. */
    private void startJobControl() {
        interactiveShell = true;
        loginShell = shellName.startsWith("-");
        vars.modes = "i";
        vars.set(ShellOption.MONITOR, true);
        jobControl = true;
        ttyFd = 0;
    }

    /**
     * In a freshly forked child: forget the parent's pending work and run body, after the
     * setup calls, then exit with $?. A child is never interactive.
     */
    /** A fork that replaces the child's stack: see {@link #forkReplacesStack}. */
    Trap forkForChild() {
        forkReplacesStack = true;
        return new Syscall.Fork();
    }

    /** The fork made by {@link #forkForChild} has returned, in the parent or the child. */
    void forkReturned() {
        forkReplacesStack = false;
    }

    void becomeChild(Frame body, List<Frame> setup) {
        errexitIgnoredBase = errexitIgnored();
        stack.clear();
        stack.add(new Frame.Exit());
        stack.add(body);
        for (int i = setup.size() - 1; i >= 0; i--) {
            stack.add(setup.get(i));
        }
        if (!savedFds.isEmpty()) {
            // The fds saved for a compound command's redirections are the parent's business.
            List<Syscall> closes = new ArrayList<>();
            for (int fd : savedFds) {
                closes.add(new Syscall.Close(fd));
            }
            savedFds.clear();
            stack.add(new Frame.Calls(closes));
        }
        interactive = false;
        jobControl = false;
        subshell = true;
        loginShell = false;             // bash's execute_in_subshell; SubstFrame keeps it
        commandString = false;
        jobs.forked();
        List<Syscall> untrap = trapTable.forChild(vars.on(ShellOption.FUNCTRACE), vars.on(ShellOption.ERRTRACE));
        if (!untrap.isEmpty()) {
            stack.add(new Frame.Calls(untrap));
        }
    }

    /** rt_sigaction(SIG_DFL) for what an interactive shell ignores, for its children to run. */
    List<Syscall> signalReset() {
        List<Syscall> calls = new ArrayList<>();
        if (interactive) {
            for (Signal s : List.of(Signal.SIGINT, Signal.SIGHUP)) {
                if (trapTable.get(s.number) == null) {
                    calls.add(new Syscall.RtSigaction(s.number, Syscall.RtSigaction.SIG_DFL));
                }
            }
            for (Signal s : IGNORED_WHEN_INTERACTIVE) {
                if (!trapTable.isIgnored(s.number)) {   // trap '' SIG: children ignore it too
                    calls.add(new Syscall.RtSigaction(s.number, Syscall.RtSigaction.SIG_DFL));
                }
            }
        }
        return calls;
    }

    /**
     * rt_sigaction(SIG_IGN) for what an interactive shell ignores, and its SIGINT handler
     * (at start-up, and again after a failed exec).
     */
    List<Syscall> signalIgnore() {
        List<Syscall> calls = new ArrayList<>();
        if (interactive) {
            for (Signal s : List.of(Signal.SIGINT, Signal.SIGHUP)) {
                if (trapTable.get(s.number) == null) {
                    calls.add(caughtBySelf(s));
                }
            }
            for (Signal s : IGNORED_WHEN_INTERACTIVE) {
                calls.add(new Syscall.RtSigaction(s.number, Syscall.RtSigaction.SIG_IGN));
            }
        }
        return calls;
    }

    /**
     * The interactive shell's own handler for SIGINT or SIGHUP: no SA_RESTART, so a read at
     * the prompt ends.
     */
    static Syscall.RtSigaction caughtBySelf(Signal s) {
        return new Syscall.RtSigaction(s.number, TrapTable.HANDLER, 0, 0, 0);
    }

    /**
     * bash's set_machine_vars: HOSTTYPE, OSTYPE and MACHTYPE, unless the environment has
     * them. bash has them from its configure; ours from the machine the kernel says it is.
     */
    private void machineVariables() {
        String[][] machine = {
            {"HOSTTYPE", Utsname.MACHINE},
            {"OSTYPE", "linux-gnu"},
            {"MACHTYPE", Utsname.MACHINE + "-pc-linux-gnu"},
        };
        for (String[] v : machine) {
            if (vars.value(v[0]) == null) {
                vars.set(v[0], v[1]);
            }
        }
    }

    static String decode(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    /**
     * Start-up: $$, $PPID, $UID and $EUID (the uid also for the prompt), $GROUPS (getgid and
     * getgroups), the host name for $HOSTNAME and the prompts, $PWD if the environment has
     * none, and for an interactive shell its own process group holding the terminal, with the
     * job-control signals ignored (bash does the same; its children reset them).
     */
    private static final class StartFrame extends Frame {
        private int phase;
        private final byte[] cwd = new byte[4096];
        /** The real gid, then the getgroups(2) list once its size is known. */
        private int gid;
        private int[] groups = new int[0];

        @Override
        Trap step(Shell sh, long ret) {
            switch (phase++) {
                case 0: return new Syscall.Getpid();
                case 1: sh.vars.pid = (int) ret; return new Syscall.Getppid();
                case 2:
                    sh.vars.setIdentity("PPID", ret);
                    return new Syscall.Getuid();
                case 3:
                    sh.uid = (int) ret;
                    sh.vars.setIdentity("UID", ret);
                    return new Syscall.Geteuid();
                case 4:
                    sh.euid = (int) ret;
                    sh.vars.setIdentity("EUID", ret);
                    return Libc.getrandom(cwd, 0, 4, 0);
                case 5:
                    sh.vars.seedRandom((cwd[0] & 0xffL) | (cwd[1] & 0xffL) << 8
                            | (cwd[2] & 0xffL) << 16 | (cwd[3] & 0x7fL) << 24);
                    return Libc.getcwd(cwd);
                case 6:
                    if (ret > 0 && sh.vars.value("PWD") == null) {
                        sh.vars.set("PWD", decode(cwd, 0, (int) ret - 1));
                        sh.vars.export("PWD");
                    }
                    return new Syscall.Getgid();
                case 7:
                    gid = (int) ret;
                    return Libc.getgroups(groups);
                case 8:
                    if (ret <= 0) {
                        return step(sh, 0);
                    }
                    groups = new int[(int) ret];
                    return Libc.getgroups(groups);
                case 9:
                    sh.vars.setGroups(groupArray(ret < 0 ? new int[0] : groups));
                    return Libc.uname(cwd);         // glibc's gethostname
                case 10:
                    // bash's shell_initialize: gethostname, or "??host??" if it fails.
                    sh.hostName = ret < 0 ? "??host??" : Utsname.field(cwd, Utsname.NODENAME_FIELD);
                    if (sh.vars.value("HOSTNAME") == null) {
                        sh.vars.set("HOSTNAME", sh.hostName);
                    }
                    if (sh.probeTerminal) {
                        return new Syscall.Ioctl(0, Syscall.Ioctl.TCGETS, 0);
                    }
                    return sh.interactive ? takeTerminal(sh) : done(sh);
                case 11:
                    if (ret >= 0) {
                        sh.interactive = true;
                        sh.shopts.add(ShoptBuiltin.Option.EXPAND_ALIASES);
                        Prompts.setDefaults(sh);
                        sh.startJobControl();
                        return takeTerminal(sh);
                    }
                    return done(sh);
                default: return done(sh);
            }
        }

        /**
         * bash's initialize_group_array: getgroups' list with the real gid at the front:
         * put there when the list lacks it, else swapped with the first.
         */
        private List<String> groupArray(int[] list) {
            int at = -1;
            for (int i = 0; i < list.length && at < 0; i++) {
                at = list[i] == gid ? i : -1;
            }
            int[] g;
            if (at < 0) {
                g = new int[list.length + 1];
                g[0] = gid;
                System.arraycopy(list, 0, g, 1, list.length);
            } else {
                g = list.clone();
                g[at] = g[0];
                g[0] = gid;
            }
            List<String> gids = new ArrayList<>(g.length);
            for (int x : g) {
                gids.add(Integer.toString(x));
            }
            return gids;
        }

        private Trap takeTerminal(Shell sh) {
            List<Syscall> calls = sh.signalIgnore();
            calls.add(new Syscall.Setpgid(0, 0));
            calls.add(new Syscall.Ioctl(0, Syscall.Ioctl.TIOCSPGRP, sh.vars.pid));
            sh.shellPgid = sh.vars.pid;
            sh.replace(new Frame.GetTtyState());       // after the calls: bash's get_tty_state
            sh.push(new Frame.Calls(calls));
            return null;
        }

        private Trap done(Shell sh) {
            sh.pop();
            return null;
        }

        @Override
        Frame copy() {
            StartFrame s = new StartFrame();
            s.phase = phase;
            System.arraycopy(cwd, 0, s.cwd, 0, cwd.length);
            s.gid = gid;
            s.groups = groups.clone();
            return s;
        }
    }
}
