package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.CpuMask;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Proc;

/**
 * taskset(1) of util-linux: a process's CPU affinity. {@code taskset -p [MASK] PID} shows
 * (and sets) it as a hex mask, {@code -c} as a list ("0,2-3"); {@code taskset [-c] MASK|LIST
 * COMMAND [ARG]...} runs COMMAND pinned. A mask naming no CPU of the machine is refused by
 * the kernel: "failed to set pid N's affinity: Invalid argument", status 1, nothing changed.
 */
public final class Taskset extends Proc {
    private static final String USAGE = "Usage: taskset [options] [mask | cpu-list] [pid|cmd [args...]]\n\n"
            + "Show or change the CPU affinity of a process.\n\n"
            + " -p, --pid               operate on existing given pid\n"
            + " -c, --cpu-list          display and specify cpus in list format\n";

    private enum Pc { START, GOT, SET, GOT_NEW, EXEC }

    private Pc pc = Pc.START;
    private boolean list;
    private boolean pidMode;
    private long mask;
    private boolean setting;
    private int pid;
    private List<String> command = List.of();
    private Execvp exec;

    public Taskset(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case GOT:
                if (ret < 0) {
                    return fail(1, "failed to get pid " + pid + "'s affinity: " + Errno.strerror(ret));
                }
                show("current", ret);
                if (!setting) {
                    return exit(0);
                }
                pc = Pc.SET;
                return new Syscall.SchedSetaffinity(pid, mask);
            case SET:
                if (ret < 0) {
                    return fail(1, "failed to set pid " + pid + "'s affinity: " + Errno.strerror(ret));
                }
                if (!pidMode) {
                    pc = Pc.EXEC;
                    exec = new Execvp(command, envp);
                    return exec.next(0);
                }
                pc = Pc.GOT_NEW;
                return new Syscall.SchedGetaffinity(pid);
            case GOT_NEW:
                show("new", ret);
                return exit(0);
            default:
                Trap t = exec.next(ret);
                if (t != null) {
                    return t;
                }
                perror("failed to execute " + exec.name(), exec.error());
                return exit(exec.status() == 127 ? 1 : exec.status());
        }
    }

    private void show(String which, long m) {
        out.print("pid " + pid + "'s " + which + " affinity " + (list ? "list: " + CpuMask.list(m)
                : "mask: " + Long.toHexString(m)) + "\n");
    }

    private Trap start() {
        int i = 1;
        for (; i < argv.size() && argv.get(i).startsWith("-") && argv.get(i).length() > 1; i++) {
            String a = argv.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return exit(0);
            }
            if (a.equals("--pid")) {
                pidMode = true;
            } else if (a.equals("--cpu-list")) {
                list = true;
            } else if (a.matches("-[pca]+")) {
                pidMode |= a.indexOf('p') > 0;
                list |= a.indexOf('c') > 0;
            } else {
                return fail(1, "invalid option -- '" + a.substring(1) + "'\n"
                        + "Try 'taskset --help' for more information.");
            }
        }
        List<String> rest = argv.subList(i, argv.size());
        if (pidMode ? rest.isEmpty() || rest.size() > 2 : rest.size() < 2) {
            err.print(USAGE);
            return exit(1);
        }
        if (pidMode) {
            String p = rest.get(rest.size() - 1);
            if (!p.matches("[0-9]{1,9}")) {
                return fail(1, "invalid PID argument: '" + p + "'");
            }
            pid = Integer.parseInt(p);
            setting = rest.size() == 2;
        } else {
            setting = true;
            command = List.copyOf(rest.subList(1, rest.size()));
        }
        if (setting) {
            String m = rest.get(0);
            mask = list ? parseList(m) : parseMask(m);
            if (mask == -1) {
                return fail(1, "failed to parse CPU " + (list ? "list" : "mask") + ": " + m);
            }
        }
        if (!pidMode) {
            pc = Pc.SET;
            return new Syscall.SchedSetaffinity(0, mask);
        }
        pc = Pc.GOT;
        return new Syscall.SchedGetaffinity(pid);
    }

    /** A hex mask ("3", "0x3"), or -1. */
    static long parseMask(String s) {
        String h = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        if (!h.matches("[0-9a-fA-F]{1,15}")) {
            return -1;
        }
        return Long.parseLong(h, 16);
    }

    /** A CPU list ("0,2-3"), or -1. */
    static long parseList(String s) {
        long m = 0;
        for (String part : s.split(",", -1)) {
            if (!part.matches("[0-9]{1,2}(-[0-9]{1,2})?")) {
                return -1;
            }
            String[] ends = part.split("-");
            int lo = Integer.parseInt(ends[0]);
            int hi = ends.length > 1 ? Integer.parseInt(ends[1]) : lo;
            if (lo > hi || hi > 63) {
                return -1;
            }
            for (int c = lo; c <= hi; c++) {
                m |= 1L << c;
            }
        }
        return m;
    }
}
