package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Mman;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.SyscallText;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Proc;

/**
 * sys: {@code sys [--as PID] NAME [ARG]...} makes one raw syscall in the context of the
 * shell (its parent) or of process PID, and prints it as strace does with its result:
 * {@code pipe([3, 4]) = 0}, {@code wait4(31, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0,
 * NULL) = 31}, {@code kill(1, SIGKILL) = -1 EPERM (Operation not permitted)}. A student
 * builds each state of a process's life by hand (fork, exit, wait4, kill...) and reads
 * the errno of each mistake. Exit status 0 if the call succeeded, 1 if it failed (or could
 * not be injected), 2 for a bad command line (nothing is called then).
 * <pre>
 *   long r; if (miniunix_inject(pid, &amp;call, &amp;r) &lt; 0) err(1, "--as %d", pid);
 *   print_call(&amp;call, r); exit(r &lt; 0);
 * </pre>
 * The call runs as the target's own (kernel.trace.Injector): {@code sys pipe} gives the shell
 * two new fds, {@code sys fork} gives it a child (one that pauses, as the fork builtin's),
 * {@code sys exit 0} ends the shell. Arguments: see {@link SysArgs}.
 *
 * <p>A call's buffers are user addresses in the target, so sys does what a debugger does to
 * call a function in its inferior: it maps a scratch page in the target (an injected mmap),
 * places the call's struct arguments there (process_vm_writev), makes the call, reads its
 * out-parameters back (process_vm_readv) to print them, and unmaps the page. An address given
 * on the command line is used as it is, and printed as an address.
 */
public final class Sys extends Proc {
    private static final String USAGE = "Usage: sys [--as PID] NAME [ARG]...\n"
            + "Make one system call NAME in the context of the shell, or of process PID,\n"
            + "and print it as strace(1) does, with its result.\n";
    private static final int RESULT_COLUMN = 39;

    private enum Step { START, GETPPID, MAPPED, PLACED, INJECTED, READ_BACK, UNMAPPED, EXIT }

    private Step step = Step.START;
    private int target;
    private String name;
    private List<String> args;
    private SysArgs.Built built;
    private Syscall call;
    /** The call's result, and the scratch page's address in the target (0: none) and copy. */
    private long callResult;
    private long scratch;
    private byte[] back;
    private long[] result = new long[1];

    public Sys(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void deepen() {
        result = result.clone();
    }

    @Override
    protected Trap step(long ret) {
        switch (step) {
            case START: return start();
            case GETPPID:
                target = (int) ret;
                return prepare();
            case MAPPED: return mapped(ret);
            case PLACED:
                if (ret < 0) {
                    return fail(1, "--as " + target + ": " + Errno.strerror(ret));
                }
                return inject();
            case INJECTED: return injected(ret);
            case READ_BACK:
                step = Step.UNMAPPED;
                return injectCall(new Syscall.Munmap(scratch, pages(built.len())));
            case UNMAPPED: return print();
            default: return exit(0);
        }
    }

    private Trap start() {
        int i = 1;
        if (i < argv.size() && (argv.get(i).equals("--help") || argv.get(i).equals("-h"))) {
            out.print(USAGE);
            return exit(0);
        }
        if (i < argv.size() && argv.get(i).equals("--as")) {
            if (i + 1 == argv.size() || !argv.get(i + 1).matches("[0-9]{1,9}")) {
                return fail(2, "--as: a process id is required");
            }
            target = Integer.parseInt(argv.get(i + 1));
            i += 2;
        }
        if (i == argv.size()) {
            err.print(USAGE);
            return exit(2);
        }
        name = argv.get(i);
        args = argv.subList(i + 1, argv.size());
        try {
            built = SysArgs.build(name, args, 0);
        } catch (SysArgs.BadArgs e) {
            return fail(2, e.getMessage());
        }
        call = built.call();
        if (target == 0) {
            step = Step.GETPPID;
            return new Syscall.Getppid();
        }
        return prepare();
    }

    /** The scratch page first, if the call has buffers. */
    private Trap prepare() {
        if (built.len() == 0) {
            return inject();
        }
        step = Step.MAPPED;
        return injectCall(new Syscall.Mmap(0, pages(built.len()), Mman.PROT_READ | Mman.PROT_WRITE,
                Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0));
    }

    private static long pages(int len) {
        return (len + 4095L) & ~4095L;
    }

    private Trap mapped(long ret) {
        if (ret < 0 || result[0] < 0) {
            return fail(1, "--as " + target + ": " + Errno.strerror(ret < 0 ? ret : result[0]));
        }
        scratch = result[0];
        built = SysArgs.build(name, args, scratch);
        call = built.call();
        if (built.init().length > 0) {
            step = Step.PLACED;
            return Libc.processVmWritev(target, scratch, built.init());
        }
        return inject();
    }

    private Trap inject() {
        step = Step.INJECTED;
        return injectCall(call);
    }

    private Trap injectCall(Syscall c) {
        return Libc.inject(target, c, result);
    }

    private Trap injected(long ret) {
        if (ret < 0) {
            step = Step.EXIT;
            return fail(1, "--as " + target + ": " + Errno.strerror(ret));
        }
        callResult = result[0];
        if (scratch == 0) {
            return print();
        }
        step = Step.READ_BACK;
        back = new byte[built.len()];
        return Libc.processVmReadv(target, scratch, back);
    }

    private Trap print() {
        step = Step.EXIT;
        long r = callResult;
        UserMemory view = scratch == 0 ? null : new Scratch(scratch, back);
        StringBuilder line = new StringBuilder(SyscallText.call(call, r, view));
        line.append(" ".repeat(Math.max(0, RESULT_COLUMN - line.length())));
        line.append(" = ").append(SyscallText.result(call, r, false, view)).append('\n');
        out.print(line.toString());
        return exit(r < 0 ? 1 : 0);
    }

    /** The scratch page's bytes as read back: what the printer peeks at. */
    private record Scratch(long base, byte[] bytes) implements UserMemory {
        @Override
        public boolean peek(long addr, byte[] dst, int off, int len) {
            // The page mapped holds the bytes read back, then zeros to its end.
            if (addr < base || addr + len > base + pages(bytes.length)) {
                return false;
            }
            java.util.Arrays.fill(dst, off, off + len, (byte) 0);
            int n = (int) Math.max(0, Math.min(len, base + bytes.length - addr));
            System.arraycopy(bytes, (int) (addr - base), dst, off, n);
            return true;
        }

        @Override
        public void load(long addr, byte[] dst, int off, int len) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void store(long addr, byte[] src, int off, int len) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long sp() {
            return 0;
        }
    }
}
