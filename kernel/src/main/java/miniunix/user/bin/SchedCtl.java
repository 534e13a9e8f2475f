package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Proc;

/**
 * {@code sched set POLICY [param=value...]} and {@code sched show}: the live machine's
 * scheduling policy, read from and written to /proc/sys/kernel/sched_policy (the kernel
 * checks and applies the text; the runnable processes move into the new policy's queues).
 * {@code sched run} and {@code sched states} are the lab's (the system image dispatches).
 */
public final class SchedCtl extends Proc {
    private static final String FILE = "/proc/sys/kernel/sched_policy";
    private static final List<String> POLICIES = List.of("fifo", "sjf", "stcf", "rr", "mlfq",
            "prio", "cfs");
    private static final String USAGE = "usage: sched set POLICY [param=value...] | sched show\n"
            + "  POLICY: fifo, sjf, stcf, rr [quantum=TICKS], mlfq [queues=N quantum=Q0,Q1,..."
            + " allotment=A0,... boost=TICKS io-stay=0|1 io-front=0|1],\n"
            + "          prio [quantum=TICKS], cfs [latency=US min_granularity=US"
            + " wakeup_granularity=US]\n";
    private static final int BUF = 256;

    private enum Pc { START, OPENED, DONE_IO, CLOSED }

    private Pc pc = Pc.START;
    private boolean setting;
    private int fd;
    private byte[] buf = new byte[BUF];
    private int len;
    private long ioResult;

    public SchedCtl(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void deepen() {
        buf = buf.clone();
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case OPENED:
                if (ret < 0) {
                    perror(FILE, ret);
                    return exit(1);
                }
                fd = (int) ret;
                pc = Pc.DONE_IO;
                return setting ? Libc.write(fd, buf, 0, len) : Libc.read(fd, buf, 0, BUF);
            case DONE_IO:
                ioResult = ret;
                pc = Pc.CLOSED;
                return new Syscall.Close(fd);
            default:
                return finish();
        }
    }

    private Trap start() {
        List<String> args = argv.subList(1, argv.size());
        if (args.size() == 1 && args.get(0).equals("--help")) {
            out.print(USAGE);
            return exit(0);
        }
        if (args.size() == 1 && args.get(0).equals("show")) {
            pc = Pc.OPENED;
            return Libc.open(FILE, Fcntl.O_RDONLY, 0);
        }
        if (args.size() < 2 || !args.get(0).equals("set")) {
            err.print(USAGE);
            return exit(2);
        }
        if (!POLICIES.contains(args.get(1))) {
            return fail(1, "unknown policy '" + args.get(1) + "' (" + String.join(", ", POLICIES) + ")");
        }
        byte[] text = String.join(" ", args.subList(1, args.size())).getBytes(StandardCharsets.UTF_8);
        if (text.length > BUF) {
            return fail(1, "policy text too long");
        }
        System.arraycopy(text, 0, buf, 0, text.length);
        len = text.length;
        setting = true;
        pc = Pc.OPENED;
        return Libc.open(FILE, Fcntl.O_WRONLY, 0);
    }

    private Trap finish() {
        if (ioResult == Errno.EINVAL.ret() && setting) {
            return fail(1, "invalid parameters for " + argv.get(2) + ": "
                    + String.join(" ", argv.subList(3, argv.size())) + " (see sched --help)");
        }
        if (ioResult < 0) {
            perror(FILE, ioResult);
            return exit(1);
        }
        if (!setting) {
            out.print(new String(buf, 0, (int) ioResult, StandardCharsets.UTF_8));
        }
        return exit(0);
    }
}
