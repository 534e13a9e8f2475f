package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Utsname;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;
import miniunix.user.lib.Report;

/**
 * uname(1) of coreutils: the kernel's name, node name, release and version and the machine,
 * from uname(2) (asked only when one of them is to be printed, as coreutils does), and the
 * operating system, GNU/Linux. -a prints all but -p and -i, which are "unknown".
 * <pre>
 *   struct utsname u; if (uname(&amp;u) == -1) die("cannot get system name");
 *   printf("%s %s %s ...\n", u.sysname, u.nodename, ...);
 * </pre>
 */
public final class Uname extends Report {
    private static final String USAGE = "Usage: uname [OPTION]...\n"
            + "Print certain system information.  With no OPTION, same as -s.\n\n"
            + "  -a, --all                print all information, in the following order,\n"
            + "                             except omit -p and -i if unknown:\n"
            + "  -s, --kernel-name        print the kernel name\n"
            + "  -n, --nodename           print the network node hostname\n"
            + "  -r, --kernel-release     print the kernel release\n"
            + "  -v, --kernel-version     print the kernel version\n"
            + "  -m, --machine            print the machine hardware name\n"
            + "  -p, --processor          print the processor type (non-portable)\n"
            + "  -i, --hardware-platform  print the hardware platform (non-portable)\n"
            + "  -o, --operating-system   print the operating system\n"
            + "      --help        display this help and exit\n";
    private static final String LONG = "all=a kernel-name=s nodename=n kernel-release=r"
            + " kernel-version=v machine=m processor=p hardware-platform=i operating-system=o";
    /** The fields in uname's order; the first five are struct utsname's, in its order. */
    private static final String FIELDS = "snrvmpio";
    private static final List<String> OTHERS = List.of("unknown", "unknown", "GNU/Linux");

    private String which = "s";
    private byte[] uts = new byte[Utsname.SIZE];

    public Uname(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "asnrvmpio", LONG);
        int status = checkOpts(o, USAGE, 1);
        if (status < 0 && !o.operands.isEmpty()) {
            err.print(prog()).print(": extra operand ").print(Quote.quote(o.operands.get(0)));
            err.print('\n').print(Opts.tryHelp(prog())).print('\n');
            status = 1;
        }
        if (status >= 0) {
            return status;
        }
        StringBuilder w = new StringBuilder();
        for (char c : FIELDS.toCharArray()) {
            boolean all = o.has('a') && c != 'p' && c != 'i';
            w.append(all || o.has(c) ? String.valueOf(c) : "");
        }
        which = w.length() == 0 ? "s" : w.toString();
        return -1;
    }

    @Override
    protected Trap first() {
        boolean asks = which.chars().anyMatch(c -> FIELDS.indexOf(c) <= Utsname.MACHINE_FIELD);
        return asks ? Libc.uname(uts) : null;
    }

    @Override
    protected void firstDone(long ret) {
        if (ret < 0) {
            err.print(prog()).print(": cannot get system name: ").print(Errno.strerror(ret));
            err.print('\n');
            which = "";
        }
    }

    @Override
    protected void got(Fetch f) {
    }

    @Override
    protected int report() {
        if (which.isEmpty()) {
            return 1;
        }
        StringBuilder line = new StringBuilder();
        for (char c : which.toCharArray()) {
            line.append(line.length() > 0 ? " " : "");
            int i = FIELDS.indexOf(c);
            line.append(i <= Utsname.MACHINE_FIELD ? Utsname.field(uts, i)
                    : OTHERS.get(i - Utsname.MACHINE_FIELD - 1));
        }
        out.print(line.toString()).print('\n');
        return 0;
    }

    @Override
    protected void deepenReport() {
        uts = uts.clone();
    }
}
