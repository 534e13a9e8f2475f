package miniunix.kernel.uapi;

/**
 * The standard signals of x86-64 Linux, with their default actions: this enum is the table
 * of signal(7) ("Standard signals" and "Signal numbering"), written as code.
 *
 * <pre>
 *   name        no  default    description (strsignal)
 * </pre>
 * SIGKILL and SIGSTOP can't be caught, blocked or ignored. Real-time signals (34..64) exist
 * only as numbers here: {@link #isValid} accepts them, their default action is Term.
 */
public enum Signal {
    SIGHUP(1, Action.TERM, "Hangup"),
    SIGINT(2, Action.TERM, "Interrupt"),
    SIGQUIT(3, Action.CORE, "Quit"),
    SIGILL(4, Action.CORE, "Illegal instruction"),
    SIGTRAP(5, Action.CORE, "Trace/breakpoint trap"),
    SIGABRT(6, Action.CORE, "Aborted"),
    SIGBUS(7, Action.CORE, "Bus error"),
    SIGFPE(8, Action.CORE, "Floating point exception"),
    SIGKILL(9, Action.TERM, "Killed"),
    SIGUSR1(10, Action.TERM, "User defined signal 1"),
    SIGSEGV(11, Action.CORE, "Segmentation fault"),
    SIGUSR2(12, Action.TERM, "User defined signal 2"),
    SIGPIPE(13, Action.TERM, "Broken pipe"),
    SIGALRM(14, Action.TERM, "Alarm clock"),
    SIGTERM(15, Action.TERM, "Terminated"),
    SIGSTKFLT(16, Action.TERM, "Stack fault"),
    SIGCHLD(17, Action.IGN, "Child exited"),
    SIGCONT(18, Action.CONT, "Continued"),
    SIGSTOP(19, Action.STOP, "Stopped (signal)"),
    SIGTSTP(20, Action.STOP, "Stopped"),
    SIGTTIN(21, Action.STOP, "Stopped (tty input)"),
    SIGTTOU(22, Action.STOP, "Stopped (tty output)"),
    SIGURG(23, Action.IGN, "Urgent I/O condition"),
    SIGXCPU(24, Action.CORE, "CPU time limit exceeded"),
    SIGXFSZ(25, Action.CORE, "File size limit exceeded"),
    SIGVTALRM(26, Action.TERM, "Virtual timer expired"),
    SIGPROF(27, Action.TERM, "Profiling timer expired"),
    SIGWINCH(28, Action.IGN, "Window changed"),
    SIGIO(29, Action.TERM, "I/O possible"),
    SIGPWR(30, Action.TERM, "Power failure"),
    SIGSYS(31, Action.CORE, "Bad system call");

    /** What happens when a signal arrives and its disposition is SIG_DFL. */
    public enum Action {
        /** Terminate the process. */
        TERM,
        /** Terminate and dump core (status has the 0x80 core bit). */
        CORE,
        /** Discard the signal. */
        IGN,
        /** Stop the process (state T) until SIGCONT. */
        STOP,
        /** Continue a stopped process; otherwise discard. */
        CONT
    }

    public static final int NSIG = 65;
    /** SIGKILL and SIGSTOP: what no mask may hold and no handler may catch. */
    public static final long UNBLOCKABLE = (1L << 8) | (1L << 18);
    public static final int SIGRTMIN = 34;
    public static final int SIGRTMAX = 64;

    private static final Signal[] BY_NUMBER = new Signal[32];

    static {
        for (Signal s : values()) {
            BY_NUMBER[s.number] = s;
        }
    }

    public final int number;
    public final Action defaultAction;
    /** strsignal(3) text, as bash prints it for a job that died of the signal. */
    public final String description;

    Signal(int number, Action defaultAction, String description) {
        this.number = number;
        this.defaultAction = defaultAction;
        this.description = description;
    }

    /** The name without "SIG", as `kill -l 9` prints it: KILL. */
    public String shortName() {
        return name().substring(3);
    }

    /** SIGKILL and SIGSTOP can't be caught, blocked or ignored. */
    public boolean isCatchable() {
        return this != SIGKILL && this != SIGSTOP;
    }

    /** The bit of sig in a signal mask (sigset_t): bit sig - 1. */
    public static long mask(int sig) {
        return 1L << (sig - 1);
    }

    /** The standard signal with this number, or null (0, real-time, or out of range). */
    public static Signal of(int number) {
        return number > 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
    }

    /** True for 1..64, the numbers kill(2) accepts (0 is a permission probe, checked apart). */
    public static boolean isValid(int number) {
        return number >= 1 && number < NSIG && number != 32 && number != 33;
    }

    /** The default action of any valid signal number: real-time signals terminate. */
    public static Action defaultActionOf(int number) {
        Signal s = of(number);
        return s != null ? s.defaultAction : Action.TERM;
    }

    /**
     * Parses a signal as kill(1) and bash take it: "9", "KILL", "SIGKILL", "kill",
     * "RTMIN+3", "RTMAX-1". Returns the number, or -1 if it names no signal.
     */
    public static int parse(String spec) {
        if (spec.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(spec.charAt(0))) {
            try {
                int n = Integer.parseInt(spec);
                return isValid(n) ? n : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        String s = spec.toUpperCase(java.util.Locale.ROOT);
        if (s.startsWith("SIG")) {
            s = s.substring(3);
        }
        for (Signal sig : values()) {
            if (sig.shortName().equals(s)) {
                return sig.number;
            }
        }
        switch (s) {
            case "CLD": return SIGCHLD.number;
            case "IOT": return SIGABRT.number;
            case "POLL": return SIGIO.number;
            default: break;
        }
        return parseRealtime(s);
    }

    private static int parseRealtime(String s) {
        int base;
        String rest;
        if (s.startsWith("RTMIN")) {
            base = SIGRTMIN;
            rest = s.substring(5);
        } else if (s.startsWith("RTMAX")) {
            base = SIGRTMAX;
            rest = s.substring(5);
        } else {
            return -1;
        }
        if (rest.isEmpty()) {
            return base;
        }
        try {
            int n = base + Integer.parseInt(rest.startsWith("+") ? rest.substring(1) : rest);
            return n >= SIGRTMIN && n <= SIGRTMAX ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The name `kill -l` prints for a valid number: HUP, RTMIN+3, RTMAX-1. */
    public static String nameOf(int number) {
        Signal s = of(number);
        if (s != null) {
            return s.shortName();
        }
        if (number == SIGRTMIN) {
            return "RTMIN";
        }
        if (number == SIGRTMAX) {
            return "RTMAX";
        }
        if (number > SIGRTMIN && number <= SIGRTMIN + 15) {
            return "RTMIN+" + (number - SIGRTMIN);
        }
        return "RTMAX-" + (SIGRTMAX - number);
    }

    /** strsignal(3) text of any number: "Real-time signal N" for real-time ones. */
    public static String describe(int number) {
        Signal s = of(number);
        if (s != null) {
            return s.description;
        }
        if (number >= SIGRTMIN && number <= SIGRTMAX) {
            return "Real-time signal " + (number - SIGRTMIN);
        }
        return "Unknown signal " + number;
    }
}
