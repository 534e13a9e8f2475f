package miniunix.user.sbin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.bin.Hostname;
import miniunix.user.lib.Proc;

/**
 * /sbin/init, pid 1, after sysvinit: names the machine from /etc/hostname (what Debian's
 * rcS script hostname.sh does: {@code hostname "$(cat /etc/hostname)"}, a name hostname(1)
 * accepts, else the kernel's "(none)" stays), then reads /etc/inittab ({@code id:runlevels:action:process}),
 * starts each entry in file order, then reaps children forever (orphans are re-parented to it).
 * Actions: sysinit and wait run to completion before the next entry; once starts and moves on;
 * respawn is started again whenever it exits. Every child calls setsid(); a {@code ttyN} entry
 * opens /dev/ttyN as fds 0-2 (the first open makes it the controlling terminal), any other
 * entry gets /dev/null (a daemon). Runlevels are not modelled: every entry runs.
 * <pre>
 *   sethostname(name, strlen(name));            // name: /etc/hostname's, blanks trimmed
 *   for (e in inittab) { if ((pid = fork()) == 0) { setsid(); open fds; execve(e.process); }
 *                        if (e.action is wait) waitpid(pid); }
 *   for (;;) wait(&amp;status);
 * </pre>
 */
public final class Init extends Proc {
    private enum Pc { HOSTNAME, NAMED, TAB, FORKED, SETSID, CLOSE, OPEN, EXEC, WAIT_ONE, REAP, NAP }

    /** One inittab line. */
    record Entry(String id, String action, List<String> argv) {
    }

    private Pc pc = Pc.HOSTNAME;
    private Fetch hostname = new Fetch(Fetch.Kind.FILE, "/etc/hostname", 0);
    private Fetch tab = new Fetch(Fetch.Kind.FILE, "/etc/inittab", 0);
    private List<Entry> entries = List.of();
    private int next;
    /** Every entry has been started once: init is in its reaping loop. */
    private boolean booted;
    /** The pid each entry runs as (respawn looks here), 0 when not running. */
    private int[] pids = new int[0];
    private int child;
    private int fdStep;
    private int[] status = new int[1];

    public Init(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case HOSTNAME: return readHostname(ret);
            case NAMED: pc = Pc.TAB; return readTab(0);
            case TAB: return readTab(ret);
            case FORKED: return forked(ret);
            case SETSID: return closeStd();
            case CLOSE: return closeStd();
            case OPEN: return openStd(ret);
            case EXEC: return fail(127, "cannot execute \"" + entry().argv().get(0) + "\": "
                    + Errno.strerror(ret));
            case WAIT_ONE: return waitOne(ret);
            default: return reap(ret);
        }
    }

    /** Reads /etc/hostname and gives the kernel its name, if it is one; then the inittab. */
    private Trap readHostname(long ret) {
        Trap t = hostname.next(ret);
        if (t != null) {
            return t;
        }
        String name = hostname.error < 0 ? "" : hostname.text().replaceAll("\n+$", "").strip();
        hostname = null;
        if (!Hostname.checkName(name)) {
            pc = Pc.TAB;
            return readTab(0);
        }
        pc = Pc.NAMED;
        return Libc.sethostname(name.getBytes(StandardCharsets.UTF_8));
    }

    private Entry entry() {
        return entries.get(next);
    }

    private Trap readTab(long ret) {
        Trap t = tab.next(ret);
        if (t != null) {
            return t;
        }
        if (tab.error < 0) {
            perror("/etc/inittab", tab.error);
        }
        entries = parse(tab.text());
        pids = new int[entries.size()];
        tab = null;
        next = -1;
        return startNext();
    }

    /** The entries of an inittab, comments and malformed lines skipped. */
    static List<Entry> parse(String text) {
        List<Entry> list = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(":", 4);
            if (line.startsWith("#") || f.length < 4 || f[3].isBlank()) {
                continue;
            }
            list.add(new Entry(f[0], f[2], List.of(f[3].trim().split(" +"))));
        }
        return List.copyOf(list);
    }

    private Trap startNext() {
        if (++next == entries.size()) {
            booted = true;
            return reap(0);
        }
        return fork();
    }

    private Trap fork() {
        pc = Pc.FORKED;
        return new Syscall.Fork();
    }

    private Trap forked(long ret) {
        if (ret == 0) {
            pc = Pc.SETSID;
            return new Syscall.Setsid();
        }
        if (ret > 0) {
            pids[next] = (int) ret;
        }
        String action = entry().action();
        if (ret > 0 && (action.equals("wait") || action.equals("sysinit"))) {
            pc = Pc.WAIT_ONE;
            return Libc.wait4((int) ret, status, 0);
        }
        return booted ? reap(0) : startNext();
    }

    /** Child: close fds 0-2 so that the three opens give 0, 1, 2. */
    private Trap closeStd() {
        if (pc != Pc.CLOSE) {
            pc = Pc.CLOSE;
            fdStep = 0;
        }
        if (fdStep < 3) {
            return new Syscall.Close(fdStep++);
        }
        pc = Pc.OPEN;
        fdStep = 0;
        return openStd(0);
    }

    private Trap openStd(long ret) {
        if (ret < 0) {
            return exit(1);
        }
        if (fdStep++ < 3) {
            String id = entry().id();
            String dev = id.matches("tty[0-9]+") ? "/dev/" + id : "/dev/null";
            return Libc.open(dev, Fcntl.O_RDWR, 0);
        }
        pc = Pc.EXEC;
        return Libc.execve(entry().argv().get(0), entry().argv(), envp);
    }

    private Trap waitOne(long ret) {
        if (ret == -Errno.EINTR.number) {
            return Libc.wait4(pids[next], status, 0);
        }
        pids[next] = 0;
        return startNext();
    }

    /** The reaping loop; restarts a respawn entry whose process was reaped. */
    private Trap reap(long ret) {
        if (pc == Pc.REAP && ret > 0) {
            for (int i = 0; i < pids.length; i++) {
                if (pids[i] == ret) {
                    pids[i] = 0;
                    if (entries.get(i).action().equals("respawn")) {
                        next = i;
                        return fork();
                    }
                }
            }
        }
        if (pc == Pc.REAP && ret == -Errno.ECHILD.number) {
            pc = Pc.NAP;
            return new Syscall.Nanosleep(1_000_000_000L);
        }
        pc = Pc.REAP;
        return Libc.wait4(-1, status, 0);
    }

    @Override
    protected void deepen() {
        tab = tab == null ? null : tab.copy();
        hostname = hostname == null ? null : hostname.copy();
        pids = pids.clone();
        status = Arrays.copyOf(status, 1);
    }
}
