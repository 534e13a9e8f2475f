package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Utsname;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * hostname(1) of Debian's hostname 3.23: prints the kernel's node name (gethostname, which
 * glibc asks of uname(2); -s: up to the first dot); {@code hostname NAME} sets it with
 * sethostname(2), after trimming the blanks around NAME and checking it as RFC 1035 would
 * have it (letters, digits, '-' and '.', starting and ending with a letter or a digit).
 * <pre>
 *   if (name) { if (!check_name(name)) errx(1, "the specified hostname is invalid");
 *               if (sethostname(name, strlen(name))) { EPERM: errx(1, "you must be root ...") } }
 *   else { gethostname(buf, sizeof buf); puts(buf); }
 * </pre>
 * The name is the running kernel's: it lasts until the machine stops, and /etc/hostname (what
 * init names the machine at boot) is left as it is, as on Linux.
 */
public final class Hostname extends Proc {
    private static final String USAGE = "Usage: hostname [-s]                  display host name\n"
            + "       hostname NAME                 set host name\n"
            + "       hostname --help               print info and exit\n\n"
            + "Program options:\n"
            + "    -f, --fqdn, --long     long host name (FQDN)\n"
            + "    -s, --short            short host name\n";

    private enum Pc { START, SHOWN, SET }

    private Pc pc = Pc.START;
    private boolean shortName;
    private byte[] uts = new byte[Utsname.SIZE];

    public Hostname(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        return switch (pc) {
            case START -> start();
            case SHOWN -> show(ret);
            case SET -> set(ret);
        };
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "fs", "fqdn=f long=f short=s");
        if (o.error != null) {
            err.print(prog()).print(": ").print(o.error).print('\n').print(USAGE);
            return exit(255);
        }
        if (o.help) {
            out.print(USAGE);
            return exit(0);
        }
        shortName = o.has('s');
        if (o.operands.isEmpty()) {
            pc = Pc.SHOWN;
            return Libc.uname(uts);
        }
        String name = o.operands.get(0).strip();
        if (!checkName(name)) {
            return fail(1, "the specified hostname is invalid");
        }
        pc = Pc.SET;
        return Libc.sethostname(name.getBytes(StandardCharsets.UTF_8));
    }

    /** hostname's check_name: RFC 1035's rules, section 2.3.1 (init's test too). */
    public static boolean checkName(String name) {
        int n = name.length();
        if (n == 0 || !alnum(name.charAt(0)) || !alnum(name.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!alnum(c) && c != '-' && c != '.'
                    || c == '-' && (name.charAt(i - 1) == '.' || name.charAt(i + 1) == '.')
                    || c == '.' && name.charAt(i - 1) == '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private Trap show(long ret) {
        if (ret < 0) {
            perror("gethostname", ret);
            return exit(1);
        }
        String host = Utsname.field(uts, Utsname.NODENAME_FIELD);
        if (shortName && host.indexOf('.') >= 0) {
            host = host.substring(0, host.indexOf('.'));
        }
        out.print(host).print('\n');
        return exit(0);
    }

    private Trap set(long ret) {
        if (ret == Errno.EPERM.ret()) {
            return fail(1, "you must be root to change the host name");
        }
        if (ret == Errno.EINVAL.ret()) {
            return fail(1, "name too long");
        }
        return exit(0);     // hostname says nothing of another error, and exits 0
    }

    @Override
    protected void deepen() {
        uts = uts.clone();
    }
}
