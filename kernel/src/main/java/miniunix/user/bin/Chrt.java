package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.SchedPolicy;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Proc;

/**
 * chrt(1) of util-linux: a process's scheduling policy and real-time priority.
 * {@code chrt -p PID} shows them; {@code chrt [POLICY] -p PRIO PID} sets them;
 * {@code chrt [POLICY] PRIO COMMAND [ARG]...} runs COMMAND under them; {@code chrt -m} lists
 * each policy's priority range. The policy options are -f (SCHED_FIFO), -r (SCHED_RR, the
 * default), -o (SCHED_OTHER), -b (SCHED_BATCH), -i (SCHED_IDLE) and -d (SCHED_DEADLINE, which
 * this kernel refuses); -R or's in SCHED_RESET_ON_FORK. As util-linux's, options end at the
 * first word that is not one, and -p takes its PID from the last word.
 */
public final class Chrt extends Proc {
    private static final String USAGE = "\nUsage:\n"
            + " chrt [options] [<policy>] <priority> [-p <pid> | <command> [<arg>...]]\n\n"
            + "Show or change the real-time scheduling attributes of a process.\n\n"
            + "Set policy:\n"
            + " chrt [options] <priority> <command> [<arg>...]\n"
            + " chrt [options] --pid <priority> <pid>\n\n"
            + "Get policy:\n"
            + " chrt [options] -p <pid>\n\n"
            + "Policy options:\n"
            + " -b, --batch          set policy to SCHED_BATCH\n"
            + " -d, --deadline       set policy to SCHED_DEADLINE\n"
            + " -f, --fifo           set policy to SCHED_FIFO\n"
            + " -i, --idle           set policy to SCHED_IDLE\n"
            + " -o, --other          set policy to SCHED_OTHER\n"
            + " -r, --rr             set policy to SCHED_RR (default)\n\n"
            + "Scheduling options:\n"
            + " -R, --reset-on-fork       set reset-on-fork flag\n"
            + " -T, --sched-runtime <ns>  runtime parameter for DEADLINE\n"
            + " -P, --sched-period <ns>   period parameter for DEADLINE\n"
            + " -D, --sched-deadline <ns> deadline parameter for DEADLINE\n\n"
            + "Other options:\n"
            + " -a, --all-tasks      operate on all the tasks (threads) for a given pid\n"
            + " -m, --max            show min and max valid priorities\n"
            + " -p, --pid            operate on existing given pid\n"
            + " -v, --verbose        display status information\n\n"
            + " -h, --help           display this help\n"
            + " -V, --version        display version\n\n"
            + "For more details see chrt(1).\n";
    /** The policies -m lists, in util-linux's order. */
    private static final int[] LISTED = {SchedPolicy.SCHED_OTHER, SchedPolicy.SCHED_FIFO,
        SchedPolicy.SCHED_RR, SchedPolicy.SCHED_BATCH, SchedPolicy.SCHED_IDLE,
        SchedPolicy.SCHED_DEADLINE};

    /** Where the program is: each state names the call whose result comes next. */
    private enum Pc { START, MAX, MIN, GETPID, SHOW_POLICY, SHOW_PARAM, SET, EXEC }

    private Pc pc = Pc.START;
    private int policy = SchedPolicy.SCHED_RR;
    private boolean resetOnFork;
    private boolean verbose;
    /** -p's pid, or -1 when running a command (0: the caller). */
    private int pid = -1;
    private int priority;
    /** The first word after the options. */
    private int operands;
    /** After set: "new", else "current". */
    private boolean altered;
    /** The line being built: the policy shown before its priority. */
    private int shownPolicy;
    /** -m: the index in LISTED, and its max. */
    private int listing;
    private long max;
    private List<String> command = List.of();
    private Execvp exec;

    public Chrt(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case MAX:
                max = ret;
                pc = Pc.MIN;
                return new Syscall.SchedGetPriorityMin(LISTED[listing]);
            case MIN:
                String name = SchedPolicy.name(LISTED[listing]);
                out.print(max >= 0 && ret >= 0 ? name + " min/max priority\t: " + ret + "/" + max + "\n"
                        : name + " not supported?\n");
                if (++listing == LISTED.length) {
                    return exit(0);
                }
                pc = Pc.MAX;
                return new Syscall.SchedGetPriorityMax(LISTED[listing]);
            case GETPID:
                pid = (int) ret;
                return show();
            case SHOW_POLICY:
                if (ret < 0) {
                    return fail(1, "failed to get pid " + pid + "'s policy: " + Errno.strerror(ret));
                }
                shownPolicy = (int) ret;
                pc = Pc.SHOW_PARAM;
                return new Syscall.SchedGetparam(pid);
            case SHOW_PARAM:
                if (ret < 0) {
                    return fail(1, "failed to get pid " + pid + "'s attributes: " + Errno.strerror(ret));
                }
                String which = altered ? "new" : "current";
                out.print("pid " + pid + "'s " + which + " scheduling policy: " + policyName(shownPolicy)
                        + "\npid " + pid + "'s " + which + " scheduling priority: " + ret + "\n");
                if (!altered && argv.size() - operands > 1) {
                    return set();
                }
                return altered && command.size() > 0 ? run(0) : exit(0);
            case SET:
                if (ret < 0) {
                    return fail(1, "failed to set pid " + pid + "'s policy: " + Errno.strerror(ret));
                }
                altered = true;
                if (verbose) {
                    if (pid == 0) {
                        pc = Pc.GETPID;
                        return new Syscall.Getpid();
                    }
                    return show();
                }
                return command.size() > 0 ? run(0) : exit(0);
            default:
                return run(ret);
        }
    }

    private Trap start() {
        int i = 1;
        for (; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                break;
            }
            if (a.startsWith("--")) {
                String opt = a.substring(2);
                int eq = opt.indexOf('=');
                String nameOnly = eq < 0 ? opt : opt.substring(0, eq);
                switch (nameOnly) {
                    case "batch" -> policy = SchedPolicy.SCHED_BATCH;
                    case "deadline" -> policy = SchedPolicy.SCHED_DEADLINE;
                    case "fifo" -> policy = SchedPolicy.SCHED_FIFO;
                    case "idle" -> policy = SchedPolicy.SCHED_IDLE;
                    case "other" -> policy = SchedPolicy.SCHED_OTHER;
                    case "rr" -> policy = SchedPolicy.SCHED_RR;
                    case "reset-on-fork" -> resetOnFork = true;
                    case "all-tasks" -> { }
                    case "verbose" -> verbose = true;
                    case "max" -> {
                        return listMax();
                    }
                    case "help" -> {
                        out.print(USAGE);
                        return exit(0);
                    }
                    case "version" -> {
                        out.print("chrt from util-linux 2.38.1\n");
                        return exit(0);
                    }
                    case "pid" -> {
                        Trap bad = pidFromLast();
                        if (bad != null) {
                            return bad;
                        }
                    }
                    case "sched-runtime", "sched-period", "sched-deadline" -> {
                        if (eq < 0) {
                            if (i + 1 == argv.size()) {
                                return fail(1, "option '--" + nameOnly + "' requires an argument\n"
                                        + "Try 'chrt --help' for more information.");
                            }
                            i++;
                        }
                    }
                    default -> {
                        return fail(1, "unrecognized option '" + a + "'\n"
                                + "Try 'chrt --help' for more information.");
                    }
                }
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                switch (c) {
                    case 'b' -> policy = SchedPolicy.SCHED_BATCH;
                    case 'd' -> policy = SchedPolicy.SCHED_DEADLINE;
                    case 'f' -> policy = SchedPolicy.SCHED_FIFO;
                    case 'i' -> policy = SchedPolicy.SCHED_IDLE;
                    case 'o' -> policy = SchedPolicy.SCHED_OTHER;
                    case 'r' -> policy = SchedPolicy.SCHED_RR;
                    case 'R' -> resetOnFork = true;
                    case 'a' -> { }
                    case 'v' -> verbose = true;
                    case 'm' -> {
                        return listMax();
                    }
                    case 'h' -> {
                        out.print(USAGE);
                        return exit(0);
                    }
                    case 'V' -> {
                        out.print("chrt from util-linux 2.38.1\n");
                        return exit(0);
                    }
                    case 'p' -> {
                        Trap bad = pidFromLast();
                        if (bad != null) {
                            return bad;
                        }
                    }
                    case 'T', 'P', 'D' -> {
                        if (j + 1 == a.length()) {
                            if (i + 1 == argv.size()) {
                                return fail(1, "option requires an argument -- '" + c + "'\n"
                                        + "Try 'chrt --help' for more information.");
                            }
                            i++;
                        }
                        j = a.length();
                    }
                    default -> {
                        return fail(1, "invalid option -- '" + c + "'\n"
                                + "Try 'chrt --help' for more information.");
                    }
                }
            }
        }
        operands = i;
        int left = argv.size() - i;
        if (pid > -1 ? left < 1 : left < 2) {
            return fail(1, "bad usage\nTry 'chrt --help' for more information.");
        }
        if (pid > -1 && (verbose || left == 1)) {
            return show();
        }
        return set();
    }

    /** The priority, then the call that sets it; or the error that stops chrt first. */
    private Trap set() {
        String p = argv.get(operands);
        if (!p.matches("[-+]?[0-9]{1,10}") || Long.parseLong(p) != (int) Long.parseLong(p)) {
            return fail(1, "invalid priority argument: '" + p + "'");
        }
        priority = Integer.parseInt(p);
        if (policy != SchedPolicy.SCHED_DEADLINE && deadlineOnly()) {
            return fail(1, "--sched-{runtime,deadline,period} options are supported for "
                    + "SCHED_DEADLINE only");
        }
        if (pid == -1) {
            pid = 0;
            command = List.copyOf(argv.subList(operands + 1, argv.size()));
        }
        if (priority < SchedPolicy.priorityMin(policy) || priority > SchedPolicy.priorityMax(policy)) {
            return fail(1, "unsupported priority value for the policy: " + priority
                    + ": see --max for valid range");
        }
        pc = Pc.SET;
        return new Syscall.SchedSetscheduler(pid,
                policy | (resetOnFork ? SchedPolicy.SCHED_RESET_ON_FORK : 0), priority);
    }

    /** True when -T, -P or -D was given (only SCHED_DEADLINE takes them). */
    private boolean deadlineOnly() {
        for (int i = 1; i < operands; i++) {
            String a = argv.get(i);
            if (a.startsWith("--sched-") || !a.startsWith("--") && a.matches("-[a-zA-Z]*[TPD].*")) {
                return true;
            }
        }
        return false;
    }

    /** -p: the pid is the last word, as util-linux's strtos32_or_err(argv[argc - 1]). */
    private Trap pidFromLast() {
        String last = argv.get(argv.size() - 1);
        if (!last.matches("[-+]?[0-9]{1,10}") || Long.parseLong(last) != (int) Long.parseLong(last)) {
            return fail(1, "invalid PID argument: '" + last + "'");
        }
        pid = Integer.parseInt(last);
        return null;
    }

    private Trap show() {
        pc = Pc.SHOW_POLICY;
        return new Syscall.SchedGetscheduler(pid);
    }

    private Trap listMax() {
        pc = Pc.MAX;
        return new Syscall.SchedGetPriorityMax(LISTED[0]);
    }

    private Trap run(long ret) {
        if (exec == null) {
            pc = Pc.EXEC;
            exec = new Execvp(command, envp);
            return exec.next(0);
        }
        Trap t = exec.next(ret);
        if (t != null) {
            return t;
        }
        perror("failed to execute " + exec.name(), exec.error());
        return exit(exec.status());
    }

    /** The name chrt prints: "SCHED_OTHER|SCHED_RESET_ON_FORK" with the flag. */
    private static String policyName(int policy) {
        int bare = policy & ~SchedPolicy.SCHED_RESET_ON_FORK;
        String name = SchedPolicy.name(bare);
        return (name == null ? "unknown" : name)
                + (bare != policy ? "|SCHED_RESET_ON_FORK" : "");
    }
}
