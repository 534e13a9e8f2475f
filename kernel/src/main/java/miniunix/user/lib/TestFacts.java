package miniunix.user.lib;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * What a test expression's file operators need, gathered by syscalls before it is evaluated
 * ({@link TestExpr} is pure), as a small state machine for whoever evaluates it: /bin/test and
 * the shell's test builtin. It asks isatty for the first {@code -t FD} (ioctl TIOCGPGRP), then
 * stat(2)s every operand a file test may apply to, once each (lstat(2) for an operand of -h or
 * -L, and then a link's target is stat(2)ed too, for any other test of it), and /proc/self for the caller's
 * uid and gid when an access or ownership test (-r -w -x -O -G) needs them. An expression
 * without file operators ({@code [ $i -lt 10 ]}) makes no call at all.
 */
public final class TestFacts implements TestExpr.Facts {
    private static final long SELF = -1;
    /** {@link #at} before the ioctl for -t, and while it is in flight. */
    private static final int ASK_TTY = -2;
    private static final int TTY_ASKED = -1;

    /** The files to stat, and their results (null: stat failed or not yet made). */
    private ArrayList<String> paths = new ArrayList<>();
    private ArrayList<StatBuf> stats = new ArrayList<>();
    private ArrayList<StatBuf> lstats = new ArrayList<>();
    /** The paths -h or -L test. */
    private ArrayList<String> links = new ArrayList<>();
    private final boolean ids;
    private int uid = -1;
    private int gid = -1;
    /** The fd of the first -t, asked with ioctl(TIOCGPGRP) before the stats; -1 if none. */
    private final int ttyFd;
    private boolean tty;
    /** The next call to make: the ioctl, 0..paths.size()-1 a stat, paths.size() /proc/self. */
    private int at;
    private Fetch fetch;

    /** The facts args (without the closing "]") may need. */
    public TestFacts(List<String> args) {
        boolean wantIds = false;
        int fd = -1;
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.length() == 2 && s.charAt(0) == '-') {
                wantIds |= "rwxOG".indexOf(s.charAt(1)) >= 0;
                if (fd < 0 && s.charAt(1) == 't' && i + 1 < args.size() && TestExpr.isFd(args.get(i + 1).strip())) {
                    fd = Integer.parseInt(args.get(i + 1).strip());
                }
            }
            if (!TestExpr.isFileOperand(args, i)) {
                continue;
            }
            if (i > 0 && (args.get(i - 1).equals("-h") || args.get(i - 1).equals("-L"))) {
                links.add(s);
            }
            if (!paths.contains(s)) {
                paths.add(s);
                stats.add(null);
                lstats.add(null);
            }
        }
        ids = wantIds;
        ttyFd = fd;
        at = fd < 0 ? 0 : ASK_TTY;
    }

    private TestFacts(TestFacts o) {
        paths = new ArrayList<>(o.paths);
        stats = new ArrayList<>();
        for (StatBuf st : o.stats) {
            stats.add(st == null ? null : st.copy());
        }
        links = new ArrayList<>(o.links);
        lstats = new ArrayList<>();
        for (StatBuf st : o.lstats) {
            lstats.add(st == null ? null : st.copy());
        }
        ids = o.ids;
        uid = o.uid;
        gid = o.gid;
        ttyFd = o.ttyFd;
        tty = o.tty;
        at = o.at;
        fetch = o.fetch == null ? null : o.fetch.copy();
    }

    /** The next call to make, or null when everything is gathered; ret is the last call's result. */
    public Trap next(long ret) {
        if (at == ASK_TTY) {
            at = TTY_ASKED;
            return new Syscall.Ioctl(ttyFd, Syscall.Ioctl.TIOCGPGRP, 0);
        }
        if (at == TTY_ASKED) {
            tty = ret >= 0;
            at = 0;
            ret = 0;
        }
        while (true) {
            if (fetch != null) {
                Trap t = fetch.next(ret);
                ret = 0;
                if (t != null) {
                    return t;
                }
                got(fetch);
                fetch = null;
                at++;
            }
            if (at < paths.size()) {
                fetch = new Fetch(links.contains(paths.get(at)) ? Fetch.Kind.LSTAT : Fetch.Kind.STAT,
                        paths.get(at), at);
            } else if (at == paths.size() && ids) {
                fetch = new Fetch(Fetch.Kind.STAT, "/proc/self", SELF);
            } else {
                return null;
            }
        }
    }

    private void got(Fetch f) {
        if (f.tag == SELF) {
            uid = f.error == 0 ? f.st.uid : -1;
            gid = f.error == 0 ? f.st.gid : -1;
        } else if (f.error == 0) {
            lstats.set((int) f.tag, f.st.copy());
            StatBuf followed = f.link == null ? f.st : f.target;
            stats.set((int) f.tag, followed == null ? null : followed.copy());
        }
    }

    @Override
    public StatBuf stat(String path) {
        int i = paths.indexOf(path);
        return i < 0 ? null : stats.get(i);
    }

    @Override
    public StatBuf lstat(String path) {
        int i = paths.indexOf(path);
        return i < 0 ? null : lstats.get(i);
    }

    @Override
    public int uid() {
        return uid;
    }

    @Override
    public int gid() {
        return gid;
    }

    @Override
    public boolean isatty(int fd) {
        return fd == ttyFd && tty;
    }

    /** A deep copy, for fork. */
    public TestFacts copy() {
        return new TestFacts(this);
    }
}
