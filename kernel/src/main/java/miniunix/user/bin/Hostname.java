package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * hostname(1) of net-tools: prints the host name, the first line of /etc/hostname (-s: up to
 * the first dot); {@code hostname NAME} sets it, which only root may do.
 * <pre>
 *   gethostname(buf, sizeof buf); puts(buf);            // or: sethostname(name, len)
 * </pre>
 * Simplified: the name lives only in /etc/hostname (there is no sethostname(2)), so setting
 * it rewrites the file, and a user who may not write it gets net-tools' message
 * {@code hostname: you must be root to change the host name}.
 */
public final class Hostname extends Proc {
    private static final String USAGE = "Usage: hostname [-s]                  display host name\n"
            + "       hostname NAME                 set host name\n"
            + "       hostname --help               print info and exit\n\n"
            + "Program options:\n"
            + "    -f, --fqdn, --long     long host name (FQDN)\n"
            + "    -s, --short            short host name\n";

    private enum Pc { START, READING, SETTING, WRITTEN }

    private Pc pc = Pc.START;
    private Fetch fetch;
    private boolean shortName;
    private String name;

    public Hostname(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case READING:
                Trap t = fetch.next(ret);
                return t != null ? t : print();
            case SETTING:
                if (ret < 0) {
                    return fail(1, "you must be root to change the host name");
                }
                pc = Pc.WRITTEN;
                byte[] b = (name + "\n").getBytes(StandardCharsets.UTF_8);
                return Libc.write((int) ret, b, 0, b.length);
            default:
                return exit(ret < 0 ? 1 : 0);
        }
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
        if (!o.operands.isEmpty()) {
            name = o.operands.get(0);
            pc = Pc.SETTING;
            return Libc.open("/etc/hostname", Fcntl.O_WRONLY | Fcntl.O_TRUNC, 0);
        }
        pc = Pc.READING;
        fetch = new Fetch(Fetch.Kind.FILE, "/etc/hostname", 0);
        return fetch.next(0);
    }

    private Trap print() {
        if (fetch.error < 0) {
            perror("/etc/hostname", fetch.error);
            return exit(1);
        }
        String host = fetch.text().split("\n", 2)[0].trim();
        if (shortName && host.indexOf('.') >= 0) {
            host = host.substring(0, host.indexOf('.'));
        }
        out.print(host).print('\n');
        return exit(0);
    }

    @Override
    protected void deepen() {
        fetch = fetch == null ? null : fetch.copy();
    }
}
