package miniunix.user;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Touch;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Utsname;

/**
 * A test stand-in for the kernel: runs one Program against an in-memory tree of files,
 * performing the file syscalls it makes (open, read, write, close, stat, fstat, getdents64,
 * kill, nanosleep, exit). stdin is a byte string; stdout and stderr are collected. Writes can
 * be cut short ({@link #maxWrite}) to exercise partial-write handling.
 */
final class FakeSys {
    final TreeMap<String, byte[]> files = new TreeMap<>();
    final Map<String, Integer> uids = new HashMap<>();
    final Map<String, Integer> gids = new HashMap<>();
    /** Permission bits (and setuid/sticky) of a path, when not 0644 for files, 0755 for dirs. */
    final Map<String, Integer> modes = new HashMap<>();
    final List<String> kills = new ArrayList<>();
    final List<String> sigactions = new ArrayList<>();
    /** The boot time, in ns since the epoch (FileToolsTest's btime): the mtime of a file never touched. */
    static final long BOOT_NS = 1795426740L * 1_000_000_000L;
    /** Modification times in ns since the epoch, set by utimensat; stat reports boot for others. */
    final Map<String, Long> mtimes = new HashMap<>();
    /** The time now (utimensat's and CLOCK_REALTIME's), in ns since the epoch. */
    long now = BOOT_NS + 42_420_000_000L;
    /** The node name (uname, sethostname) and whether the program runs as root (may set it). */
    byte[] nodename = "miniunix".getBytes(StandardCharsets.UTF_8);
    boolean root = true;
    /** Paths whose open fails with EACCES. */
    final List<String> unreadable = new ArrayList<>();
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    /** stdout and stderr as a terminal shows them: in the order they were written. */
    final ByteArrayOutputStream both = new ByteArrayOutputStream();
    byte[] stdin = new byte[0];
    /** Whether fd 1 is a terminal (ioctl TIOCGPGRP succeeds). */
    boolean tty;
    /** The terminal's window (TIOCGWINSZ on fd 1 when tty): rows and columns. */
    int rows = 24;
    int cols = 80;
    boolean stdinIsPipe = true;
    int maxWrite = Integer.MAX_VALUE;
    long slept;
    long computed;
    /** Bytes of memory the program touched (Touch traps), and its program break. */
    long touched;
    private static final long BRK_START = 0x555555560000L;
    private long brk = BRK_START;
    private int stdinPos;
    /** The program's memory, where read and write pass their bytes. */
    final FakeMemory mem = new FakeMemory();
    private final Map<Integer, int[]> pos = new HashMap<>();
    private final Map<Integer, String> paths = new HashMap<>();
    private final List<Integer> appending = new ArrayList<>();
    private int nextFd = 3;

    FakeSys file(String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private long put(String dirMarker) {
        files.put(dirMarker, new byte[0]);
        return 0;
    }

    String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** Runs p until it exits; returns the exit status. */
    int run(Program p) {
        long ret = 0;
        for (int steps = 0; steps < 10_000_000; steps++) {
            Trap t = p.resume(ret, mem);
            if (t instanceof Syscall.Exit) {
                return ((Syscall.Exit) t).status();
            }
            if (t instanceof Touch) {
                touched += ((Touch) t).len();
                ret = 0;
                continue;
            }
            ret = t instanceof Compute ? compute((Compute) t) : call((Syscall) t);
        }
        throw new AssertionError("program did not exit");
    }

    private long compute(Compute c) {
        computed += c.ticks();
        return 0;
    }

    private long call(Syscall c) {
        if (c instanceof Syscall.Brk) {
            long a = ((Syscall.Brk) c).addr();
            brk = a >= BRK_START ? a : brk;
            return brk;
        }
        if (c instanceof Syscall.Write) {
            Syscall.Write w = (Syscall.Write) c;
            if (w.fd() > 2) {
                return writeFile(w);
            }
            int n = Math.min(w.len(), maxWrite);
            byte[] b = mem.bytes(w.buf(), n);
            (w.fd() == 2 ? stderr : stdout).write(b, 0, n);
            both.write(b, 0, n);
            return n;
        }
        if (c instanceof Syscall.Read) {
            return read((Syscall.Read) c);
        }
        if (c instanceof Syscall.Open) {
            return open(mem.cstring(((Syscall.Open) c).path()), ((Syscall.Open) c).flags());
        }
        if (c instanceof Syscall.Close) {
            return paths.remove(((Syscall.Close) c).fd()) == null ? Errno.EBADF.ret() : 0;
        }
        if (c instanceof Syscall.Stat) {
            StatBuf st = new StatBuf();
            return copyout(stat(mem.cstring(((Syscall.Stat) c).path()), st), st, ((Syscall.Stat) c).statbuf());
        }
        if (c instanceof Syscall.Lstat l) {
            StatBuf st = new StatBuf();     // no links here: lstat is stat
            return copyout(stat(mem.cstring(l.path()), st), st, l.statbuf());
        }
        if (c instanceof Syscall.Fstat) {
            Syscall.Fstat f = (Syscall.Fstat) c;
            StatBuf st = new StatBuf();
            return copyout(f.fd() == 0 && stdinIsPipe ? pipeStat(st) : stat(paths.get(f.fd()), st),
                    st, f.statbuf());
        }
        if (c instanceof Syscall.Getdents64) {
            return getdents((Syscall.Getdents64) c);
        }
        if (c instanceof Syscall.Kill) {
            Syscall.Kill k = (Syscall.Kill) c;
            kills.add(k.pid() + ":" + k.sig());
            return files.containsKey("/proc/" + k.pid() + "/stat") ? 0 : Errno.ESRCH.ret();
        }
        if (c instanceof Syscall.Mkdir) {
            String path = mem.cstring(((Syscall.Mkdir) c).path());
            return files.containsKey(path) || isDir(path) ? Errno.EEXIST.ret()
                    : put(path + "/");
        }
        if (c instanceof Syscall.Unlink) {
            String path = mem.cstring(((Syscall.Unlink) c).path());
            return isDir(path) ? Errno.EISDIR.ret()
                    : files.remove(path) == null ? Errno.ENOENT.ret() : 0;
        }
        if (c instanceof Syscall.Ioctl) {
            Syscall.Ioctl i = (Syscall.Ioctl) c;
            if (!tty || i.fd() != 1) {
                return Errno.ENOTTY.ret();
            }
            return i.request() == Syscall.Ioctl.TIOCGWINSZ ? Syscall.Ioctl.winsize(rows, cols) : 1;
        }
        if (c instanceof Syscall.ClockGettime g && g.clockid() == Syscall.ClockGettime.CLOCK_REALTIME) {
            byte[] ts = new byte[16];
            Le.putLong(ts, 0, now / 1_000_000_000L);
            Le.putLong(ts, 8, now % 1_000_000_000L);
            mem.store(g.tp(), ts, 0, 16);
            return 0;
        }
        if (c instanceof Syscall.Utimensat) {
            return utimensat((Syscall.Utimensat) c);
        }
        if (c instanceof Syscall.Rename) {
            return rename(mem.cstring(((Syscall.Rename) c).oldpath()), mem.cstring(((Syscall.Rename) c).newpath()));
        }
        if (c instanceof Syscall.RtSigaction) {
            Syscall.RtSigaction a = (Syscall.RtSigaction) c;
            String how = a.handler() == Syscall.RtSigaction.SIG_IGN ? "IGN)" : "DFL)";
            sigactions.add("rt_sigaction(" + a.sig() + ", SIG_" + how);
            return 0;
        }
        if (c instanceof Syscall.SchedYield) {
            return 0;
        }
        if (c instanceof Syscall.Uname u) {
            mem.store(u.buf(), Utsname.encode(nodename, Utsname.UNSET.getBytes(StandardCharsets.UTF_8)),
                    0, Utsname.SIZE);
            return 0;
        }
        if (c instanceof Syscall.Sethostname h) {
            if (!root) {
                return Errno.EPERM.ret();
            }
            if (h.len() < 0 || h.len() > Utsname.NEW_UTS_LEN) {
                return Errno.EINVAL.ret();
            }
            nodename = new byte[h.len()];
            mem.load(h.name(), nodename, 0, h.len());
            return 0;
        }
        if (c instanceof Syscall.Nanosleep) {
            slept += ((Syscall.Nanosleep) c).nanos();
            return 0;
        }
        throw new AssertionError("unexpected syscall " + c);
    }

    private long read(Syscall.Read r) {
        if (r.fd() == 0) {
            int n = Math.min(r.len(), stdin.length - stdinPos);
            mem.store(r.buf(), stdin, stdinPos, n);
            stdinPos += n;
            return n;
        }
        String path = paths.get(r.fd());
        if (path == null) {
            return Errno.EBADF.ret();
        }
        if (isDir(path)) {
            return Errno.EISDIR.ret();
        }
        byte[] data = files.get(path);
        int[] p = pos.get(r.fd());
        int n = Math.min(r.len(), data.length - p[0]);
        mem.store(r.buf(), data, p[0], n);
        p[0] += n;
        return n;
    }

    /** utimensat: now is {@link #now}; a path in {@link #unreadable} may not be touched. */
    private long utimensat(Syscall.Utimensat u) {
        String path = mem.cstring(u.path());
        if (!files.containsKey(path) && !isDir(path)) {
            return Errno.ENOENT.ret();
        }
        if (unreadable.contains(path)) {
            return Errno.EACCES.ret();
        }
        long m = Syscall.Utimensat.UTIME_NOW;
        if (u.times() != 0) {
            byte[] t = new byte[32];
            mem.load(u.times(), t, 0, 32);
            long nsec = Le.getLong(t, 24);
            m = nsec == Syscall.Utimensat.UTIME_NOW || nsec == Syscall.Utimensat.UTIME_OMIT ? nsec
                    : Le.getLong(t, 16) * 1_000_000_000L + nsec;
        }
        if (m != Syscall.Utimensat.UTIME_OMIT) {
            mtimes.put(path, m == Syscall.Utimensat.UTIME_NOW ? now : m);
        }
        return 0;
    }

    /** rename of a file (not a directory) to a new name in an existing directory. */
    private long rename(String from, String to) {
        String parent = to.substring(0, Math.max(0, to.lastIndexOf('/')));
        if (!files.containsKey(from)) {
            return isDir(from) ? Errno.EXDEV.ret() : Errno.ENOENT.ret();
        }
        if (isDir(to)) {
            return Errno.EISDIR.ret();
        }
        if (!parent.isEmpty() && !isDir(parent)) {
            return Errno.ENOENT.ret();
        }
        files.put(to, files.remove(from));
        return 0;
    }

    private long writeFile(Syscall.Write w) {
        String path = paths.get(w.fd());
        if (path == null) {
            return Errno.EBADF.ret();
        }
        byte[] data = files.get(path);
        int at = appending.contains(w.fd()) ? data.length : pos.get(w.fd())[0];
        byte[] grown = java.util.Arrays.copyOf(data, Math.max(data.length, at + w.len()));
        System.arraycopy(mem.bytes(w.buf(), w.len()), 0, grown, at, w.len());
        files.put(path, grown);
        pos.get(w.fd())[0] = at + w.len();
        return w.len();
    }

    private long open(String path, int flags) {
        path = path.equals("/proc/self") || path.startsWith("/proc/self/")
                ? path.replace("/proc/self", "/proc/" + self) : path;
        boolean write = (flags & Fcntl.O_ACCMODE) != Fcntl.O_RDONLY;
        if (isDir(path) && write) {
            return Errno.EISDIR.ret();
        }
        if (!files.containsKey(path) && !isDir(path) && (flags & Fcntl.O_CREAT) != 0) {
            String parent = path.substring(0, Math.max(0, path.lastIndexOf('/')));
            if (!parent.isEmpty() && !isDir(parent)) {
                return Errno.ENOENT.ret();
            }
            files.put(path, new byte[0]);
        }
        if (!files.containsKey(path) && !isDir(path)) {
            return Errno.ENOENT.ret();
        }
        if (write && (flags & Fcntl.O_TRUNC) != 0) {
            files.put(path, new byte[0]);
        }
        if (unreadable.contains(path)) {
            return Errno.EACCES.ret();
        }
        if ((flags & Fcntl.O_DIRECTORY) != 0 && !isDir(path)) {
            return Errno.ENOTDIR.ret();
        }
        int fd = nextFd++;
        if ((flags & Fcntl.O_APPEND) != 0) {
            appending.add(fd);
        }
        paths.put(fd, path);
        pos.put(fd, new int[1]);
        return fd;
    }

    int self = 1;

    private boolean isDir(String path) {
        String prefix = path.endsWith("/") ? path : path + "/";
        String next = files.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    private long stat(String path, StatBuf st) {
        path = path.replace("/proc/self", "/proc/" + self);
        if (files.containsKey(path)) {
            st.mode = StatBuf.S_IFREG | modes.getOrDefault(path, 0644);
            st.size = files.get(path).length;
            st.blocks = (st.size + 4095) / 4096 * 8;      // tmpfs: whole pages, none for a directory
        } else if (isDir(path)) {
            st.mode = StatBuf.S_IFDIR | modes.getOrDefault(path, 0755);
            st.size = 4096;
        } else {
            return Errno.ENOENT.ret();
        }
        st.nlink = 1;
        st.uid = uids.getOrDefault(path, 0);
        st.mtimeNs = mtimes.getOrDefault(path, BOOT_NS);
        st.gid = gids.getOrDefault(path, 0);
        st.ino = path.hashCode() & 0xffffffL;
        return 0;
    }

    /** A stat's struct to the program's memory, as the kernel copies it out. */
    private long copyout(long r, StatBuf st, long addr) {
        if (r == 0) {
            byte[] b = new byte[StatBuf.SIZE];
            st.encode(b, 0);
            mem.store(addr, b, 0, b.length);
        }
        return r;
    }

    private long pipeStat(StatBuf st) {
        st.mode = StatBuf.S_IFIFO | 0600;
        return 0;
    }

    /** Lists each direct child once (numeric /proc entries in numeric order), then ends. */
    private long getdents(Syscall.Getdents64 g) {
        int[] p = pos.get(g.fd());
        if (p[0] > 0) {
            return 0;
        }
        p[0] = 1;
        String dir = paths.get(g.fd());
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        TreeMap<Long, String> numeric = new TreeMap<>();
        List<String> named = new ArrayList<>();
        for (String f : files.subMap(prefix, prefix + "\uffff").keySet()) {
            String rest = f.substring(prefix.length());
            String name = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            if (name.isEmpty()) {
                continue;
            }
            if (name.matches("[0-9]+")) {
                numeric.put(Long.parseLong(name), name);
            } else if (!named.contains(name)) {
                named.add(name);
            }
        }
        List<String> all = new ArrayList<>(numeric.values());
        all.addAll(named);
        byte[] buf = new byte[g.count()];
        int off = 0;
        for (String name : all) {
            byte[] b = name.getBytes(StandardCharsets.UTF_8);
            int reclen = (19 + b.length + 1 + 7) & ~7;
            Le.putLong(buf, off, name.hashCode() & 0xffffffL);
            Le.putLong(buf, off + 8, off + reclen);
            Le.putShort(buf, off + 16, (short) reclen);
            buf[off + 18] = (byte) (isDir(prefix + name) ? StatBuf.DT_DIR : StatBuf.DT_REG);
            System.arraycopy(b, 0, buf, off + 19, b.length);
            off += reclen;
        }
        mem.store(g.dirp(), buf, 0, off);
        return off;
    }
}
