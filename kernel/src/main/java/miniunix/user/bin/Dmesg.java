package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Report;

/**
 * dmesg(1): prints the kernel's message buffer (OOM kills, ...), read from /proc/kmsg, each
 * line stamped with the seconds since boot as the kernel logged it.
 */
public final class Dmesg extends Report {
    private static final String USAGE = "Usage:\n dmesg\n\nDisplay the kernel message buffer.\n";
    private String text = "";
    private long error;

    public Dmesg(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        if (argv.size() > 1) {
            if (argv.get(1).equals("--help")) {
                out.print(USAGE);
                return 0;
            }
            err.print("dmesg: unrecognized option '" + argv.get(1) + "'\n");
            err.print("Try 'dmesg --help' for more information.\n");
            return 1;
        }
        fetch(Fetch.Kind.FILE, "/proc/kmsg", 0);
        return -1;
    }

    @Override
    protected void got(Fetch f) {
        error = f.error;
        text = f.error < 0 ? "" : f.text();
    }

    @Override
    protected int report() {
        if (error < 0) {
            err.print("dmesg: read kernel buffer failed: " + miniunix.kernel.uapi.Errno.strerror(error)
                    + "\n");
            return 1;
        }
        out.print(text);
        return 0;
    }
}
