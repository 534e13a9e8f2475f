package miniunix.user.sbin;

import java.util.List;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * A system daemon's main loop, reduced to what ps and the scheduler see: sleep for a period,
 * then do a little work, forever. init has already detached it (setsid, fds 0-2 on /dev/null).
 * Binaries runs these under their Debian names:
 * <ul>
 *   <li>/usr/sbin/cron -f: wakes every minute to check crontabs;</li>
 *   <li>/usr/sbin/rsyslogd -n: the system logger, flushing every few seconds;</li>
 *   <li>/usr/sbin/sshd -D: the OpenSSH server waiting for connections;</li>
 *   <li>/usr/local/bin/goserve: a small static-file web server written in Go (net/http on
 *       :8080), the Go program of the machine; its runtime's sysmon and GC make it wake often.</li>
 * </ul>
 * <pre>
 *   for (;;) { sleep(period); do_work(); }
 * </pre>
 */
public final class Daemon extends Proc {
    private final long periodTicks;
    private final long workTicks;
    private boolean asleep;

    public Daemon(List<String> argv, List<String> envp, long periodTicks, long workTicks) {
        super(argv, envp);
        this.periodTicks = periodTicks;
        this.workTicks = workTicks;
    }

    @Override
    protected Trap step(long ret) {
        asleep = !asleep;
        return asleep ? new Syscall.Nanosleep(periodTicks * 10_000_000L) : new Compute(workTicks);
    }
}
