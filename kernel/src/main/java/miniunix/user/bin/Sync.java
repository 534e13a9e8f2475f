package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Libc;

/**
 * sync(1) of coreutils: with no operand, writes every dirty page to the disk (sync(2));
 * with files, writes each one's (fsync(2)). Either way it waits for the disk in state D,
 * which is the easiest way to see a process in D: {@code sync & ps}.
 * <pre>
 *   if (argc == 1) { sync(); return 0; }
 *   for (each file) { fd = open(file, O_RDONLY); fsync(fd); close(fd); }
 * </pre>
 */
public final class Sync extends Proc {
    private static final String USAGE = "Usage: sync [OPTION] [FILE]...\n"
            + "Synchronize cached writes to persistent storage\n\n"
            + "If one or more files are specified, sync only them,\n"
            + "or their containing file systems.\n";

    private enum Pc { START, SYNCED, OPENED, FSYNCED, CLOSED }

    private Pc pc = Pc.START;
    private List<String> files;
    private int next;
    private int fd;
    private boolean failed;

    public Sync(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        return switch (pc) {
            case START -> start();
            case SYNCED -> exit(0);
            case OPENED -> opened(ret);
            case FSYNCED -> fsynced(ret);
            case CLOSED -> nextFile();
        };
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        files = o.operands;
        if (files.isEmpty()) {
            pc = Pc.SYNCED;
            return new Syscall.Sync();
        }
        return nextFile();
    }

    private Trap nextFile() {
        if (next == files.size()) {
            return exit(failed ? 1 : 0);
        }
        pc = Pc.OPENED;
        return Libc.open(files.get(next), Fcntl.O_RDONLY, 0);
    }

    private Trap opened(long ret) {
        if (ret < 0) {
            return error("opening", ret);
        }
        fd = (int) ret;
        pc = Pc.FSYNCED;
        return new Syscall.Fsync(fd);
    }

    private Trap fsynced(long ret) {
        if (ret < 0) {
            report("syncing", ret);
        }
        next++;
        pc = Pc.CLOSED;
        return new Syscall.Close(fd);
    }

    private Trap error(String what, long ret) {
        report(what, ret);
        next++;
        return nextFile();
    }

    /** {@code sync: error opening 'x': No such file or directory}. */
    private void report(String what, long ret) {
        err.print(prog()).print(": error ").print(what).print(" '").print(files.get(next))
                .print("': ").print(Errno.strerror(ret)).print('\n');
        failed = true;
    }
}
