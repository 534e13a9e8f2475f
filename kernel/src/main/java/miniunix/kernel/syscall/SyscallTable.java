package miniunix.kernel.syscall;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.fs.DeviceFile;
import miniunix.kernel.fs.DirFile;
import miniunix.kernel.fs.Inode;
import miniunix.kernel.fs.OpenFile;
import miniunix.kernel.fs.PipeEnd;
import miniunix.kernel.fs.RegularFile;
import miniunix.kernel.fs.Vfs;
import miniunix.kernel.ipc.Pipe;
import miniunix.kernel.proc.Credentials;
import miniunix.kernel.proc.Lifecycle;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.proc.Rlimits;
import miniunix.kernel.proc.WaitQueue;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.signal.Signals;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Mman;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.Rlimit;
import miniunix.kernel.uapi.SchedPolicy;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.StatfsBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Sysno;
import miniunix.kernel.uapi.Utsname;
import miniunix.kernel.uapi.Wait;

/**
 * The one door into the kernel (xv6 syscall.c + sysproc.c + sysfile.c): every trap a program
 * makes comes through {@link #dispatch}, which counts it, checks its arguments and calls the
 * subsystem. The handlers are as thin as xv6's sys_* wrappers.
 *
 * <p>A handler returns a value >= 0, -errno, {@link Ret#BLOCK} (the caller sleeps and the call
 * is performed again when it wakes) or {@link Ret#NORETURN} (exit, a successful execve).
 * Subsystems that find an error deep down throw {@link SyscallError}; it is caught only here.
 */
public final class SyscallTable implements Syscall.Handler<Long> {
    /** getpriority(2)'s result is NICE_BASE - nice, as Linux's system call returns it. */
    private static final int NICE_BASE = 20;
    private static final int NICE_MIN = -20;
    private static final int NICE_MAX = 19;
    private final Kernel k;
    private final Lifecycle life;
    private final long[] counts = new long[Sysno.values().length];
    /** The process whose syscall is being handled. */
    private Proc p;
    /** The most a read or write moves in one call (it bounds the host memory one call takes). */
    static final int MAX_RW = 64 << 20;
    /** The bounce buffer is kept between calls up to this size. */
    private static final int BOUNCE_KEPT = 1 << 20;
    /**
     * Where read's data waits for copyout and write's after copyin: file systems, pipes and
     * the tty work on kernel memory, never on a user address.
     */
    private byte[] bounce = new byte[8192];
    /** Where a struct is built before copyout, or lands after copyin (the largest is 144 bytes). */
    private final byte[] struct = new byte[256];
    private static final int PAGE = miniunix.kernel.mm.FrameTable.PAGE_SIZE;
    /** Where a path is copied in (getname's buffer; execve's pointers too, after its path). */
    private final byte[] pathBuf = new byte[Vfs.PATH_MAX];
    /** Where execve copies each argument and environment string in; made on first use. */
    private byte[] argBuf;
    /** What wait4 found, before it is copied out. */
    private final Lifecycle.Reported reported = new Lifecycle.Reported();

    public SyscallTable(Kernel k) {
        this.k = k;
        this.life = k.lifecycle();
    }

    /**
     * Performs one syscall for p. A traced caller's call is shown to its tracer when it
     * returns (kernel.trace.Ptrace), and waits first while the tracer is behind.
     */
    public long dispatch(Proc caller, Syscall call) {
        if (caller.tracedBy != null && k.ptrace().beforeSyscall(caller, call)) {
            return Ret.BLOCK;
        }
        counts[call.sysno().ordinal()]++;
        p = caller;
        long r;
        try {
            r = call.accept(this);
        } catch (SyscallError e) {
            r = e.errno.ret();
        } finally {
            p = null;
        }
        if (caller.tracedBy != null && r != Ret.BLOCK) {
            k.ptrace().afterSyscall(caller, call, r);
        }
        return r;
    }

    /** The process whose syscall is being performed now, or null (the kernel's own work). */
    public Proc caller() {
        return p;
    }

    /** How many times each syscall has been made since boot. */
    public long count(Sysno s) {
        return counts[s.ordinal()];
    }

    private OpenFile file(int fd) {
        if (fd < 0 || fd >= p.fds.length || p.fds[fd] == null) {
            throw new SyscallError(Errno.EBADF);
        }
        return p.fds[fd];
    }

    /**
     * getname: a path argument copied in from the caller's memory (strncpy_from_user), a C
     * string: EFAULT for a bad address or one unterminated at the end of its mapping,
     * ENAMETOOLONG without a NUL in the first PATH_MAX bytes.
     */
    private String path(long va) {
        long n = k.mm().copy().strncpy(p, tlb(), va, pathBuf, Vfs.PATH_MAX);
        if (n < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        if (n == Vfs.PATH_MAX) {
            throw new SyscallError(Errno.ENAMETOOLONG);
        }
        return new String(pathBuf, 0, (int) n, StandardCharsets.UTF_8);
    }

    // Files.

    @Override
    public Long read(Syscall.Read c) {
        OpenFile f = file(c.fd());
        int len = userLength(c.len());
        // access_ok before the file gives up data (a pipe's bytes would be lost on EFAULT).
        if (!k.mm().copy().accessOk(p.mm, c.buf(), len, true)) {
            throw new SyscallError(Errno.EFAULT);
        }
        byte[] b = bounce(len);
        long n = f.read(k, p, b, 0, len);
        if (n > 0 && k.mm().copy().copyout(p, tlb(), c.buf(), b, 0, (int) n) < 0) {
            n = Errno.EFAULT.ret();
        }
        if (n != Ret.BLOCK) {     // a blocked call is made again: count it once, when done
            p.syscr++;
            p.rchar += Math.max(0, n);
        }
        return n;
    }

    @Override
    public Long write(Syscall.Write c) {
        OpenFile f = file(c.fd());
        int len = userLength(c.len());
        byte[] b = bounce(len);
        if (k.mm().copy().copyin(p, tlb(), c.buf(), b, 0, len) < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        long n = f.write(k, p, b, 0, len);
        if (n != Ret.BLOCK) {     // a blocked call is made again: count it once, when done
            p.syscw++;
            p.wchar += Math.max(0, n);
        }
        return n;
    }

    /**
     * A read or write's count: negative is EFAULT (size_t's huge values), and one call moves
     * at most {@link #MAX_RW} bytes (Linux's MAX_RW_COUNT, smaller): a short count, which
     * every caller already handles.
     */
    private static int userLength(int len) {
        if (len < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        return Math.min(len, MAX_RW);
    }

    /** The kernel's bounce buffer for read and write, at least len bytes; reused up to 1 MiB. */
    private byte[] bounce(int len) {
        if (bounce.length >= len) {
            return bounce;
        }
        if (len > BOUNCE_KEPT) {
            return new byte[len];
        }
        bounce = new byte[Math.max(len, Math.min(BOUNCE_KEPT, bounce.length * 2))];
        return bounce;
    }

    /** The TLB of the CPU the caller runs on; null for a call made while it is off CPU. */
    private miniunix.kernel.mm.Tlb tlb() {
        return p.onCpu >= 0 ? k.mm().tlb(p.onCpu) : null;
    }

    @Override
    public Long open(Syscall.Open c) {
        OpenFile f = k.vfs().open(p, path(c.path()), c.flags(), c.mode());
        return (long) life.installFd(p, f, 0, (c.flags() & Fcntl.O_CLOEXEC) != 0);
    }

    @Override
    public Long close(Syscall.Close c) {
        file(c.fd());
        life.closeFd(p, c.fd());
        return 0L;
    }

    @Override
    public Long stat(Syscall.Stat c) {
        StatBuf st = new StatBuf();
        k.vfs().stat(p, path(c.path()), st);
        return copyoutStat(st, c.statbuf());
    }

    @Override
    public Long statfs(Syscall.Statfs c) {
        StatfsBuf st = new StatfsBuf();
        k.vfs().statfs(p, path(c.path()), st);
        st.encode(struct, 0);
        copyout(c.buf(), struct, StatfsBuf.SIZE);
        return 0L;
    }

    @Override
    public Long fstat(Syscall.Fstat c) {
        OpenFile f = file(c.fd());
        StatBuf st = new StatBuf();
        f.stat(st);
        return copyoutStat(st, c.statbuf());
    }

    /** cp_new_stat: st as a struct stat at the user address statbuf, its times since the epoch. */
    private long copyoutStat(StatBuf st, long statbuf) {
        long boot = k.options().bootEpoch() * 1_000_000_000L;     // the fs counts from boot
        st.atimeNs += boot;
        st.mtimeNs += boot;
        st.ctimeNs += boot;
        st.encode(struct, 0);
        copyout(statbuf, struct, StatBuf.SIZE);
        return 0L;
    }

    /** copy_to_user of b[0..len) to the user address va of the caller; EFAULT if it can't. */
    private void copyout(long va, byte[] b, int len) {
        if (k.mm().copy().copyout(p, tlb(), va, b, 0, len) < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
    }

    /** copy_from_user of len bytes at the user address va into struct; EFAULT if it can't. */
    private byte[] copyin(long va, int len) {
        if (k.mm().copy().copyin(p, tlb(), va, struct, 0, len) < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        return struct;
    }

    // Memory.

    @Override
    public Long mmap(Syscall.Mmap c) {
        RegularFile f = null;
        if ((c.flags() & Mman.MAP_ANONYMOUS) == 0) {
            OpenFile of = file(c.fd());
            if (!(of instanceof RegularFile rf)) {
                throw new SyscallError(Errno.ENODEV);
            }
            f = rf;
        }
        return k.mm().mmap().mmap(p, c.addr(), c.len(), c.prot(), c.flags(),
                f == null ? null : f.inode, f == null ? null : f.path,
                f == null || f.readable(), f == null || f.writable(), c.offset());
    }

    @Override
    public Long mprotect(Syscall.Mprotect c) {
        return k.mm().mmap().mprotect(p, c.addr(), c.len(), c.prot());
    }

    @Override
    public Long munmap(Syscall.Munmap c) {
        return k.mm().mmap().munmap(p, c.addr(), c.len());
    }

    @Override
    public Long brk(Syscall.Brk c) {
        return k.mm().mmap().brk(p, c.addr());
    }

    @Override
    public Long translate(Syscall.Translate c) {
        if (c.len() < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        Proc t = k.procs().get(c.pid());
        if (t == null || t.state == miniunix.kernel.proc.ProcState.DEAD) {
            throw new SyscallError(Errno.ESRCH);
        }
        if (p.uid != 0 && p.uid != t.uid) {
            throw new SyscallError(Errno.EPERM);
        }
        if (t.mm == null) {
            throw new SyscallError(Errno.EINVAL);
        }
        byte[] text = k.mm().walkText(t, c.vaddr()).getBytes(StandardCharsets.UTF_8);
        int n = Math.min(text.length, c.len());
        copyout(c.buf(), text, n);
        return (long) n;
    }

    @Override
    public Long fchown(Syscall.Fchown c) {
        OpenFile f = file(c.fd());
        Inode i = inodeOf(f);
        if (i == null) {
            throw new SyscallError(Errno.EPERM);    // Simplified: pipes and /proc
        }
        // Linux's chown_ok and chgrp_ok: the owner may give its file one of its own groups.
        boolean owner = p.uid == i.uid && (c.uid() == -1 || c.uid() == i.uid);
        boolean group = c.gid() == -1 || c.gid() == i.gid || Credentials.inGroup(p, c.gid());
        boolean same = (c.uid() == -1 || c.uid() == i.uid) && (c.gid() == -1 || c.gid() == i.gid);
        if (p.uid != 0 && !same && !(owner && group)) {
            throw new SyscallError(Errno.EPERM);
        }
        i.uid = c.uid() == -1 ? i.uid : c.uid();
        i.gid = c.gid() == -1 ? i.gid : c.gid();
        i.ctimeTicks = k.now();
        return 0L;
    }

    /** The inode behind an open file, or null for a pipe or a /proc file. */
    private static Inode inodeOf(OpenFile f) {
        return f instanceof DeviceFile d ? d.inode : f instanceof RegularFile r ? r.inode
                : f instanceof DirFile d ? d.inode : null;
    }

    @Override
    public Long chmod(Syscall.Chmod c) {
        k.vfs().chmod(p, path(c.path()), c.mode());
        return 0L;
    }

    @Override
    public Long fchmod(Syscall.Fchmod c) {
        OpenFile f = file(c.fd());
        Inode i = inodeOf(f);
        if (i == null) {
            throw new SyscallError(Errno.EPERM);    // Simplified: pipes and /proc
        }
        Vfs.setMode(p, i, c.mode(), k.now());
        return 0L;
    }

    @Override
    public Long fchmodat(Syscall.Fchmodat c) {
        k.vfs().chmod(p, atPath(c.dirfd(), c.path()), c.mode());
        return 0L;
    }

    @Override
    public Long fsync(Syscall.Fsync c) {
        OpenFile f = file(c.fd());
        if (!(f instanceof RegularFile r)) {
            throw new SyscallError(Errno.EINVAL);
        }
        return waitForWriteback(k.vfs().writeback(r.inode), WaitReason.FSYNC);
    }

    @Override
    public Long sync(Syscall.Sync c) {
        return waitForWriteback(k.vfs().writebackAll(), WaitReason.SYNC);
    }

    /**
     * Writes bytes to the disk and sleeps in D until done. The call is performed again when
     * the disk wakes the caller: then its request is done, and it returns 0.
     */
    private long waitForWriteback(long bytes, WaitReason why) {
        if (p.ioWait != null && p.ioWait.isDone()) {
            p.ioWait = null;
            return 0L;
        }
        if (bytes == 0) {
            return 0L;
        }
        k.waitForDisk(p, bytes, why);
        return Ret.BLOCK;
    }

    @Override
    public Long pipe(Syscall.Pipe c) {
        Pipe pipe = new Pipe();
        long ino = k.forks() * 31 + k.now();
        PipeEnd r = new PipeEnd(pipe, false, ino);
        PipeEnd w = new PipeEnd(pipe, true, ino);
        int rfd = life.installFd(p, r, 0, false);
        int wfd;
        try {
            wfd = life.installFd(p, w, 0, false);
        } catch (SyscallError e) {
            life.closeFd(p, rfd);
            w.release(k);
            throw e;
        }
        // As Linux's do_pipe2: the fds are made, then copied out; if that fails they go.
        Le.putInt(struct, 0, rfd);
        Le.putInt(struct, 4, wfd);
        if (k.mm().copy().copyout(p, tlb(), c.pipefd(), struct, 0, 8) < 0) {
            life.closeFd(p, rfd);
            life.closeFd(p, wfd);
            throw new SyscallError(Errno.EFAULT);
        }
        return 0L;
    }

    @Override
    public Long dup2(Syscall.Dup2 c) {
        OpenFile f = file(c.oldfd());
        int nfd = c.newfd();
        if (nfd < 0 || p.rlimits.reached(Rlimit.RLIMIT_NOFILE, nfd)) {
            throw new SyscallError(Errno.EBADF);
        }
        if (nfd == c.oldfd()) {
            return (long) nfd;
        }
        if (nfd >= p.fds.length) {
            Lifecycle.growFds(p, nfd + 1);
        }
        f.refs++;
        if (p.fds[nfd] != null) {
            life.closeFd(p, nfd);
        }
        p.fds[nfd] = f;
        p.cloexec[nfd] = false;
        return (long) nfd;
    }

    @Override
    public Long fcntl(Syscall.Fcntl c) {
        OpenFile f = file(c.fd());
        return switch (c.cmd()) {
            case Fcntl.F_DUPFD, Fcntl.F_DUPFD_CLOEXEC -> {
                if (c.arg() < 0 || p.rlimits.reached(Rlimit.RLIMIT_NOFILE, c.arg())) {
                    throw new SyscallError(Errno.EINVAL);
                }
                yield (long) life.installFd(p, f, (int) c.arg(), c.cmd() == Fcntl.F_DUPFD_CLOEXEC);
            }
            case Fcntl.F_GETFD -> p.cloexec[c.fd()] ? (long) Fcntl.FD_CLOEXEC : 0L;
            case Fcntl.F_SETFD -> {
                p.cloexec[c.fd()] = (c.arg() & Fcntl.FD_CLOEXEC) != 0;
                yield 0L;
            }
            default -> throw new SyscallError(Errno.EINVAL);
        };
    }

    @Override
    public Long getdents64(Syscall.Getdents64 c) {
        OpenFile f = file(c.fd());
        int count = Math.min(userLength(c.count()), BOUNCE_KEPT);
        if (!k.mm().copy().accessOk(p.mm, c.dirp(), count, true)) {
            throw new SyscallError(Errno.EFAULT);
        }
        byte[] b = bounce(count);
        long n = f.getdents(b, count);
        if (n > 0) {
            copyout(c.dirp(), b, (int) n);
        }
        return n;
    }

    @Override
    public Long getrandom(Syscall.Getrandom c) {
        int len = userLength(c.len());
        if (!k.mm().copy().accessOk(p.mm, c.buf(), len, true)) {
            throw new SyscallError(Errno.EFAULT);
        }
        byte[] b = bounce(len);
        k.randomBytes(b, 0, len);
        copyout(c.buf(), b, len);
        return (long) len;
    }

    @Override
    public Long ioctl(Syscall.Ioctl c) {
        OpenFile f = file(c.fd());
        Tty tty = f instanceof DeviceFile d ? d.tty() : null;
        if (tty == null) {
            throw new SyscallError(Errno.ENOTTY);
        }
        if (c.request() == Syscall.Ioctl.TCGETS) {
            return (long) tty.lflag;
        }
        if (c.request() == Syscall.Ioctl.TCSETS) {
            tty.lflag = (int) c.arg();
            k.wakeup(tty.pollWait);     // a partial line may be readable now
            k.wakeup(tty.readWait);
            return 0L;
        }
        if (c.request() == Syscall.Ioctl.TIOCGWINSZ) {
            return Syscall.Ioctl.winsize(tty.rows, tty.cols);
        }
        if (c.request() == Syscall.Ioctl.TIOCSWINSZ) {
            k.resize(tty, Syscall.Ioctl.rows(c.arg()), Syscall.Ioctl.cols(c.arg()));
            return 0L;
        }
        if (p.tty != tty) {
            throw new SyscallError(Errno.ENOTTY);
        }
        if (c.request() == Syscall.Ioctl.TIOCGPGRP) {
            return (long) tty.fgPgrp;
        }
        if (c.request() != Syscall.Ioctl.TIOCSPGRP) {
            throw new SyscallError(Errno.EINVAL);
        }
        int pgid = (int) c.arg();
        if (pgid <= 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (!groupInSession(pgid, p.sid)) {
            throw new SyscallError(Errno.EPERM);
        }
        tty.fgPgrp = pgid;
        return 0L;
    }

    private boolean groupInSession(int pgid, int sid) {
        ProcTable t = k.procs();
        for (int q = t.nextPid(0); q > 0; q = t.nextPid(q)) {
            Proc x = t.get(q);
            if (x.pgid == pgid && x.sid == sid && x.isAlive()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Long getcwd(Syscall.Getcwd c) {
        byte[] b = (p.cwd + "\0").getBytes(StandardCharsets.UTF_8);
        if (b.length > c.size()) {
            throw new SyscallError(Errno.ERANGE);
        }
        copyout(c.buf(), b, b.length);
        return (long) b.length;
    }

    @Override
    public Long chdir(Syscall.Chdir c) {
        p.cwd = k.vfs().chdir(p, path(c.path()));
        return 0L;
    }

    @Override
    public Long mkdir(Syscall.Mkdir c) {
        k.vfs().mkdir(p, path(c.path()), c.mode());
        return 0L;
    }

    @Override
    public Long rmdir(Syscall.Rmdir c) {
        k.vfs().rmdir(p, path(c.path()));
        return 0L;
    }

    @Override
    public Long unlink(Syscall.Unlink c) {
        k.vfs().unlink(p, path(c.path()));
        return 0L;
    }

    @Override
    public Long link(Syscall.Link c) {
        k.vfs().link(p, path(c.oldpath()), path(c.newpath()));
        return 0L;
    }

    @Override
    public Long linkat(Syscall.Linkat c) {
        if ((c.flags() & ~Syscall.Linkat.AT_SYMLINK_FOLLOW) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        k.vfs().link(p, atPath(c.olddirfd(), c.oldpath()), atPath(c.newdirfd(), c.newpath()),
                (c.flags() & Syscall.Linkat.AT_SYMLINK_FOLLOW) != 0);
        return 0L;
    }

    @Override
    public Long lstat(Syscall.Lstat c) {
        StatBuf st = new StatBuf();
        k.vfs().lstat(p, path(c.path()), st);
        return copyoutStat(st, c.statbuf());
    }

    @Override
    public Long newfstatat(Syscall.Newfstatat c) {
        String path = atPath(c.dirfd(), c.path());
        if ((c.flags() & ~Syscall.Newfstatat.AT_SYMLINK_NOFOLLOW) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        StatBuf st = new StatBuf();
        if ((c.flags() & Syscall.Newfstatat.AT_SYMLINK_NOFOLLOW) != 0) {
            k.vfs().lstat(p, path, st);
        } else {
            k.vfs().stat(p, path, st);
        }
        return copyoutStat(st, c.statbuf());
    }

    @Override
    public Long symlink(Syscall.Symlink c) {
        k.vfs().symlink(p, path(c.target()), path(c.linkpath()));
        return 0L;
    }

    @Override
    public Long symlinkat(Syscall.Symlinkat c) {
        k.vfs().symlink(p, path(c.target()), atPath(c.newdirfd(), c.linkpath()));
        return 0L;
    }

    @Override
    public Long readlink(Syscall.Readlink c) {
        return readlink(path(c.path()), c.buf(), c.bufsiz());
    }

    @Override
    public Long readlinkat(Syscall.Readlinkat c) {
        return readlink(atPath(c.dirfd(), c.path()), c.buf(), c.bufsiz());
    }

    /** readlink(2)'s copyout: the target, cut to bufsiz bytes, at the user address buf. */
    private long readlink(String path, long buf, int bufsiz) {
        if (bufsiz <= 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        byte[] target = k.vfs().readlink(p, path).getBytes(StandardCharsets.UTF_8);
        int n = Math.min(target.length, bufsiz);
        if (k.mm().copy().copyout(p, tlb(), buf, target, 0, n) < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        return n;
    }

    /**
     * The path of an *at call: relative to the cwd with AT_FDCWD. Simplified: another dirfd
     * only with an absolute path, which ignores it (EINVAL otherwise).
     */
    private String atPath(int dirfd, long path) {
        String s = path(path);
        if (dirfd != Syscall.Utimensat.AT_FDCWD && !s.startsWith("/")) {
            throw new SyscallError(Errno.EINVAL);
        }
        return s;
    }

    @Override
    public Long umask(Syscall.Umask c) {
        long old = p.umask;
        p.umask = c.mask() & 0777;
        return old;
    }

    @Override
    public Long rename(Syscall.Rename c) {
        k.vfs().rename(p, path(c.oldpath()), path(c.newpath()));
        return 0L;
    }

    @Override
    public Long utimensat(Syscall.Utimensat c) {
        if (c.dirfd() != Syscall.Utimensat.AT_FDCWD
                || (c.flags() & ~Syscall.Utimensat.AT_SYMLINK_NOFOLLOW) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        long atime = Syscall.Utimensat.UTIME_NOW;
        long mtime = Syscall.Utimensat.UTIME_NOW;
        if (c.times() != 0) {
            byte[] t = copyin(c.times(), 2 * Syscall.ClockGettime.TIMESPEC);
            atime = Syscall.Utimensat.ticks(t, 0, k.options().bootEpoch());
            mtime = Syscall.Utimensat.ticks(t, Syscall.ClockGettime.TIMESPEC, k.options().bootEpoch());
            if (atime == Long.MIN_VALUE || mtime == Long.MIN_VALUE) {
                throw new SyscallError(Errno.EINVAL);
            }
        }
        // No explicit time (only now or omit): write permission is enough, as for touch.
        boolean touch = !explicit(atime) && !explicit(mtime);
        k.vfs().utimens(p, path(c.path()), explicit(atime) ? atime : now(atime),
                explicit(mtime) ? mtime : now(mtime), touch,
                (c.flags() & Syscall.Utimensat.AT_SYMLINK_NOFOLLOW) == 0);
        return 0L;
    }

    /** UTIME_NOW as the time now; UTIME_OMIT as it is. */
    private long now(long time) {
        return time == Syscall.Utimensat.UTIME_NOW ? k.now() : time;
    }

    private static boolean explicit(long time) {
        return time != Syscall.Utimensat.UTIME_NOW && time != Syscall.Utimensat.UTIME_OMIT;
    }

    // Processes.

    @Override
    public Long fork(Syscall.Fork c) {
        return life.fork(p);
    }

    @Override
    public Long forkOf(Syscall.ForkOf c) {
        return life.forkOf(p, c.pid());
    }

    private static final long ARG_MAX = Syscall.Execve.ARG_MAX;
    private static final int MAX_ARG_STRLEN = Syscall.Execve.MAX_ARG_STRLEN;

    @Override
    public Long execve(Syscall.Execve c) {
        String path = path(c.path());
        long[] size = {0};
        List<String> argv = strings(c.argv(), size);
        List<String> envp = strings(c.envp(), size);
        return life.execve(p, path, argv, envp);
    }

    /**
     * copy_strings: the NULL-terminated array of pointers to C strings at the user address
     * va, copied in; size adds up what they take on the new stack, each string with its NUL
     * and its pointer (fs/exec.c). EFAULT for a bad pointer or string; E2BIG for a string of
     * MAX_ARG_STRLEN bytes or more, or past ARG_MAX in all.
     */
    private List<String> strings(long va, long[] size) {
        if (va == 0) {
            return List.of();     // Linux takes a NULL argv or envp as empty (with a warning)
        }
        if (argBuf == null) {
            argBuf = new byte[MAX_ARG_STRLEN];
        }
        List<String> out = new ArrayList<>();
        byte[] ptrs = pathBuf;
        while (true) {
            // The pointers up to the end of va's page: a page needed anyway, so no false EFAULT.
            int toEnd = PAGE - (int) (va & (PAGE - 1));
            int n = toEnd >= Long.BYTES ? toEnd & ~(Long.BYTES - 1) : Long.BYTES;
            if (va <= 0 || k.mm().copy().copyin(p, tlb(), va, ptrs, 0, n) < 0) {
                throw new SyscallError(Errno.EFAULT);
            }
            for (int off = 0; off + Long.BYTES <= n; off += Long.BYTES) {
                long s = Le.getLong(ptrs, off);
                if (s == 0) {
                    return out;
                }
                long len = k.mm().copy().strncpy(p, tlb(), s, argBuf, MAX_ARG_STRLEN);
                if (len < 0) {
                    throw new SyscallError(Errno.EFAULT);
                }
                if (len == MAX_ARG_STRLEN) {
                    throw new SyscallError(Errno.E2BIG);
                }
                size[0] += len + 1 + Long.BYTES;
                if (size[0] > ARG_MAX) {
                    throw new SyscallError(Errno.E2BIG);
                }
                out.add(new String(argBuf, 0, (int) len, StandardCharsets.UTF_8));
            }
            va += n;
        }
    }

    @Override
    public Long exit(Syscall.Exit c) {
        life.exit(p, Wait.exited(c.status()), "exit(" + (c.status() & 0xff) + ")");
        return Ret.NORETURN;
    }

    @Override
    public Long wait4(Syscall.Wait4 c) {
        int known = Wait.WNOHANG | Wait.WUNTRACED | Wait.WCONTINUED;
        if ((c.options() & ~known) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        long r = life.wait4(p, c.pid(), reported, c.options());
        if (r > 0) {
            // Copied out when the call completes, after any sleep, as Linux's wait4 does:
            // the child is reaped even if this fails.
            if (c.wstatus() != 0) {
                Le.putInt(struct, 0, reported.status);
                copyout(c.wstatus(), struct, Integer.BYTES);
            }
            if (c.rusage() != 0) {
                Syscall.Getrusage.encode(struct, reported.utimeUs, reported.stimeUs);
                copyout(c.rusage(), struct, Syscall.Getrusage.SIZE);
            }
        }
        return r;
    }

    @Override
    public Long waitid(Syscall.Waitid c) {
        int known = Wait.WNOHANG | Wait.WSTOPPED | Wait.WEXITED | Wait.WCONTINUED | Wait.WNOWAIT;
        if ((c.options() & ~known) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        SigInfo info = new SigInfo();
        long r = life.waitid(p, c.idtype(), c.id(), info, c.options());
        if (r == 0) {
            info.encode(struct);
            copyout(c.infop(), struct, SigInfo.SIZE);
        }
        return r;
    }

    @Override
    public Long ptrace(Syscall.Ptrace c) {
        return k.ptrace().ptrace(p, c);
    }

    @Override
    public Long inject(Syscall.Inject c) {
        long r = k.injector().inject(p, c);
        if (r == 0) {
            copyoutLong(c.result(), p.injectResult);    // the result, stored when it is known
        }
        return r;
    }

    @Override
    public Long processVmReadv(Syscall.ProcessVmReadv c) {
        return processVm(c.pid(), c.local(), c.remote(), c.len(), false);
    }

    @Override
    public Long processVmWritev(Syscall.ProcessVmWritev c) {
        return processVm(c.pid(), c.local(), c.remote(), c.len(), true);
    }

    /**
     * process_vm_readv/writev: a copy between the caller's memory and pid's, through both page
     * tables (faults taken in pid's as its own reference would take them); the permission is
     * ptrace's (PTRACE_MODE_ATTACH_REALCREDS, reduced to: the same user, or root).
     */
    private long processVm(int pid, long local, long remote, int len, boolean write) {
        Proc t = k.procs().get(pid);
        if (t == null || !t.isAlive() || t.mm == null) {
            throw new SyscallError(Errno.ESRCH);
        }
        if (p.uid != 0 && (t.uid != p.ruid || t.ruid != p.ruid || t.kthread)) {
            throw new SyscallError(Errno.EPERM);
        }
        int n = userLength(len);
        byte[] b = bounce(n);
        miniunix.kernel.mm.UserCopy copy = k.mm().copy();
        miniunix.kernel.mm.Tlb remoteTlb = t == p ? tlb() : null;
        if (write) {
            if (copy.copyin(p, tlb(), local, b, 0, n) < 0 || copy.copyout(t, remoteTlb, remote, b, 0, n) < 0) {
                throw new SyscallError(Errno.EFAULT);
            }
        } else if (copy.copyin(t, remoteTlb, remote, b, 0, n) < 0 || copy.copyout(p, tlb(), local, b, 0, n) < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        return (long) n;
    }

    @Override
    public Long kill(Syscall.Kill c) {
        return k.signals().kill(p, c.pid(), c.sig());
    }

    @Override
    public Long tgkill(Syscall.Tgkill c) {
        return k.signals().tgkill(p, c.tgid(), c.tid(), c.sig());
    }

    @Override
    public Long rtSigaction(Syscall.RtSigaction c) {
        SigAction old = k.signals().sigaction(p, c);
        if (c.oldact() != 0) {
            old.encode(struct, 0);
            copyout(c.oldact(), struct, SigAction.SIZE);
        }
        return 0L;
    }

    @Override
    public Long rtSigprocmask(Syscall.RtSigprocmask c) {
        // As Linux: the mask is changed first, and a bad oldset is EFAULT after.
        long old = k.signals().sigprocmask(p, c.how(), c.set());
        if (c.oldset() != 0) {
            copyoutLong(c.oldset(), old);
        }
        return 0L;
    }

    @Override
    public Long rtSigpending(Syscall.RtSigpending c) {
        copyoutLong(c.set(), Signals.sigpending(p));
        return 0L;
    }

    /** One 64-bit value to the user address va (a sigset_t, a long): EFAULT if it can't. */
    private void copyoutLong(long va, long v) {
        Le.putLong(struct, 0, v);
        copyout(va, struct, Long.BYTES);
    }

    @Override
    public Long rtSigsuspend(Syscall.RtSigsuspend c) {
        return k.signals().sigsuspend(p, c.mask());
    }

    @Override
    public Long rtSigreturn(Syscall.RtSigreturn c) {
        k.signals().sigreturn(p);
        return Ret.NORETURN;
    }

    @Override
    public Long alarm(Syscall.Alarm c) {
        return k.signals().alarm(p, c.seconds());
    }

    /**
     * Linux do_sys_poll: the ready fds' revents, or a sleep on every file's queue (and the
     * timeout's timer) until one may be ready; performed again on each wakeup. The deadline
     * is kept in p.wakeTick between attempts, as nanosleep keeps it.
     */
    @Override
    public Long poll(Syscall.Poll c) {
        if (c.nfds() < 0 || p.rlimits.reached(Rlimit.RLIMIT_NOFILE, c.nfds() - 1)) {
            throw new SyscallError(Errno.EINVAL);
        }
        // The array is read at each attempt and revents written when the call completes:
        // nothing of the program's is kept while it sleeps.
        int size = c.nfds() * PollFd.SIZE;
        byte[] b = bounce(size);
        if (k.mm().copy().copyin(p, tlb(), c.fds(), b, 0, size) < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        PollFd[] fds = PollFd.decode(b, c.nfds());
        long ready = 0;
        List<WaitQueue> queues = new ArrayList<>(fds.length);
        for (PollFd f : fds) {
            f.revents = 0;
            if (f.fd < 0) {
                continue;
            }
            if (f.fd >= p.fds.length || p.fds[f.fd] == null) {
                f.revents = PollFd.POLLNVAL;
            } else {
                OpenFile file = p.fds[f.fd];
                f.revents = (short) file.poll(f.events);
                WaitQueue q = file.pollQueue(f.events);
                if (q != null) {
                    queues.add(q);
                }
            }
            ready += f.revents != 0 ? 1 : 0;
        }
        boolean again = p.wakeTick >= 0;
        if (ready > 0 || c.timeout() == 0 || again && k.now() >= p.wakeTick) {
            p.wakeTick = -1;
            PollFd.encode(fds, b);
            if (k.mm().copy().copyout(p, tlb(), c.fds(), b, 0, size) < 0) {
                throw new SyscallError(Errno.EFAULT);
            }
            return ready;
        }
        long deadline = again ? p.wakeTick : c.timeout() < 0 ? -1
                : k.now() + (c.timeout() * (long) Kernel.HZ + 999) / 1000;
        k.sleepPolling(p, queues, deadline);
        return Ret.BLOCK;
    }

    @Override
    public Long pause(Syscall.Pause c) {
        k.sleepOn(p, null, WaitReason.PAUSE);
        return Ret.BLOCK;
    }

    @Override
    public Long nanosleep(Syscall.Nanosleep c) {
        if (c.nanos() < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (p.wakeTick >= 0) {
            // Performed again after a wakeup: done if the deadline has passed.
            if (k.now() >= p.wakeTick) {
                p.wakeTick = -1;
                return 0L;
            }
            k.sleepUntil(p, p.wakeTick);
            return Ret.BLOCK;
        }
        long nsPerTick = 1_000_000_000L / Kernel.HZ;
        long ticks = c.nanos() / nsPerTick + (c.nanos() % nsPerTick != 0 ? 1 : 0);
        if (ticks == 0) {
            return 0L;
        }
        k.sleepUntil(p, k.now() + ticks);
        return Ret.BLOCK;
    }

    @Override
    public Long schedYield(Syscall.SchedYield c) {
        k.yield(p);
        return 0L;
    }

    @Override
    public Long prlimit64(Syscall.Prlimit64 c) {
        Rlimit r = Rlimit.of(c.resource());
        if (r == null) {
            throw new SyscallError(Errno.EINVAL);
        }
        Proc t = c.pid() == 0 ? p : k.procs().get(c.pid());
        if (t == null || !t.isAlive()) {
            throw new SyscallError(Errno.ESRCH);
        }
        if (t != p && p.uid != 0 && !(p.ruid == t.ruid && p.ruid == t.uid && p.ruid == t.suid)) {
            throw new SyscallError(Errno.EPERM);
        }
        Rlimits before = t.rlimits;
        if (c.newLimit() != 0) {
            byte[] set = copyin(c.newLimit(), Syscall.Prlimit64.SIZE);
            t.rlimits = before.set(r, Le.getLong(set, 0), Le.getLong(set, 8), p.uid == 0);
        }
        if (c.oldLimit() != 0) {
            Le.putLong(struct, 0, before.cur(r));
            Le.putLong(struct, 8, before.max(r));
            copyout(c.oldLimit(), struct, Syscall.Prlimit64.SIZE);
        }
        return 0L;
    }

    @Override
    public Long getrusage(Syscall.Getrusage c) {
        if (c.who() == Syscall.Getrusage.RUSAGE_SELF) {
            Syscall.Getrusage.encode(struct, p.utimeUs, p.stimeUs);
        } else if (c.who() == Syscall.Getrusage.RUSAGE_CHILDREN) {
            Syscall.Getrusage.encode(struct, p.cutimeUs, p.cstimeUs);
        } else {
            throw new SyscallError(Errno.EINVAL);
        }
        copyout(c.usage(), struct, Syscall.Getrusage.SIZE);
        return 0L;
    }

    @Override
    public Long clockGettime(Syscall.ClockGettime c) {
        long us = k.now() * Kernel.TICK_US;
        if (c.clockid() == Syscall.ClockGettime.CLOCK_REALTIME) {
            us += k.options().bootEpoch() * 1_000_000L;
        } else if (c.clockid() != Syscall.ClockGettime.CLOCK_MONOTONIC) {
            throw new SyscallError(Errno.EINVAL);
        }
        Le.putLong(struct, 0, us / 1_000_000L);
        Le.putLong(struct, 8, us % 1_000_000L * 1000);
        copyout(c.tp(), struct, Syscall.ClockGettime.TIMESPEC);
        return 0L;
    }

    @Override
    public Long getpid(Syscall.Getpid c) {
        return (long) p.pid;
    }

    @Override
    public Long getppid(Syscall.Getppid c) {
        return (long) p.ppid();
    }

    @Override
    public Long getuid(Syscall.Getuid c) {
        return (long) p.ruid;
    }

    @Override
    public Long geteuid(Syscall.Geteuid c) {
        return (long) p.uid;
    }

    @Override
    public Long getgid(Syscall.Getgid c) {
        return (long) p.rgid;
    }

    @Override
    public Long getegid(Syscall.Getegid c) {
        return (long) p.gid;
    }

    @Override
    public Long setuid(Syscall.Setuid c) {
        int ruid = p.ruid;
        Credentials.setuid(p, c.uid());
        k.procs().recharge(p, ruid);
        return 0L;
    }

    @Override
    public Long setgid(Syscall.Setgid c) {
        Credentials.setgid(p, c.gid());
        return 0L;
    }

    @Override
    public Long setresuid(Syscall.Setresuid c) {
        int ruid = p.ruid;
        Credentials.setresuid(p, c.ruid(), c.euid(), c.suid());
        k.procs().recharge(p, ruid);
        return 0L;
    }

    @Override
    public Long setresgid(Syscall.Setresgid c) {
        Credentials.setresgid(p, c.rgid(), c.egid(), c.sgid());
        return 0L;
    }

    @Override
    public Long getgroups(Syscall.Getgroups c) {
        int n = p.groups.length;
        if (c.size() < 0 || c.size() > 0 && c.size() < n) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (c.size() > 0 && n > 0) {
            byte[] b = new byte[n * Syscall.Getgroups.GID_SIZE];
            for (int i = 0; i < n; i++) {
                Le.putInt(b, i * Syscall.Getgroups.GID_SIZE, p.groups[i]);
            }
            copyout(c.list(), b, b.length);
        }
        return (long) n;
    }

    @Override
    public Long setgroups(Syscall.Setgroups c) {
        if (p.uid != 0) {
            throw new SyscallError(Errno.EPERM);      // may_setgroups comes first, as on Linux
        }
        if (c.size() < 0 || c.size() > Syscall.Getgroups.NGROUPS_MAX) {
            throw new SyscallError(Errno.EINVAL);
        }
        byte[] b = new byte[c.size() * Syscall.Getgroups.GID_SIZE];
        if (b.length > 0 && k.mm().copy().copyin(p, tlb(), c.list(), b, 0, b.length) < 0) {
            throw new SyscallError(Errno.EFAULT);
        }
        int[] gids = new int[c.size()];
        for (int i = 0; i < gids.length; i++) {
            gids[i] = Le.getInt(b, i * Syscall.Getgroups.GID_SIZE);
        }
        Credentials.setgroups(p, gids);
        return 0L;
    }

    @Override
    public Long uname(Syscall.Uname c) {
        byte[] b = k.uts().struct();
        copyout(c.buf(), b, b.length);
        return 0L;
    }

    @Override
    public Long sethostname(Syscall.Sethostname c) {
        k.uts().setNodename(utsName(c.name(), c.len()));
        return 0L;
    }

    @Override
    public Long setdomainname(Syscall.Setdomainname c) {
        k.uts().setDomainname(utsName(c.name(), c.len()));
        return 0L;
    }

    /**
     * The name sethostname or setdomainname copies in, in kernel/sys.c's order of checks:
     * EPERM without euid 0 (CAP_SYS_ADMIN), EINVAL for a length below 0 or above
     * __NEW_UTS_LEN, EFAULT for a bad address.
     */
    private byte[] utsName(long addr, int len) {
        if (p.uid != 0) {
            throw new SyscallError(Errno.EPERM);
        }
        if (len < 0 || len > Utsname.NEW_UTS_LEN) {
            throw new SyscallError(Errno.EINVAL);
        }
        return Arrays.copyOf(copyin(addr, len), len);
    }

    @Override
    public Long setpgid(Syscall.Setpgid c) {
        Proc t = c.pid() == 0 ? p : k.procs().get(c.pid());
        if (t == null || t != p && t.parent != p) {
            throw new SyscallError(Errno.ESRCH);
        }
        if (c.pgid() < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        int pgid = c.pgid() == 0 ? t.pid : c.pgid();
        if (t.sid != p.sid || t.sid == t.pid) {
            throw new SyscallError(Errno.EPERM);
        }
        if (pgid != t.pid && !groupInSession(pgid, p.sid)) {
            throw new SyscallError(Errno.EPERM);
        }
        t.pgid = pgid;
        return 0L;
    }

    @Override
    public Long setsid(Syscall.Setsid c) {
        if (p.pgid == p.pid || groupExists(p.pid)) {
            throw new SyscallError(Errno.EPERM);
        }
        p.sid = p.pid;
        p.pgid = p.pid;
        p.tty = null;
        return (long) p.sid;
    }

    private boolean groupExists(int pgid) {
        ProcTable t = k.procs();
        for (int q = t.nextPid(0); q > 0; q = t.nextPid(q)) {
            if (t.get(q).pgid == pgid) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Long getpgid(Syscall.Getpgid c) {
        Proc t = c.pid() == 0 ? p : k.procs().get(c.pid());
        if (t == null) {
            throw new SyscallError(Errno.ESRCH);
        }
        return (long) t.pgid;
    }

    /** The target of a scheduling call: pid 0 is the caller; ESRCH when none is alive. */
    private Proc schedTarget(int pid) {
        Proc t = pid == 0 ? p : k.procs().get(pid);
        if (t == null || !t.isAlive()) {
            throw new SyscallError(Errno.ESRCH);
        }
        return t;
    }

    @Override
    public Long getpriority(Syscall.Getpriority c) {
        if (c.which() != Syscall.Getpriority.PRIO_PROCESS) {
            throw new SyscallError(Errno.EINVAL);
        }
        return (long) (NICE_BASE - schedTarget(c.who()).nice);
    }

    @Override
    public Long setpriority(Syscall.Setpriority c) {
        if (c.which() != Syscall.Getpriority.PRIO_PROCESS) {
            throw new SyscallError(Errno.EINVAL);
        }
        Proc t = schedTarget(c.who());
        if (p.uid != 0 && t.uid != p.uid) {
            throw new SyscallError(Errno.EPERM);
        }
        int nice = Math.max(NICE_MIN, Math.min(NICE_MAX, c.prio()));
        if (p.uid != 0 && nice < t.nice) {
            throw new SyscallError(Errno.EACCES);
        }
        t.nice = nice;
        k.runLoop().reniced(t);
        return 0L;
    }

    @Override
    public Long schedSetaffinity(Syscall.SchedSetaffinity c) {
        Proc t = schedTarget(c.pid());
        long online = k.cpus().length >= 64 ? -1L : (1L << k.cpus().length) - 1;
        if ((c.mask() & online) == 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (p.uid != 0 && t.uid != p.uid) {
            throw new SyscallError(Errno.EPERM);
        }
        k.runLoop().setAffinity(t, c.mask() & online);
        return 0L;
    }

    @Override
    public Long schedGetaffinity(Syscall.SchedGetaffinity c) {
        long online = k.cpus().length >= 64 ? -1L : (1L << k.cpus().length) - 1;
        return schedTarget(c.pid()).se.allowed & online;
    }

    /**
     * sched_setscheduler: as Linux's __sched_setscheduler. Without root, a process may change
     * only its own user's processes, never to a real-time policy (RLIMIT_RTPRIO is 0) and never
     * out of SCHED_IDLE (RLIMIT_NICE is 0).
     */
    @Override
    public Long schedSetscheduler(Syscall.SchedSetscheduler c) {
        boolean resetOnFork = (c.policy() & SchedPolicy.SCHED_RESET_ON_FORK) != 0;
        int policy = c.policy() & ~SchedPolicy.SCHED_RESET_ON_FORK;
        if (c.pid() < 0 || SchedPolicy.name(policy) == null || policy == SchedPolicy.SCHED_DEADLINE
                || c.priority() < SchedPolicy.priorityMin(policy)
                || c.priority() > SchedPolicy.priorityMax(policy)) {
            throw new SyscallError(Errno.EINVAL);
        }
        Proc t = schedTarget(c.pid());
        if (p.uid != 0 && (t.uid != p.uid && t.ruid != p.uid || SchedPolicy.realtime(policy)
                || t.policy == SchedPolicy.SCHED_IDLE && policy != SchedPolicy.SCHED_IDLE)) {
            throw new SyscallError(Errno.EPERM);
        }
        k.runLoop().setScheduler(t, policy, c.priority());
        t.resetOnFork = resetOnFork;
        return 0L;
    }

    @Override
    public Long schedGetscheduler(Syscall.SchedGetscheduler c) {
        if (c.pid() < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        Proc t = schedTarget(c.pid());
        return (long) (t.policy | (t.resetOnFork ? SchedPolicy.SCHED_RESET_ON_FORK : 0));
    }

    @Override
    public Long schedGetparam(Syscall.SchedGetparam c) {
        if (c.pid() < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        return (long) schedTarget(c.pid()).rtPriority;
    }

    @Override
    public Long schedGetPriorityMax(Syscall.SchedGetPriorityMax c) {
        int max = SchedPolicy.priorityMax(c.policy());
        if (max < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        return (long) max;
    }

    @Override
    public Long schedGetPriorityMin(Syscall.SchedGetPriorityMin c) {
        int min = SchedPolicy.priorityMin(c.policy());
        if (min < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        return (long) min;
    }
}
