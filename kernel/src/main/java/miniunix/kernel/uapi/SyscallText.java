package miniunix.kernel.uapi;

/**
 * How strace prints a syscall: one decoder per call, as strace's per-syscall printers
 * (strace: src/syscall.c tables, src/io.c, src/open.c, src/wait.c, src/util.c string_quote).
 * {@link #call} gives the call with its arguments, {@link #result} what follows "= ", so
 * {@code write(1, "hi\n", 3)} and {@code 3}, or {@code -1 ENOENT (No such file or directory)}.
 * The kernel's tracer (strace's events) and the {@code sys} console both print through it, so
 * a call reads the same everywhere; a new syscall that nobody decodes does not compile.
 *
 * <p>Output buffers (read's data, pipe's fds, wait4's status, stat's struct) are printed as
 * the call left them, so a call is decoded after it returned. Strings are quoted and cut at
 * {@link #STRSIZE} bytes ({@code "..."...}), as strace's default {@code -s 32}; paths are not
 * cut. Flags are symbolic ({@code O_WRONLY|O_CREAT|O_TRUNC}), in strace's order.
 *
 * <p>Buffers and structs are user addresses: their data is peeked from the caller's memory
 * after the call, and a buffer the call did not fill, or that can't be read, shows as its
 * address, as strace shows it. Paths and execve's strings are C strings read the same way;
 * envp shows as its address and count, {@code 0x7ffd... /* 15 vars *&#47;}, as strace without
 * -v.
 */
public final class SyscallText implements Syscall.Handler<String> {
    /** strace's default -s: the bytes of a string shown before "...". */
    public static final int STRSIZE = 32;

    /** The result the call returned; out-parameters are shown only when it succeeded. */
    private final long ret;
    /** The caller's memory, peeked at for buffers at user addresses; null: addresses only. */
    private final UserMemory mem;

    private SyscallText(long ret, UserMemory mem) {
        this.ret = ret;
        this.mem = mem;
    }

    /** The call and its arguments as strace prints them, after it returned ret. */
    public static String call(Syscall c, long ret) {
        return call(c, ret, null);
    }

    /**
     * {@link #call}, reading the buffers the call passed by address from the caller's memory
     * (strace's process_vm_readv): mem peeks, taking no fault. Without it, or where the
     * memory can't be read, a buffer shows as its address, as strace shows it.
     */
    public static String call(Syscall c, long ret, UserMemory mem) {
        return c.accept(new SyscallText(ret, mem));
    }

    /**
     * What strace prints after "= ": the value, {@code -1 ENAME (message)} for an error, or
     * {@code ?} for a call that does not return (exit_group). noReturn: the call did not
     * return to the caller (a successful execve returns 0 to the new image).
     */
    public static String result(Syscall c, long ret, boolean noReturn) {
        return result(c, ret, noReturn, null);
    }

    /** {@link #result}, reading out-parameters (poll's revents) from the caller's memory. */
    public static String result(Syscall c, long ret, boolean noReturn, UserMemory mem) {
        if (c instanceof Syscall.Exit) {
            return "?";
        }
        if (noReturn) {
            return "0";
        }
        if (ret >= 0 && c instanceof Syscall.SchedGetscheduler) {
            int flags = (int) ret & SchedPolicy.SCHED_RESET_ON_FORK;
            String name = SchedPolicy.name((int) ret & ~SchedPolicy.SCHED_RESET_ON_FORK);
            return ret + " (" + name + (flags != 0 ? "|SCHED_RESET_ON_FORK" : "") + ")";
        }
        if (ret >= 0 && c instanceof Syscall.Umask) {
            return ret == 0 ? "0" : "0" + Long.toOctalString(ret);    // strace's RVAL_OCTAL
        }
        if (ret >= 0 && c instanceof Syscall.SchedGetparam) {
            return "0"; // the priority is shown in the call, where strace shows the struct
        }
        if (ret >= 0 && c instanceof Syscall.Ioctl i && (i.request() == Syscall.Ioctl.TCGETS
                || i.request() == Syscall.Ioctl.TIOCGWINSZ)) {
            return "0";     // Linux copies the struct out and returns 0
        }
        if (ret >= 0 && c instanceof Syscall.Poll p) {
            return ret == 0 ? "0 (Timeout)" : ret + " (" + new SyscallText(ret, mem).revents(p) + ")";
        }
        if (ret >= 0) {
            boolean address = c instanceof Syscall.Brk || c instanceof Syscall.Mmap;
            return address ? "0x" + Long.toHexString(ret) : Long.toString(ret);
        }
        Errno e = Errno.of(ret);
        return e == null ? "-1 E" + (-ret) + " (Unknown error " + (-ret) + ")"
                : "-1 " + e.name() + " (" + e.message + ")";
    }

    /**
     * strace's list of the fds poll found ready, read from the caller's memory:
     * {@code [{fd=0, revents=POLLIN}]}; {@code ?} when it can't be read.
     */
    private String revents(Syscall.Poll c) {
        PollFd[] fds = pollfds(c);
        if (fds == null) {
            return "?";
        }
        StringBuilder b = new StringBuilder("[");
        for (PollFd f : fds) {
            if (f.revents != 0) {
                b.append(b.length() > 1 ? ", " : "").append("{fd=").append(f.fd)
                        .append(", revents=").append(PollFd.text(f.revents)).append('}');
            }
        }
        return b.append(']').toString();
    }

    private boolean ok() {
        return ret >= 0;
    }

    // Files.

    @Override
    public String read(Syscall.Read c) {
        String data = ok() ? userString(c.buf(), (int) Math.min(ret, c.len())) : address(c.buf());
        return "read(" + c.fd() + ", " + data + ", " + c.len() + ")";
    }

    @Override
    public String write(Syscall.Write c) {
        return "write(" + c.fd() + ", " + userString(c.buf(), c.len()) + ", " + c.len() + ")";
    }

    /**
     * len bytes at addr in the caller's memory, quoted and cut at {@link #STRSIZE} (strace's
     * printstrn), or the address when they can't be read.
     */
    private String userString(long addr, int len) {
        if (mem == null || addr == 0 || len < 0) {
            return address(addr);
        }
        byte[] b = new byte[Math.min(len, STRSIZE)];
        return mem.peek(addr, b, 0, b.length) ? quote(b, 0, len, STRSIZE) : address(addr);
    }

    @Override
    public String open(Syscall.Open c) {
        String s = "open(" + path(c.path()) + ", " + openFlags(c.flags());
        if ((c.flags() & Fcntl.O_CREAT) != 0) {
            s += ", 0" + Integer.toOctalString(c.mode());
        }
        return s + ")";
    }

    @Override
    public String close(Syscall.Close c) {
        return "close(" + c.fd() + ")";
    }

    @Override
    public String stat(Syscall.Stat c) {
        return "stat(" + path(c.path()) + ", " + statBuf(c.statbuf()) + ")";
    }

    @Override
    public String statfs(Syscall.Statfs c) {
        byte[] b = ok() ? fetch(c.buf(), StatfsBuf.SIZE) : null;
        StatfsBuf st = new StatfsBuf();
        if (b != null) {
            st.decodeFrom(b, 0);
        }
        String buf = b == null ? address(c.buf())
                : "{f_type=0x" + Long.toHexString(st.type) + ", f_bsize=" + st.bsize
                        + ", f_blocks=" + st.blocks + ", f_bfree=" + st.bfree + ", f_bavail="
                        + st.bavail + ", f_files=" + st.files + ", f_ffree=" + st.ffree
                        + ", ...}";
        return "statfs(" + path(c.path()) + ", " + buf + ")";
    }

    @Override
    public String fstat(Syscall.Fstat c) {
        return "fstat(" + c.fd() + ", " + statBuf(c.statbuf()) + ")";
    }

    /**
     * len bytes at the user address addr of the caller's memory, or null when there is no
     * memory to read or the address can't be read (then strace shows the address).
     */
    private byte[] fetch(long addr, int len) {
        if (mem == null || addr == 0 || len < 0) {
            return null;
        }
        byte[] b = new byte[len];
        return mem.peek(addr, b, 0, len) ? b : null;
    }

    // Memory.

    @Override
    public String mmap(Syscall.Mmap c) {
        return "mmap(" + address(c.addr()) + ", " + c.len() + ", " + prot(c.prot()) + ", "
                + mapFlags(c.flags()) + ", " + c.fd() + ", " + c.offset() + ")";
    }

    @Override
    public String mprotect(Syscall.Mprotect c) {
        return "mprotect(" + address(c.addr()) + ", " + c.len() + ", " + prot(c.prot()) + ")";
    }

    @Override
    public String munmap(Syscall.Munmap c) {
        return "munmap(" + address(c.addr()) + ", " + c.len() + ")";
    }

    @Override
    public String brk(Syscall.Brk c) {
        return "brk(" + address(c.addr()) + ")";
    }

    @Override
    public String translate(Syscall.Translate c) {
        String text = ok() ? userString(c.buf(), (int) Math.min(ret, c.len())) : address(c.buf());
        return "miniunix_translate(" + c.pid() + ", " + address(c.vaddr()) + ", " + text + ", "
                + c.len() + ")";
    }

    private static String address(long a) {
        return a == 0 ? "NULL" : "0x" + Long.toHexString(a);
    }

    private static String prot(int prot) {
        if (prot == Mman.PROT_NONE) {
            return "PROT_NONE";
        }
        StringBuilder sb = new StringBuilder();
        flag(sb, prot, Mman.PROT_READ, "PROT_READ");
        flag(sb, prot, Mman.PROT_WRITE, "PROT_WRITE");
        flag(sb, prot, Mman.PROT_EXEC, "PROT_EXEC");
        int rest = prot & ~(Mman.PROT_READ | Mman.PROT_WRITE | Mman.PROT_EXEC);
        if (rest != 0) {
            sb.append(sb.length() > 0 ? "|" : "").append("0x").append(Integer.toHexString(rest));
        }
        return sb.toString();
    }

    private static String mapFlags(int flags) {
        StringBuilder sb = new StringBuilder();
        flag(sb, flags, Mman.MAP_SHARED, "MAP_SHARED");
        flag(sb, flags, Mman.MAP_PRIVATE, "MAP_PRIVATE");
        flag(sb, flags, Mman.MAP_FIXED, "MAP_FIXED");
        flag(sb, flags, Mman.MAP_ANONYMOUS, "MAP_ANONYMOUS");
        return sb.length() == 0 ? "0" : sb.toString();
    }

    @Override
    public String chmod(Syscall.Chmod c) {
        return "chmod(" + path(c.path()) + ", " + mode(c.mode()) + ")";
    }

    @Override
    public String fchmod(Syscall.Fchmod c) {
        return "fchmod(" + c.fd() + ", " + mode(c.mode()) + ")";
    }

    @Override
    public String fchmodat(Syscall.Fchmodat c) {
        return "fchmodat(" + dirfd(c.dirfd()) + ", " + path(c.path()) + ", " + mode(c.mode()) + ")";
    }

    private static String dirfd(int fd) {
        return fd == Syscall.Utimensat.AT_FDCWD ? "AT_FDCWD" : Integer.toString(fd);
    }

    @Override
    public String link(Syscall.Link c) {
        return "link(" + path(c.oldpath()) + ", " + path(c.newpath()) + ")";
    }

    @Override
    public String linkat(Syscall.Linkat c) {
        int rest = c.flags() & ~Syscall.Linkat.AT_SYMLINK_FOLLOW;
        String flags = (c.flags() & Syscall.Linkat.AT_SYMLINK_FOLLOW) == 0
                ? (rest == 0 ? "0" : "0x" + Integer.toHexString(rest))
                : "AT_SYMLINK_FOLLOW" + (rest == 0 ? "" : "|0x" + Integer.toHexString(rest));
        return "linkat(" + dirfd(c.olddirfd()) + ", " + path(c.oldpath()) + ", " + dirfd(c.newdirfd())
                + ", " + path(c.newpath()) + ", " + flags + ")";
    }

    @Override
    public String lstat(Syscall.Lstat c) {
        return "lstat(" + path(c.path()) + ", " + statBuf(c.statbuf()) + ")";
    }

    @Override
    public String newfstatat(Syscall.Newfstatat c) {
        int rest = c.flags() & ~Syscall.Newfstatat.AT_SYMLINK_NOFOLLOW;
        String flags = (c.flags() & Syscall.Newfstatat.AT_SYMLINK_NOFOLLOW) == 0
                ? (rest == 0 ? "0" : "0x" + Integer.toHexString(rest))
                : "AT_SYMLINK_NOFOLLOW" + (rest == 0 ? "" : "|0x" + Integer.toHexString(rest));
        return "newfstatat(" + dirfd(c.dirfd()) + ", " + path(c.path()) + ", " + statBuf(c.statbuf())
                + ", " + flags + ")";
    }

    @Override
    public String symlink(Syscall.Symlink c) {
        return "symlink(" + path(c.target()) + ", " + path(c.linkpath()) + ")";
    }

    @Override
    public String symlinkat(Syscall.Symlinkat c) {
        return "symlinkat(" + path(c.target()) + ", " + dirfd(c.newdirfd()) + ", "
                + path(c.linkpath()) + ")";
    }

    @Override
    public String readlink(Syscall.Readlink c) {
        return "readlink(" + path(c.path()) + ", " + linkBuf(c.buf(), c.bufsiz()) + ", " + c.bufsiz() + ")";
    }

    @Override
    public String readlinkat(Syscall.Readlinkat c) {
        return "readlinkat(" + dirfd(c.dirfd()) + ", " + path(c.path()) + ", "
                + linkBuf(c.buf(), c.bufsiz()) + ", " + c.bufsiz() + ")";
    }

    /** readlink's buffer as strace shows it: the bytes stored when it succeeded, else the address. */
    private String linkBuf(long buf, int bufsiz) {
        return ok() ? userString(buf, (int) Math.min(ret, bufsiz)) : address(buf);
    }

    /** A mode as strace's print_numeric_umode_t prints it: printf's %#03o (0755, 022, 000). */
    private static String mode(int mode) {
        String o = "0" + Integer.toOctalString(mode);
        return o.length() < 3 ? "0".repeat(3 - o.length()) + o : o;
    }

    @Override
    public String fchown(Syscall.Fchown c) {
        return "fchown(" + c.fd() + ", " + c.uid() + ", " + c.gid() + ")";
    }

    @Override
    public String fsync(Syscall.Fsync c) {
        return "fsync(" + c.fd() + ")";
    }

    @Override
    public String sync(Syscall.Sync c) {
        return "sync()";
    }

    @Override
    public String rtSigaction(Syscall.RtSigaction c) {
        String act = c.handler() == Syscall.RtSigaction.QUERY ? "NULL"
                : sigaction(c.handler(), c.mask(), c.flags());
        byte[] o = ok() ? fetch(c.oldact(), SigAction.SIZE) : null;
        SigAction a = o == null ? null : SigAction.decode(o, 0);
        String old = a == null ? address(c.oldact()) : sigaction(a.handler(), a.mask(), a.flags());
        return "rt_sigaction(" + signal(c.sig()) + ", " + act + ", " + old + ", 8)";
    }

    private static String sigaction(long handler, long mask, int flags) {
        String h = handler == SigAction.SIG_DFL ? "SIG_DFL"
                : handler == SigAction.SIG_IGN ? "SIG_IGN" : hex(handler);
        StringBuilder f = new StringBuilder();
        flag(f, flags, SigAction.SA_NOCLDSTOP, "SA_NOCLDSTOP");
        flag(f, flags, SigAction.SA_NOCLDWAIT, "SA_NOCLDWAIT");
        flag(f, flags, SigAction.SA_SIGINFO, "SA_SIGINFO");
        flag(f, flags, SigAction.SA_RESTORER, "SA_RESTORER");
        flag(f, flags, SigAction.SA_ONSTACK, "SA_ONSTACK");
        flag(f, flags, SigAction.SA_RESTART, "SA_RESTART");
        flag(f, flags, SigAction.SA_NODEFER, "SA_NODEFER");
        flag(f, flags, SigAction.SA_RESETHAND, "SA_RESETHAND");
        return "{sa_handler=" + h + ", sa_mask=" + sigset(mask) + ", sa_flags="
                + (f.length() == 0 ? "0" : f) + "}";
    }

    /** A signal set as strace prints it: [INT USR1], or ~[...] when most are set. */
    public static String sigset(long mask) {
        if (Long.bitCount(mask) > Signal.NSIG / 2) {
            return "~" + sigset(~mask & ((1L << (Signal.NSIG - 1)) - 1) & ~(3L << 31));
        }
        StringBuilder sb = new StringBuilder("[");
        for (int sig = 1; sig < Signal.NSIG; sig++) {
            if ((mask & Signal.mask(sig)) != 0) {
                sb.append(sb.length() > 1 ? " " : "").append(Signal.nameOf(sig));
            }
        }
        return sb.append(']').toString();
    }

    @Override
    public String rtSigprocmask(Syscall.RtSigprocmask c) {
        String how = switch (c.how()) {
            case Syscall.RtSigprocmask.SIG_BLOCK -> "SIG_BLOCK";
            case Syscall.RtSigprocmask.SIG_UNBLOCK -> "SIG_UNBLOCK";
            case Syscall.RtSigprocmask.SIG_SETMASK -> "SIG_SETMASK";
            default -> hex(c.how());
        };
        String old = userSigset(c.oldset());
        return "rt_sigprocmask(" + how + ", " + sigset(c.set()) + ", " + old + ", 8)";
    }

    @Override
    public String rtSigpending(Syscall.RtSigpending c) {
        return "rt_sigpending(" + userSigset(c.set()) + ", 8)";
    }

    /** A sigset_t at the user address addr once the call succeeded, else the address. */
    private String userSigset(long addr) {
        byte[] b = ok() ? fetch(addr, Long.BYTES) : null;
        return b == null ? address(addr) : sigset(Le.getLong(b, 0));
    }

    @Override
    public String rtSigsuspend(Syscall.RtSigsuspend c) {
        return "rt_sigsuspend(" + sigset(c.mask()) + ", 8)";
    }

    @Override
    public String rtSigreturn(Syscall.RtSigreturn c) {
        return "rt_sigreturn()";
    }

    @Override
    public String alarm(Syscall.Alarm c) {
        return "alarm(" + c.seconds() + ")";
    }

    @Override
    public String tgkill(Syscall.Tgkill c) {
        return "tgkill(" + c.tgid() + ", " + c.tid() + ", " + (c.sig() == 0 ? "0" : signal(c.sig()))
                + ")";
    }

    @Override
    public String geteuid(Syscall.Geteuid c) {
        return "geteuid()";
    }

    @Override
    public String getgid(Syscall.Getgid c) {
        return "getgid()";
    }

    @Override
    public String getegid(Syscall.Getegid c) {
        return "getegid()";
    }

    @Override
    public String setgid(Syscall.Setgid c) {
        return "setgid(" + c.gid() + ")";
    }

    @Override
    public String setresuid(Syscall.Setresuid c) {
        return "setresuid(" + c.ruid() + ", " + c.euid() + ", " + c.suid() + ")";
    }

    @Override
    public String setresgid(Syscall.Setresgid c) {
        return "setresgid(" + c.rgid() + ", " + c.egid() + ", " + c.sgid() + ")";
    }

    /** strace's getgroups: the list as the call filled it (the result's count of gids). */
    @Override
    public String getgroups(Syscall.Getgroups c) {
        return "getgroups(" + c.size() + ", " + gids(c.list(), ok() ? ret : -1) + ")";
    }

    @Override
    public String setgroups(Syscall.Setgroups c) {
        return "setgroups(" + c.size() + ", " + gids(c.list(), c.size()) + ")";
    }

    /**
     * strace's uname without -v: sysname and nodename, then "..." (strace's abbrev); the
     * address when the call failed or the struct can't be read.
     */
    @Override
    public String uname(Syscall.Uname c) {
        byte[] b = ok() ? fetch(c.buf(), Utsname.SIZE) : null;
        if (b == null) {
            return "uname(" + address(c.buf()) + ")";
        }
        return "uname({sysname=" + utsField(b, Utsname.SYSNAME_FIELD) + ", nodename="
                + utsField(b, Utsname.NODENAME_FIELD) + ", ...})";
    }

    /** A field of struct utsname, quoted up to its NUL and never cut (print_quoted_cstring). */
    private static String utsField(byte[] b, int field) {
        byte[] s = Utsname.fieldBytes(b, 0, field);
        return quote(s, 0, s.length, Integer.MAX_VALUE);
    }

    @Override
    public String sethostname(Syscall.Sethostname c) {
        return "sethostname(" + utsName(c.name(), c.len()) + ", "
                + Integer.toUnsignedString(c.len()) + ")";
    }

    @Override
    public String setdomainname(Syscall.Setdomainname c) {
        return "setdomainname(" + utsName(c.name(), c.len()) + ", "
                + Integer.toUnsignedString(c.len()) + ")";
    }

    /** strace's hostname.c: len bytes at addr (printstrn), or the address beyond __NEW_UTS_LEN. */
    private String utsName(long addr, int len) {
        return Integer.compareUnsigned(len, Utsname.NEW_UTS_LEN) > 0 ? address(addr)
                : userString(addr, len);
    }

    /**
     * strace's print_groups: n gids at addr as [100, 1000]; NULL, [] for none, and the
     * address for a count beyond NGROUPS_MAX (a failed call's) or memory that can't be read.
     */
    private String gids(long addr, long n) {
        if (n < 0 || n > Syscall.Getgroups.NGROUPS_MAX || addr == 0) {
            return address(addr);
        }
        byte[] b = fetch(addr, (int) n * Syscall.Getgroups.GID_SIZE);
        if (b == null) {
            return address(addr);
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? ", " : "").append(Le.getInt(b, i * Syscall.Getgroups.GID_SIZE));
        }
        return sb.append(']').toString();
    }

    @Override
    public String ioctl(Syscall.Ioctl c) {
        if (c.request() == Syscall.Ioctl.TIOCGPGRP) {
            return "ioctl(" + c.fd() + ", TIOCGPGRP)";
        }
        if (c.request() == Syscall.Ioctl.TIOCSPGRP) {
            return "ioctl(" + c.fd() + ", TIOCSPGRP, [" + c.arg() + "])";
        }
        if (c.request() == Syscall.Ioctl.TCGETS) {
            String t = ok() ? "{c_lflag=" + Termios.lflagText(ret) + "}" : "...";
            return "ioctl(" + c.fd() + ", TCGETS, " + t + ")";
        }
        if (c.request() == Syscall.Ioctl.TCSETS) {
            return "ioctl(" + c.fd() + ", TCSETS, {c_lflag=" + Termios.lflagText(c.arg()) + "})";
        }
        if (c.request() == Syscall.Ioctl.TIOCGWINSZ) {
            return "ioctl(" + c.fd() + ", TIOCGWINSZ, " + (ok() ? winsize(ret) : "0x7ffc") + ")";
        }
        if (c.request() == Syscall.Ioctl.TIOCSWINSZ) {
            return "ioctl(" + c.fd() + ", TIOCSWINSZ, " + winsize(c.arg()) + ")";
        }
        return "ioctl(" + c.fd() + ", " + hex(c.request()) + ", " + hex(c.arg()) + ")";
    }

    private static String winsize(long w) {
        return "{ws_row=" + Syscall.Ioctl.rows(w) + ", ws_col=" + Syscall.Ioctl.cols(w)
                + ", ws_xpixel=0, ws_ypixel=0}";
    }

    @Override
    public String poll(Syscall.Poll c) {
        PollFd[] fds = pollfds(c);
        if (fds == null) {
            return "poll(" + address(c.fds()) + ", " + c.nfds() + ", " + c.timeout() + ")";
        }
        StringBuilder b = new StringBuilder("poll([");
        for (int i = 0; i < fds.length; i++) {
            PollFd f = fds[i];
            b.append(i > 0 ? ", " : "").append("{fd=").append(f.fd).append(", events=")
                    .append(PollFd.text(f.events)).append('}');
        }
        return b.append("], ").append(c.nfds()).append(", ").append(c.timeout()).append(')')
                .toString();
    }

    /** poll's array as the caller's memory holds it, or null if it can't be read. */
    private PollFd[] pollfds(Syscall.Poll c) {
        byte[] b = c.nfds() < 0 || c.nfds() > 1024 ? null : fetch(c.fds(), c.nfds() * PollFd.SIZE);
        return b == null ? null : PollFd.decode(b, c.nfds());
    }

    @Override
    public String pipe(Syscall.Pipe c) {
        byte[] b = ok() ? fetch(c.pipefd(), 8) : null;
        String fds = b == null ? address(c.pipefd()) : "[" + Le.getInt(b, 0) + ", " + Le.getInt(b, 4) + "]";
        return "pipe(" + fds + ")";
    }

    @Override
    public String dup2(Syscall.Dup2 c) {
        return "dup2(" + c.oldfd() + ", " + c.newfd() + ")";
    }

    @Override
    public String fcntl(Syscall.Fcntl c) {
        String cmd = switch (c.cmd()) {
            case Fcntl.F_DUPFD -> "F_DUPFD, " + c.arg();
            case Fcntl.F_DUPFD_CLOEXEC -> "F_DUPFD_CLOEXEC, " + c.arg();
            case Fcntl.F_GETFD -> "F_GETFD";
            case Fcntl.F_SETFD -> "F_SETFD, " + ((c.arg() & Fcntl.FD_CLOEXEC) != 0 ? "FD_CLOEXEC" : c.arg());
            default -> c.cmd() + ", " + c.arg();
        };
        return "fcntl(" + c.fd() + ", " + cmd + ")";
    }

    @Override
    public String getdents64(Syscall.Getdents64 c) {
        byte[] b = ok() ? fetch(c.dirp(), (int) Math.min(ret, c.count())) : null;
        String entries = address(c.dirp()) + (b != null ? " /* " + entries(b) + " entries */" : "");
        return "getdents64(" + c.fd() + ", " + entries + ", " + c.count() + ")";
    }

    /** How many linux_dirent64 records buf holds (each says its length at offset 16). */
    private static int entries(byte[] buf) {
        int n = 0;
        for (int i = 0; i + 18 <= buf.length; n++) {
            int reclen = Le.getShort(buf, i + 16) & 0xffff;
            if (reclen == 0) {
                break;
            }
            i += reclen;
        }
        return n;
    }

    @Override
    public String getrandom(Syscall.Getrandom c) {
        byte[] b = ok() ? fetch(c.buf(), (int) Math.min(ret, STRSIZE + 1)) : null;
        String data = b == null ? address(c.buf()) : hexQuote(b, 0, (int) ret);
        String flags = c.flags() == 0 ? "0" : c.flags() == 1 ? "GRND_NONBLOCK"
                : c.flags() == 2 ? "GRND_RANDOM" : hex(c.flags());
        return "getrandom(" + data + ", " + c.len() + ", " + flags + ")";
    }

    @Override
    public String getcwd(Syscall.Getcwd c) {
        byte[] b = ok() && ret > 0 ? fetch(c.buf(), (int) ret - 1) : null;
        String s = b == null ? address(c.buf()) : quote(b, 0, b.length, Integer.MAX_VALUE);
        return "getcwd(" + s + ", " + c.size() + ")";
    }

    @Override
    public String chdir(Syscall.Chdir c) {
        return "chdir(" + path(c.path()) + ")";
    }

    @Override
    public String mkdir(Syscall.Mkdir c) {
        return "mkdir(" + path(c.path()) + ", 0" + Integer.toOctalString(c.mode()) + ")";
    }

    @Override
    public String rename(Syscall.Rename c) {
        return "rename(" + path(c.oldpath()) + ", " + path(c.newpath()) + ")";
    }

    @Override
    public String unlink(Syscall.Unlink c) {
        return "unlink(" + path(c.path()) + ")";
    }

    @Override
    public String rmdir(Syscall.Rmdir c) {
        return "rmdir(" + path(c.path()) + ")";
    }

    @Override
    public String umask(Syscall.Umask c) {
        return "umask(" + mode(c.mask()) + ")";
    }

    @Override
    public String prlimit64(Syscall.Prlimit64 c) {
        Rlimit r = Rlimit.of(c.resource());
        String res = r == null ? Integer.toString(c.resource()) : r.name();
        byte[] o = ok() ? fetch(c.oldLimit(), Syscall.Prlimit64.SIZE) : null;
        byte[] n = fetch(c.newLimit(), Syscall.Prlimit64.SIZE);
        String old = o == null ? address(c.oldLimit()) : rlim(o);
        String set = n == null ? address(c.newLimit()) : rlim(n);
        return "prlimit64(" + c.pid() + ", " + res + ", " + set + ", " + old + ")";
    }

    /** A struct rlimit as strace prints it: multiples of 1024 as N*1024. */
    private static String rlim(byte[] l) {
        return "{rlim_cur=" + rlimValue(Le.getLong(l, 0)) + ", rlim_max=" + rlimValue(Le.getLong(l, 8)) + "}";
    }

    private static String rlimValue(long v) {
        final long k = 1024;
        return v != Rlimit.RLIM_INFINITY && v > k && v % k == 0 ? v / k + "*1024" : Rlimit.text(v);
    }

    @Override
    public String getrusage(Syscall.Getrusage c) {
        String who = c.who() == Syscall.Getrusage.RUSAGE_SELF ? "RUSAGE_SELF"
                : c.who() == Syscall.Getrusage.RUSAGE_CHILDREN ? "RUSAGE_CHILDREN"
                : Integer.toString(c.who());
        String usage = rusage(c.usage());
        return "getrusage(" + who + ", " + usage + ")";
    }

    /** A struct rusage at addr once the call succeeded, as strace abbreviates it. */
    private String rusage(long addr) {
        byte[] u = ok() ? fetch(addr, Syscall.Getrusage.SIZE) : null;
        return u == null ? address(addr) : "{ru_utime=" + timeval(Syscall.Getrusage.utimeUs(u))
                + ", ru_stime=" + timeval(Syscall.Getrusage.stimeUs(u)) + ", ...}";
    }

    private static String timeval(long us) {
        return "{tv_sec=" + us / 1_000_000 + ", tv_usec=" + us % 1_000_000 + "}";
    }

    @Override
    public String clockGettime(Syscall.ClockGettime c) {
        String clock = c.clockid() == Syscall.ClockGettime.CLOCK_REALTIME ? "CLOCK_REALTIME"
                : c.clockid() == Syscall.ClockGettime.CLOCK_MONOTONIC ? "CLOCK_MONOTONIC"
                : Integer.toString(c.clockid());
        byte[] tp = ok() ? fetch(c.tp(), Syscall.ClockGettime.TIMESPEC) : null;
        String ts = tp == null ? address(c.tp())
                : "{tv_sec=" + Le.getLong(tp, 0) + ", tv_nsec=" + Le.getLong(tp, 8) + "}";
        return "clock_gettime(" + clock + ", " + ts + ")";
    }

    @Override
    public String utimensat(Syscall.Utimensat c) {
        String dir = c.dirfd() == Syscall.Utimensat.AT_FDCWD ? "AT_FDCWD" : Integer.toString(c.dirfd());
        byte[] t = fetch(c.times(), 2 * Syscall.ClockGettime.TIMESPEC);
        String times = t == null ? address(c.times()) : "[" + time(t, 0) + ", "
                + time(t, Syscall.ClockGettime.TIMESPEC) + "]";
        String flags = c.flags() == Syscall.Utimensat.AT_SYMLINK_NOFOLLOW ? "AT_SYMLINK_NOFOLLOW"
                : Integer.toString(c.flags());
        return "utimensat(" + dir + ", " + path(c.path()) + ", " + times + ", " + flags + ")";
    }

    /** A struct timespec of utimensat as strace prints it: {tv_sec=N, tv_nsec=N} or UTIME_NOW. */
    private static String time(byte[] b, int off) {
        long nsec = Le.getLong(b, off + 8);
        return nsec == Syscall.Utimensat.UTIME_NOW ? "UTIME_NOW"
                : nsec == Syscall.Utimensat.UTIME_OMIT ? "UTIME_OMIT"
                : "{tv_sec=" + Le.getLong(b, off) + ", tv_nsec=" + nsec + "}";
    }

    // Processes.

    @Override
    public String schedYield(Syscall.SchedYield c) {
        return "sched_yield()";
    }

    @Override
    public String pause(Syscall.Pause c) {
        return "pause()";
    }

    @Override
    public String nanosleep(Syscall.Nanosleep c) {
        long ns = 1_000_000_000L;
        return "nanosleep({tv_sec=" + c.nanos() / ns + ", tv_nsec=" + c.nanos() % ns + "}, NULL)";
    }

    @Override
    public String getpid(Syscall.Getpid c) {
        return "getpid()";
    }

    @Override
    public String fork(Syscall.Fork c) {
        return "fork()";
    }

    @Override
    public String execve(Syscall.Execve c) {
        return "execve(" + path(c.path()) + ", " + argv(c.argv()) + ", " + envp(c.envp()) + ")";
    }

    /**
     * strace's printargv: the strings of a NULL-terminated array of pointers, each cut at
     * {@link #STRSIZE}, at most STRSIZE of them and then {@code ...}; the address when it
     * can't be read.
     */
    private String argv(long addr) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; ; i++) {
            long[] ptr = pointer(addr, i);
            if (ptr == null) {
                return address(addr);
            }
            if (ptr[0] == 0) {
                return sb.append(']').toString();
            }
            if (i == STRSIZE) {
                return sb.append(", ...]").toString();
            }
            sb.append(i > 0 ? ", " : "").append(cstring(ptr[0], STRSIZE));
        }
    }

    /**
     * strace's envp without -v: the address and how many strings the array holds,
     * {@code 0x7ffd... /* 15 vars *&#47;}; only the address when it can't be read.
     */
    private String envp(long addr) {
        if (addr == 0) {
            return "NULL";
        }
        for (int i = 0; i < (1 << 20); i++) {
            long[] ptr = pointer(addr, i);
            if (ptr == null) {
                break;
            }
            if (ptr[0] == 0) {
                return address(addr) + " /* " + i + " var" + (i == 1 ? "" : "s") + " */";
            }
        }
        return address(addr);
    }

    /** The i-th pointer of the array at addr, as {value}; null when it can't be read. */
    private long[] pointer(long addr, int i) {
        byte[] b = fetch(addr + (long) i * Long.BYTES, Long.BYTES);
        return b == null ? null : new long[] {Le.getLong(b, 0)};
    }

    @Override
    public String exit(Syscall.Exit c) {
        return "exit_group(" + c.status() + ")";
    }

    @Override
    public String wait4(Syscall.Wait4 c) {
        byte[] w = ret > 0 ? fetch(c.wstatus(), Integer.BYTES) : null;
        String status = w == null ? address(c.wstatus()) : "[" + waitStatus(Le.getInt(w, 0)) + "]";
        String usage = ret > 0 ? rusage(c.rusage()) : address(c.rusage());
        return "wait4(" + c.pid() + ", " + status + ", " + waitOptions(c.options()) + ", " + usage + ")";
    }

    /** strace's printstatus: {WIFEXITED(s) && WEXITSTATUS(s) == 0} and its kin. */
    public static String waitStatus(int s) {
        if (Wait.ifExited(s)) {
            return "{WIFEXITED(s) && WEXITSTATUS(s) == " + Wait.exitStatus(s) + "}";
        }
        if (Wait.ifContinued(s)) {
            return "{WIFCONTINUED(s)}";
        }
        if (Wait.ifStopped(s)) {
            return "{WIFSTOPPED(s) && WSTOPSIG(s) == " + signal(Wait.stopSig(s)) + "}";
        }
        return "{WIFSIGNALED(s) && WTERMSIG(s) == " + signal(Wait.termSig(s))
                + (Wait.coreDump(s) ? " && WCOREDUMP(s)}" : "}");
    }

    @Override
    public String waitid(Syscall.Waitid c) {
        String idtype = switch (c.idtype()) {
            case SigInfo.P_ALL -> "P_ALL";
            case SigInfo.P_PID -> "P_PID";
            case SigInfo.P_PGID -> "P_PGID";
            default -> Integer.toString(c.idtype());
        };
        byte[] b = ok() ? fetch(c.infop(), SigInfo.SIZE) : null;
        SigInfo i = new SigInfo();
        if (b != null) {
            i.decodeFrom(b);
        }
        String info = b == null ? address(c.infop()) : i.pid == 0 ? "{}"
                : "{si_signo=SIGCHLD, si_code=" + CLD[i.code] + ", si_pid=" + i.pid + ", si_uid=" + i.uid
                + ", si_status=" + (i.code == SigInfo.CLD_EXITED ? Integer.toString(i.status) : signal(i.status))
                + ", si_utime=0, si_stime=0}";
        return "waitid(" + idtype + ", " + c.id() + ", " + info + ", " + waitOptions(c.options()) + ", NULL)";
    }

    /** si_code names of a SIGCHLD, by value (SigInfo.CLD_*). */
    private static final String[] CLD = {"0", "CLD_EXITED", "CLD_KILLED", "CLD_DUMPED", "CLD_TRAPPED",
        "CLD_STOPPED", "CLD_CONTINUED"};

    private static String waitOptions(int o) {
        if (o == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        flag(sb, o, Wait.WNOHANG, "WNOHANG");
        flag(sb, o, Wait.WUNTRACED, "WSTOPPED");
        flag(sb, o, Wait.WEXITED, "WEXITED");
        flag(sb, o, Wait.WCONTINUED, "WCONTINUED");
        flag(sb, o, Wait.WNOWAIT, "WNOWAIT");
        int rest = o & ~(Wait.WNOHANG | Wait.WUNTRACED | Wait.WEXITED | Wait.WCONTINUED | Wait.WNOWAIT);
        if (rest != 0) {
            sb.append(sb.length() > 0 ? "|" : "").append(hex(rest));
        }
        return sb.toString();
    }

    @Override
    public String kill(Syscall.Kill c) {
        return "kill(" + c.pid() + ", " + (c.sig() == 0 ? "0" : signal(c.sig())) + ")";
    }

    @Override
    public String getppid(Syscall.Getppid c) {
        return "getppid()";
    }

    @Override
    public String getuid(Syscall.Getuid c) {
        return "getuid()";
    }

    @Override
    public String setuid(Syscall.Setuid c) {
        return "setuid(" + c.uid() + ")";
    }

    @Override
    public String setpgid(Syscall.Setpgid c) {
        return "setpgid(" + c.pid() + ", " + c.pgid() + ")";
    }

    @Override
    public String setsid(Syscall.Setsid c) {
        return "setsid()";
    }

    @Override
    public String getpgid(Syscall.Getpgid c) {
        return "getpgid(" + c.pid() + ")";
    }

    @Override
    public String getpriority(Syscall.Getpriority c) {
        return "getpriority(PRIO_PROCESS, " + c.who() + ")";
    }

    @Override
    public String setpriority(Syscall.Setpriority c) {
        return "setpriority(PRIO_PROCESS, " + c.who() + ", " + c.prio() + ")";
    }

    @Override
    public String schedSetaffinity(Syscall.SchedSetaffinity c) {
        return "sched_setaffinity(" + c.pid() + ", 8, [" + Long.toHexString(c.mask()) + "])";
    }

    @Override
    public String schedGetaffinity(Syscall.SchedGetaffinity c) {
        return "sched_getaffinity(" + c.pid() + ", 8, ...)";
    }

    @Override
    public String schedSetscheduler(Syscall.SchedSetscheduler c) {
        int flags = c.policy() & SchedPolicy.SCHED_RESET_ON_FORK;
        String name = SchedPolicy.name(c.policy() & ~SchedPolicy.SCHED_RESET_ON_FORK);
        String policy = (name == null ? Integer.toString(c.policy() & ~flags) : name)
                + (flags != 0 ? "|SCHED_RESET_ON_FORK" : "");
        return "sched_setscheduler(" + c.pid() + ", " + policy + ", [" + c.priority() + "])";
    }

    @Override
    public String schedGetscheduler(Syscall.SchedGetscheduler c) {
        return "sched_getscheduler(" + c.pid() + ")";
    }

    @Override
    public String schedGetparam(Syscall.SchedGetparam c) {
        return "sched_getparam(" + c.pid() + ", " + (ok() ? "[" + ret + "]" : "...") + ")";
    }

    @Override
    public String schedGetPriorityMax(Syscall.SchedGetPriorityMax c) {
        return "sched_get_priority_max(" + policyName(c.policy()) + ")";
    }

    @Override
    public String schedGetPriorityMin(Syscall.SchedGetPriorityMin c) {
        return "sched_get_priority_min(" + policyName(c.policy()) + ")";
    }

    private static String policyName(int policy) {
        String name = SchedPolicy.name(policy);
        return name == null ? Integer.toString(policy) : name;
    }

    @Override
    public String forkOf(Syscall.ForkOf c) {
        return "miniunix_fork_of(" + c.pid() + ")";
    }

    @Override
    public String ptrace(Syscall.Ptrace c) {
        String opts = c.data() == 0 ? "0"
                : c.data() == Syscall.Ptrace.PTRACE_O_TRACEFORK ? "PTRACE_O_TRACEFORK" : hex(c.data());
        return switch (c.request()) {
            case Syscall.Ptrace.PTRACE_TRACEME -> "ptrace(PTRACE_TRACEME)";
            case Syscall.Ptrace.PTRACE_SEIZE -> "ptrace(PTRACE_SEIZE, " + c.pid() + ", NULL, " + opts + ")";
            case Syscall.Ptrace.PTRACE_EVENTS -> "ptrace(PTRACE_EVENTS, " + c.pid() + ", NULL, " + opts + ")";
            default -> "ptrace(" + hex(c.request()) + " /* PTRACE_??? */, " + c.pid() + ", NULL, "
                    + hex(c.data()) + ")";
        };
    }

    @Override
    public String inject(Syscall.Inject c) {
        byte[] b = ok() ? fetch(c.result(), Long.BYTES) : null;
        long r = b != null ? Le.getLong(b, 0) : ret;
        return "miniunix_inject(" + c.pid() + ", " + c.call().accept(new SyscallText(r, null)) + ", "
                + (b != null ? "[" + r + "]" : address(c.result())) + ")";
    }

    @Override
    public String processVmReadv(Syscall.ProcessVmReadv c) {
        String local = ok() ? userString(c.local(), (int) Math.min(ret, c.len())) : address(c.local());
        return "process_vm_readv(" + c.pid() + ", [{iov_base=" + local + ", iov_len=" + c.len()
                + "}], 1, [{iov_base=" + address(c.remote()) + ", iov_len=" + c.len() + "}], 1, 0)";
    }

    @Override
    public String processVmWritev(Syscall.ProcessVmWritev c) {
        return "process_vm_writev(" + c.pid() + ", [{iov_base=" + userString(c.local(), c.len())
                + ", iov_len=" + c.len() + "}], 1, [{iov_base=" + address(c.remote()) + ", iov_len="
                + c.len() + "}], 1, 0)";
    }

    // Argument printers shared by the decoders.

    /**
     * strace's string_quote: printable ASCII as is, C escapes for \t \n \v \f \r \" \\, other
     * bytes in octal (three digits when a digit follows, so it can't be misread); at most max
     * bytes, then {@code ...} after the closing quote.
     */
    public static String quote(byte[] b, int off, int len, int max) {
        int n = Math.min(len, max);
        StringBuilder sb = new StringBuilder(n + 8).append('"');
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xff;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case 0x0b -> sb.append("\\v");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        boolean digitNext = i + 1 < n && b[off + i + 1] >= '0' && b[off + i + 1] <= '7';
                        String oct = Integer.toOctalString(c);
                        sb.append('\\').append(digitNext ? "000".substring(oct.length()) + oct : oct);
                    }
                }
            }
        }
        sb.append('"');
        return len > max ? sb.append("...").toString() : sb.toString();
    }

    /** strace's QUOTE_FORCE_HEX, used for getrandom's bytes: every byte as \xNN. */
    private static String hexQuote(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < Math.min(len, STRSIZE); i++) {
            sb.append(String.format("\\x%02x", b[off + i] & 0xff));
        }
        return sb.append(len > STRSIZE ? "\"..." : "\"").toString();
    }

    /** A path argument (strace's printpath): the C string, not cut; its address if unreadable. */
    private String path(long addr) {
        return cstring(addr, PATH_MAX);
    }

    /** PATH_MAX: the most of a path strace reads. */
    private static final int PATH_MAX = 4096;

    /**
     * The C string at addr in the caller's memory, quoted and cut at max bytes (then
     * {@code ...}, as strace's printstr does for a string longer than -s); the address when it
     * can't be read, NULL for 0.
     */
    private String cstring(long addr, int max) {
        if (mem == null || addr == 0) {
            return address(addr);
        }
        byte[] b = new byte[Math.min(max + 1, 256)];
        int len = 0;
        long at = addr;
        while (len <= max) {
            // A page at a time, so a string that ends just before an unmapped page reads.
            int n = (int) Math.min(4096 - (at & 4095), max + 1 - len);
            if (b.length < len + n) {
                b = java.util.Arrays.copyOf(b, Math.max(len + n, 2 * b.length));
            }
            if (!mem.peek(at, b, len, n)) {
                return address(addr);
            }
            for (int i = len; i < len + n; i++) {
                if (b[i] == 0) {
                    return quote(b, 0, i, max);
                }
            }
            len += n;
            at += n;
        }
        return quote(b, 0, len, max);
    }

    /** A struct stat at the user address addr as strace's print_struct_stat abbreviates it. */
    private String statBuf(long addr) {
        byte[] b = ok() ? fetch(addr, StatBuf.SIZE) : null;
        if (b == null) {
            return address(addr);
        }
        StatBuf st = StatBuf.decode(b, 0);
        String type = switch (st.mode & StatBuf.S_IFMT) {
            case StatBuf.S_IFDIR -> "S_IFDIR";
            case StatBuf.S_IFCHR -> "S_IFCHR";
            case StatBuf.S_IFIFO -> "S_IFIFO";
            case StatBuf.S_IFLNK -> "S_IFLNK";
            default -> "S_IFREG";
        };
        String mode = "{st_mode=" + type + "|0" + Integer.toOctalString(st.mode & 07777);
        return st.isCharDevice()
                ? mode + ", st_rdev=makedev(0x" + Integer.toHexString(st.rdevMajor()) + ", 0x"
                        + Integer.toHexString(st.rdevMinor()) + "), ...}"
                : mode + ", st_size=" + st.size + ", ...}";
    }

    /** open(2) flags: the access mode, then the others in strace's xlat order. */
    public static String openFlags(int flags) {
        int acc = flags & Fcntl.O_ACCMODE;
        StringBuilder sb = new StringBuilder(acc == Fcntl.O_WRONLY ? "O_WRONLY"
                : acc == Fcntl.O_RDWR ? "O_RDWR" : acc == Fcntl.O_RDONLY ? "O_RDONLY" : "O_ACCMODE");
        int[] bits = {Fcntl.O_CREAT, Fcntl.O_EXCL, Fcntl.O_TRUNC, Fcntl.O_APPEND, Fcntl.O_NONBLOCK,
                Fcntl.O_NOFOLLOW, Fcntl.O_CLOEXEC, Fcntl.O_DIRECTORY};
        String[] names = {"O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND", "O_NONBLOCK", "O_NOFOLLOW",
                "O_CLOEXEC", "O_DIRECTORY"};
        int rest = flags & ~Fcntl.O_ACCMODE;
        for (int i = 0; i < bits.length; i++) {
            if ((rest & bits[i]) != 0) {
                sb.append('|').append(names[i]);
                rest &= ~bits[i];
            }
        }
        return rest != 0 ? sb.append("|0").append(Integer.toOctalString(rest)).toString() : sb.toString();
    }

    /** A signal as strace names it: SIGTERM, SIGRTMIN+3; a bad number in decimal. */
    public static String signal(int sig) {
        return Signal.isValid(sig) ? "SIG" + Signal.nameOf(sig) : Integer.toString(sig);
    }

    private static void flag(StringBuilder sb, int value, int bit, String name) {
        if ((value & bit) != 0) {
            sb.append(sb.length() > 0 ? "|" : "").append(name);
        }
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
