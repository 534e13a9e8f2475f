package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Utsname;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;
import miniunix.user.lib.Report;

/**
 * uname(1) of coreutils: the kernel's name, release and version, the machine and the
 * operating system as the reference machine reports them (uname-a.txt), and the node name
 * from /etc/hostname. -a prints all but -p and -i, which are "unknown".
 * <pre>
 *   struct utsname u; uname(&amp;u); printf("%s %s %s ...\n", u.sysname, u.nodename, ...);
 * </pre>
 * Simplified: there is no uname(2); the strings are those of the Debian 12 machine the
 * reference captures come from, and the node name is read from /etc/hostname ("(none)" as on
 * Linux if there is none).
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
    /** The fields in uname's order, with the values of uname-a.txt (nodename read). */
    private static final String FIELDS = "snrvmpio";
    private static final List<String> VALUES = List.of(Utsname.SYSNAME, "", Utsname.RELEASE,
            Utsname.VERSION, Utsname.MACHINE, "unknown", "unknown", "GNU/Linux");

    private String which = "s";
    private String nodename = "(none)";

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
        if (which.indexOf('n') >= 0) {
            fetch(Fetch.Kind.FILE, "/etc/hostname", 0);
        }
        return -1;
    }

    @Override
    protected void got(Fetch f) {
        String name = f.error == 0 ? f.text().split("\n", 2)[0].trim() : "";
        nodename = name.isEmpty() ? nodename : name;
    }

    @Override
    protected int report() {
        StringBuilder line = new StringBuilder();
        for (char c : which.toCharArray()) {
            line.append(line.length() > 0 ? " " : "");
            line.append(c == 'n' ? nodename : VALUES.get(FIELDS.indexOf(c)));
        }
        out.print(line.toString()).print('\n');
        return 0;
    }
}
