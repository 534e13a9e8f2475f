package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * renice(1) of util-linux: {@code renice [-n] PRIORITY [-p] PID...} sets each process's nice
 * value to PRIORITY and reports {@code PID (process ID) old priority OLD, new priority NEW}.
 * Another user's process, or a lower value than it has, needs root: "failed to set priority
 * for PID (process ID): Operation not permitted" (or "Permission denied"), status 1, that
 * process unchanged. Only process IDs (-p) are supported, not -g or -u.
 */
public final class Renice extends Proc {
    private static final String USAGE = "\nUsage:\n renice [-n|--priority] <priority> [-p|--pid] <pid>...\n\n"
            + "Alter the priority of running processes.\n";
    private static final int NICE_BASE = 20;

    private enum Pc { START, GOT_OLD, SET, GOT_NEW }

    private Pc pc = Pc.START;
    private int priority;
    private List<Integer> pids = List.of();
    private int index;
    private long old;
    private int status;

    public Renice(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                Trap bad = parse();
                if (bad != null) {
                    return bad;
                }
                return nextPid();
            case GOT_OLD:
                if (ret < 0) {
                    failed("get", ret);
                    return nextPid();
                }
                old = NICE_BASE - ret;
                pc = Pc.SET;
                return new Syscall.Setpriority(Syscall.Getpriority.PRIO_PROCESS, pids.get(index), priority);
            case SET:
                if (ret < 0) {
                    failed("set", ret);
                    return nextPid();
                }
                pc = Pc.GOT_NEW;
                return new Syscall.Getpriority(Syscall.Getpriority.PRIO_PROCESS, pids.get(index));
            default:
                if (ret >= 0) {
                    out.print(pids.get(index) + " (process ID) old priority " + old
                            + ", new priority " + (NICE_BASE - ret) + "\n");
                }
                return nextPid();
        }
    }

    private void failed(String what, long ret) {
        err.print(prog()).print(": failed to " + what + " priority for " + pids.get(index)
                + " (process ID): " + Errno.strerror(ret) + "\n");
        status = 1;
    }

    private Trap nextPid() {
        index = pc == Pc.START ? 0 : index + 1;
        if (index >= pids.size()) {
            return exit(status);
        }
        pc = Pc.GOT_OLD;
        return new Syscall.Getpriority(Syscall.Getpriority.PRIO_PROCESS, pids.get(index));
    }

    private Trap parse() {
        List<String> a = argv.subList(1, argv.size());
        if (a.size() == 1 && (a.get(0).equals("--help") || a.get(0).equals("-h"))) {
            out.print(USAGE);
            return exit(0);
        }
        int i = 0;
        if (i < a.size() && (a.get(i).equals("-n") || a.get(i).equals("--priority"))) {
            i++;
        }
        if (i >= a.size()) {
            return fail(1, "not enough arguments\nTry 'renice --help' for more information.");
        }
        String p = a.get(i++);
        if (!p.matches("[-+]?[0-9]{1,9}")) {
            return fail(1, "invalid priority '" + p + "'\nTry 'renice --help' for more information.");
        }
        priority = (int) Math.max(-20, Math.min(19, Long.parseLong(p.startsWith("+") ? p.substring(1) : p)));
        List<Integer> list = new ArrayList<>();
        for (; i < a.size(); i++) {
            String s = a.get(i);
            if (s.equals("-p") || s.equals("--pid")) {
                continue;
            }
            if (s.equals("-g") || s.equals("-u") || s.equals("--pgrp") || s.equals("--user")) {
                return fail(1, "only process IDs (-p) are supported here");
            }
            if (!s.matches("[0-9]{1,9}")) {
                return fail(1, "invalid ID argument: '" + s + "'");
            }
            list.add(Integer.parseInt(s));
        }
        if (list.isEmpty()) {
            return fail(1, "not enough arguments\nTry 'renice --help' for more information.");
        }
        pids = List.copyOf(list);
        return null;
    }
}
