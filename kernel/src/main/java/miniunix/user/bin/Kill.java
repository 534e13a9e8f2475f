package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * /bin/kill of procps-ng: {@code kill [-SIGNAL | -s SIGNAL] PID...} sends SIGNAL (default TERM)
 * to each PID (negative: a process group, after "--"); {@code kill -l [SIGNAL]} lists or
 * converts signal names, {@code kill -L} prints them as a table. Messages and usage are
 * procps' own, e.g. {@code kill: (999): No such process}; exit 1 if any kill failed.
 * <pre>
 *   for (i = optind; i &lt; argc; i++) if (kill(pid, sig) != 0) { warn("(%d)", pid); errors++; }
 * </pre>
 */
public final class Kill extends Proc {
    static final String USAGE = "\nUsage:\n kill [options] <pid> [...]\n\nOptions:\n"
            + " <pid> [...]            send signal to every <pid> listed\n"
            + " -<signal>, -s, --signal <signal>\n"
            + "                        specify the <signal> to be sent\n"
            + " -q, --queue <value>    integer value to be sent with the signal\n"
            + " -l, --list=[<signal>]  list all signal names, or convert one to a name\n"
            + " -L, --table            list all signal names in a nice table\n\n"
            + " -h, --help     display this help and exit\n"
            + " -V, --version  output version information and exit\n\n"
            + "For more details see kill(1).\n";

    private int sig = Signal.SIGTERM.number;
    private List<Integer> pids = List.of();
    private int next = -1;
    private boolean failed;

    public Kill(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (next < 0) {
            int status = parse();
            if (status >= 0) {
                return exit(status);
            }
        } else if (ret < 0) {
            err.print(prog()).print(": (").print(pids.get(next)).print("): ")
                    .print(Errno.strerror(ret)).print('\n');
            failed = true;
        }
        if (++next == pids.size()) {
            return exit(failed ? 1 : 0);
        }
        return new Syscall.Kill(pids.get(next), sig);
    }

    /** Reads the command line; returns an exit status when there is nothing to send, or -1. */
    private int parse() {
        int i = 1;
        if (i < argv.size() && argv.get(i).startsWith("-") && !argv.get(i).equals("--")) {
            String a = argv.get(i++);
            switch (a) {
                case "-l": case "--list": return list(i < argv.size() ? argv.get(i) : null);
                case "-L": case "--table": return table();
                case "-h": case "--help": out.print(USAGE); return 0;
                case "-V": case "--version": out.print("kill from procps-ng 4.0.2\n"); return 0;
                case "-s": case "--signal":
                    return i < argv.size() ? signal(argv.get(i++), i) : usage(null);
                default:
                    return Character.isDigit(a.charAt(1)) || Signal.parse(a.substring(1)) > 0
                            ? signal(a.substring(1), i) : usage("invalid argument " + a.charAt(1));
            }
        }
        return pids(i);
    }

    private int signal(String name, int i) {
        sig = name.equals("0") ? 0 : Signal.parse(name);
        if (sig < 0) {
            err.print(prog()).print(": unknown signal name ").print(name).print('\n');
            return 1;
        }
        return pids(i);
    }

    private int pids(int i) {
        if (i < argv.size() && argv.get(i).equals("--")) {
            i++;
        }
        if (i == argv.size()) {
            return usage(null);
        }
        List<Integer> list = new ArrayList<>();
        for (String a : argv.subList(i, argv.size())) {
            if (!a.matches("-?[0-9]{1,9}")) {
                err.print(prog()).print(": failed to parse argument: '").print(a).print("'\n");
                return 1;
            }
            list.add(Integer.parseInt(a));
        }
        pids = List.copyOf(list);
        return -1;
    }

    private int usage(String message) {
        if (message != null) {
            err.print(prog()).print(": ").print(message).print('\n');
        }
        err.print(USAGE);
        return 1;
    }

    /** kill -l: every name, wrapped as procps wraps them; kill -l N: one name or number. */
    private int list(String one) {
        if (one != null) {
            int n = Signal.parse(one);
            if (n < 0) {
                err.print(prog()).print(": unknown signal name ").print(one).print('\n');
                return 1;
            }
            out.print(Character.isDigit(one.charAt(0)) ? name(n) : Integer.toString(n)).print('\n');
            return 0;
        }
        int pos = 0;
        for (int n = 1; n < 32; n++) {
            String s = (pos > 0 ? " " : "") + name(n);
            out.print(s);
            pos += s.length();
            if (pos > 73) {
                out.print('\n');
                pos = 0;
            }
        }
        out.print(pos > 0 ? "\n" : "");
        return 0;
    }

    private int table() {
        StringBuilder line = new StringBuilder();
        for (int n = 1; n < 32; n++) {
            String num = Integer.toString(n);
            line.append(" ".repeat(2 - num.length())).append(num).append(' ').append(name(n));
            line.append(" ".repeat(8 - name(n).length()));
            if (n % 7 == 0 || n == 31) {
                out.print(line.toString().stripTrailing()).print('\n');
                line.setLength(0);
            }
        }
        return 0;
    }

    /** procps calls 29 POLL, not IO. */
    private static String name(int n) {
        return n == Signal.SIGIO.number ? "POLL" : Signal.nameOf(n);
    }
}
