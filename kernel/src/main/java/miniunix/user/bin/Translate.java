package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * translate PID VADDR: the page-table walk the MMU makes for VADDR in process PID, level by
 * level (each index, the table's frame and the entry), ending in the physical address or the
 * fault a reference would raise. VADDR is hex (0x...) or decimal. The walk changes nothing.
 */
public final class Translate extends Proc {
    private static final String USAGE = "Usage: translate PID VADDR\n"
            + "Show the page-table walk of VADDR (0x... or decimal) in process PID.\n";

    private byte[] buf = new byte[8192];
    private boolean asked;
    private int pid;

    public Translate(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (asked) {
            if (ret < 0) {
                String why = ret == Errno.EINVAL.ret() ? "no address space (a kernel thread or a zombie)"
                        : Errno.strerror(ret);
                return fail(1, "process " + pid + ": " + why);
            }
            out.print(new String(buf, 0, (int) ret, StandardCharsets.UTF_8));
            return exit(0);
        }
        Opts o = Opts.parse(argv, "");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        if (o.operands.size() != 2) {
            return fail(1, (o.operands.size() < 2 ? "missing operand" : "extra operand")
                    + "\n" + Opts.tryHelp(prog()));
        }
        String p = o.operands.get(0);
        String a = o.operands.get(1);
        if (!p.matches("[0-9]{1,9}")) {
            return fail(1, "invalid process id: " + p);
        }
        long vaddr = address(a);
        if (vaddr < 0) {
            return fail(1, "invalid address: '" + a + "'");
        }
        pid = Integer.parseInt(p);
        asked = true;
        return Libc.translate(pid, vaddr, buf);
    }

    /** A hex (0x...) or decimal address, or -1. */
    static long address(String a) {
        try {
            if (a.startsWith("0x") || a.startsWith("0X")) {
                return a.length() > 2 && a.length() <= 18 ? Long.parseUnsignedLong(a.substring(2), 16)
                        : -1;
            }
            return a.matches("[0-9]{1,19}") ? Long.parseLong(a) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    protected void deepen() {
        buf = buf.clone();
    }
}
