package miniunix.user.lib;

import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.StatfsBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.UserMemory;
import miniunix.kernel.uapi.Utsname;

/**
 * read(2) and write(2) as a program calls them through the C library: the program names a
 * Java array, the library moves the bytes through the process's own memory. Each process has
 * two I/O buffers of {@link #BUFSIZE} bytes on its stack, just below the stack pointer execve
 * left (main()'s {@code char buf[65536]}), placed when the program first runs: write stores
 * the program's bytes there (a memory reference through the page table: a page fault the
 * first time, counted in RSS) and passes the address; read passes the other buffer's address
 * and, when the call has returned, loads what the kernel copied out into the program's array
 * before the program runs on. So the kernel only ever sees addresses, and a program reads and
 * writes arrays as before.
 *
 * <p>The library needs the memory of the process running now, which a CPU's load and store
 * instructions have implicitly: {@link #enter} binds it (and the process's {@link Io}) for one
 * resume, on the thread running the kernel, and {@link #leave} unbinds it; so {@code read} and
 * {@code write} are static, callable from a program's helpers ({@link Input}, {@link Fetch})
 * as from the program. Invariant: a read is completed ({@link Io#complete}) by the resume
 * that gets its result, before the program's code runs.
 *
 * <p>Simplified: a call moves at most BUFSIZE bytes (a short count, which callers handle as
 * any short read or write).
 */
public final class Libc {
    /** Each I/O buffer's size: a read or write moves at most this much per call. */
    public static final int BUFSIZE = 65536;
    private static final long PAGE_MASK = 4095;

    /** What a process's library keeps between traps: plain data, copied by fork. */
    public static final class Io {
        /** The input buffer's address (output's is BUFSIZE below it); 0 until placed. */
        private long in;
        /** The array a read in flight fills, and where in it; null when none is. */
        private byte[] dst;
        private int dstOff;
        /** The read(2) the program was given for it: its result completes the read. */
        private Syscall.Read issued;
        /** Another call with out-parameters in the input buffer, and what its result does. */
        private Syscall pending;
        /** What its result loads: which struct, into which of the program's objects, from where. */
        private Out out;
        private Object outDst;
        private int outArg;
        private long outAt;

        /**
         * A copy for fork: the same addresses. A fork is made at a Fork trap, never with a
         * read or another call in flight, so nothing is pending (a pending completion would load
         * into the original's objects).
         */
        public Io copy() {
            Io c = new Io();
            c.in = in;
            return c;
        }

        /**
         * The buffers a signal handler uses: its own, below these (a handler's locals are on
         * the stack below the interrupted code's), so a read the handler makes can't
         * overwrite data the interrupted read left for its program. This Io must be placed.
         */
        public Io forHandler() {
            Io h = new Io();
            h.in = in - 2L * BUFSIZE;
            return h;
        }

        /**
         * The resume after trap returns: when trap was this process's read and it read n > 0
         * bytes, they are loaded from the input buffer into the program's array.
         */
        public void complete(UserMemory mem, Object trap, long n) {
            if (pending != null && trap == pending) {
                Object d = outDst;
                pending = null;
                outDst = null;
                out.load(mem, outAt, n, d, outArg);
                return;
            }
            if (issued == null || trap != issued) {
                return;
            }
            if (n > 0) {
                mem.load(in, dst, dstOff, (int) Math.min(n, issued.len()));
            }
            dst = null;
            issued = null;
        }

        void place(UserMemory mem) {
            if (in == 0) {
                in = (mem.sp() - BUFSIZE) & ~PAGE_MASK;
            }
        }
    }

    /**
     * What the library does when a call it issued returns, in the resume that gets the result
     * and before the program's code runs: loads the out-parameters the kernel stored at an
     * address into the program's object (dst; arg is an offset or a count). A kind, not a
     * lambda, so that a process with a call in flight stays plain data (DESIGN.md, Snapshots).
     */
    enum Out {
        /** A struct stat into a StatBuf, on 0. */
        STAT,
        /** A struct statfs into a StatfsBuf, on 0. */
        STATFS,
        /** The r bytes the call returned into a byte[] at offset arg, on r &gt; 0. */
        BYTES,
        /** A 64-bit word (a sigset_t, inject's result) into long[0], on 0. */
        WORD,
        /** A struct sigaction into SigAction[0], on 0. */
        SIGACTION,
        /** pipe's two fds into int[2], on 0. */
        PIPE,
        /** wait4's status into int[0], when a child was reaped (r &gt; 0). */
        WSTATUS,
        /** A siginfo_t into a SigInfo, on 0. */
        WAITID,
        /** arg struct pollfds' revents into the PollFd[], on r &gt;= 0. */
        POLL,
        /** ru_utime and ru_stime of a struct rusage, in microseconds, into long[2], on 0. */
        RUSAGE,
        /** A struct rlimit64 (soft, hard) into long[2], on 0. */
        RLIMIT,
        /** A struct timespec (tv_sec, tv_nsec) into long[2], on 0. */
        TIMESPEC,
        /** getgroups' r gids into int[], on r &gt; 0 (when the call was given room). */
        GIDS,
        /** A struct new_utsname into a byte[] of Utsname.SIZE, on 0. */
        UTSNAME;

        void load(UserMemory mem, long at, long r, Object dst, int arg) {
            switch (this) {
                case STAT -> {
                    if (r == 0) {
                        ((StatBuf) dst).decodeFrom(Libc.load(mem, at, StatBuf.SIZE), 0);
                    }
                }
                case STATFS -> {
                    if (r == 0) {
                        ((StatfsBuf) dst).decodeFrom(Libc.load(mem, at, StatfsBuf.SIZE), 0);
                    }
                }
                case BYTES -> {
                    if (r > 0) {
                        mem.load(at, (byte[]) dst, arg, (int) r);
                    }
                }
                case WORD -> {
                    if (r == 0) {
                        ((long[]) dst)[0] = Le.getLong(Libc.load(mem, at, Long.BYTES), 0);
                    }
                }
                case SIGACTION -> {
                    if (r == 0) {
                        ((SigAction[]) dst)[0] =
                                SigAction.decode(Libc.load(mem, at, SigAction.SIZE), 0);
                    }
                }
                case PIPE -> {
                    if (r == 0) {
                        byte[] b = Libc.load(mem, at, 8);
                        ((int[]) dst)[0] = Le.getInt(b, 0);
                        ((int[]) dst)[1] = Le.getInt(b, 4);
                    }
                }
                case WSTATUS -> {
                    if (r > 0) {
                        ((int[]) dst)[0] = Le.getInt(Libc.load(mem, at, 4), 0);
                    }
                }
                case WAITID -> {
                    if (r == 0) {
                        ((SigInfo) dst).decodeFrom(Libc.load(mem, at, SigInfo.SIZE));
                    }
                }
                case POLL -> {
                    if (r >= 0) {
                        PollFd[] fds = (PollFd[]) dst;
                        PollFd[] back = PollFd.decode(Libc.load(mem, at, arg * PollFd.SIZE), arg);
                        for (int i = 0; i < arg; i++) {
                            fds[i].revents = back[i].revents;
                        }
                    }
                }
                case RUSAGE -> {
                    if (r == 0) {
                        byte[] b = Libc.load(mem, at, Syscall.Getrusage.SIZE);
                        ((long[]) dst)[0] = Syscall.Getrusage.utimeUs(b);
                        ((long[]) dst)[1] = Syscall.Getrusage.stimeUs(b);
                    }
                }
                case GIDS -> {
                    int[] gids = (int[]) dst;
                    if (r > 0 && r <= gids.length) {
                        byte[] b = Libc.load(mem, at, (int) r * Syscall.Getgroups.GID_SIZE);
                        for (int i = 0; i < r; i++) {
                            gids[i] = Le.getInt(b, i * Syscall.Getgroups.GID_SIZE);
                        }
                    }
                }
                case UTSNAME -> {
                    if (r == 0) {
                        mem.load(at, (byte[]) dst, 0, Utsname.SIZE);
                    }
                }
                case RLIMIT, TIMESPEC -> {
                    if (r == 0) {
                        byte[] b = Libc.load(mem, at, 16);
                        ((long[]) dst)[0] = Le.getLong(b, 0);
                        ((long[]) dst)[1] = Le.getLong(b, 8);
                    }
                }
            }
        }
    }

    /** The memory and library state of the process whose code runs now (per kernel thread). */
    private static final ThreadLocal<Libc> CURRENT = ThreadLocal.withInitial(Libc::new);

    private UserMemory mem;
    private Io io;
    /** Where a string is encoded before it is stored (per kernel thread, reused). */
    private byte[] enc = new byte[Syscall.Open.PATH_MAX + 16];

    private Libc() {
    }

    /** A program's resume begins: the library works on mem and io until {@link #leave}. */
    public static void enter(UserMemory mem, Io io) {
        Libc c = CURRENT.get();
        c.mem = mem;
        c.io = io;
        io.place(mem);
    }

    /** The resume is over: mem is no longer valid. */
    public static void leave() {
        Libc c = CURRENT.get();
        c.mem = null;
        c.io = null;
    }

    /**
     * read(2) of up to len bytes into buf[off..]: the trap to return; the bytes are in buf when
     * the program gets the result.
     */
    public static Syscall.Read read(int fd, byte[] buf, int off, int len) {
        Libc c = bound();
        if (off < 0 || len < 0 || off > buf.length - len) {
            throw new IndexOutOfBoundsException("read into [" + off + ", " + len + ") of " + buf.length);
        }
        Io io = c.io;
        io.dst = buf;
        io.dstOff = off;
        io.issued = new Syscall.Read(fd, io.in, Math.min(len, BUFSIZE));
        return io.issued;
    }

    /** write(2) of buf[off..off+len), at most {@link #BUFSIZE} of it: the trap to return. */
    public static Syscall.Write write(int fd, byte[] buf, int off, int len) {
        Libc c = bound();
        int n = Math.min(len, BUFSIZE);
        long at = c.io.in - BUFSIZE;
        if (n > 0) {
            c.mem.store(at, buf, off, n);
        }
        return new Syscall.Write(fd, at, n);
    }

    /**
     * call, which passes out-parameters at the input buffer's address ({@link #buffer}), is
     * the trap to return; when it has returned, out loads them into dst.
     */
    static <T extends Syscall> T issue(T call, Out out, Object dst) {
        return issue(call, out, dst, 0, bound().io.in);
    }

    /** As {@link #issue(Syscall, Out, Object)}, the out-parameters at address at; arg for out. */
    static <T extends Syscall> T issue(T call, Out out, Object dst, int arg, long at) {
        Io io = bound().io;
        io.pending = call;
        io.out = out;
        io.outDst = dst;
        io.outArg = arg;
        io.outAt = at;
        return call;
    }

    /**
     * The address of the input buffer, where a call's out-parameters (and in-parameters that
     * are structs) are placed: {@link #BUFSIZE} bytes, in use by one call at a time.
     */
    static long buffer() {
        return bound().io.in;
    }

    /** Stores src[0..len) at the input buffer, for a call that reads a struct from memory. */
    static long put(byte[] src, int len) {
        Libc c = bound();
        c.mem.store(c.io.in, src, 0, len);
        return c.io.in;
    }

    /** len bytes at addr of the running process's memory. */
    static byte[] load(UserMemory mem, long addr, int len) {
        byte[] b = new byte[len];
        mem.load(addr, b, 0, len);
        return b;
    }

    // Strings. A path is a C string at the end of the input buffer (where a C program's
    // string constants and buffers would be, passed directly): slot 1 at its last SLOT bytes,
    // slot 0 before it, for calls with two paths. Not the output buffer: a program's trap may
    // wait while its output is flushed (Proc), and those writes pass through the output buffer;
    // no read is ever made between. Out-parameters start at the input buffer's start, far
    // below. Nothing is allocated per call but the record.

    /** Bytes of a path slot: PATH_MAX and the NUL fit; page-aligned, so a short path is one page. */
    private static final int SLOT = 2 * 4096;
    /**
     * Where execve's strings and arrays go when they don't fit in the input buffer: this far
     * below it, under the buffers of a signal handler's library (forHandler).
     */
    private static final long EXEC_BELOW = 4L * BUFSIZE;

    /**
     * s as a C string in slot (0 or 1) of the string area: its address, or 0 (NULL) for a
     * null s. At most PATH_MAX bytes of it are stored, then the NUL: the kernel reads no
     * further (a longer path is ENAMETOOLONG all the same).
     */
    public static long str(String s, int slot) {
        if (s == null) {
            return 0;
        }
        Libc c = bound();
        int n = c.encode(s, 0, Syscall.Open.PATH_MAX);
        long at = c.io.in + BUFSIZE - (2L - slot) * SLOT;
        c.mem.store(at, c.enc, 0, n + 1);
        return at;
    }

    /**
     * s in UTF-8 into enc at off, at most max bytes of it, then a NUL (enc grows as needed):
     * the bytes before the NUL. Simplified: a NUL inside s ends the C string there, as it would.
     */
    private int encode(String s, int off, int max) {
        int len = s.length();
        if (enc.length < off + Math.min(len, max) + 1) {
            enc = java.util.Arrays.copyOf(enc, Math.max(off + Math.min(len, max) + 1, enc.length * 2));
        }
        int n = 0;
        for (; n < len && n < max; n++) {
            char ch = s.charAt(n);
            if (ch >= 0x80) {
                return encodeSlow(s, off, max);
            }
            enc[off + n] = (byte) ch;
        }
        enc[off + n] = 0;
        return n;
    }

    private int encodeSlow(String s, int off, int max) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(b.length, max);
        if (enc.length < off + n + 1) {
            enc = java.util.Arrays.copyOf(enc, Math.max(off + n + 1, enc.length * 2));
        }
        System.arraycopy(b, 0, enc, off, n);
        enc[off + n] = 0;
        return n;
    }

    /** open(2) of path. */
    public static Syscall.Open open(String path, int flags, int mode) {
        return new Syscall.Open(str(path, 0), flags, mode);
    }

    /** chdir(2). */
    public static Syscall.Chdir chdir(String path) {
        return new Syscall.Chdir(str(path, 0));
    }

    /** mkdir(2). */
    public static Syscall.Mkdir mkdir(String path, int mode) {
        return new Syscall.Mkdir(str(path, 0), mode);
    }

    /** rmdir(2). */
    public static Syscall.Rmdir rmdir(String path) {
        return new Syscall.Rmdir(str(path, 0));
    }

    /** unlink(2). */
    public static Syscall.Unlink unlink(String path) {
        return new Syscall.Unlink(str(path, 0));
    }

    /** rename(2). */
    public static Syscall.Rename rename(String oldpath, String newpath) {
        return new Syscall.Rename(str(oldpath, 0), str(newpath, 1));
    }

    /** link(2). */
    public static Syscall.Link link(String oldpath, String newpath) {
        return new Syscall.Link(str(oldpath, 0), str(newpath, 1));
    }

    public static Syscall.Linkat linkat(int olddirfd, String oldpath, int newdirfd, String newpath,
            int flags) {
        return new Syscall.Linkat(olddirfd, str(oldpath, 0), newdirfd, str(newpath, 1), flags);
    }

    /** symlink(2). */
    public static Syscall.Symlink symlink(String target, String linkpath) {
        return new Syscall.Symlink(str(target, 0), str(linkpath, 1));
    }

    /** symlinkat(2). */
    public static Syscall.Symlinkat symlinkat(String target, int newdirfd, String linkpath) {
        return new Syscall.Symlinkat(str(target, 0), newdirfd, str(linkpath, 1));
    }

    /** chmod(2). */
    public static Syscall.Chmod chmod(String path, int mode) {
        return new Syscall.Chmod(str(path, 0), mode);
    }

    /** fchmodat(2). */
    public static Syscall.Fchmodat fchmodat(int dirfd, String path, int mode) {
        return new Syscall.Fchmodat(dirfd, str(path, 0), mode);
    }

    /**
     * execve(2): path, and argv and envp as NULL-terminated arrays of pointers to C strings,
     * built in the process's memory: in the input buffer when they fit, else on the stack
     * below the library's buffers (up to ARG_MAX and more: the old image goes anyway). Each
     * string is stored up to MAX_ARG_STRLEN bytes and the strings up to past ARG_MAX, as far
     * as the kernel reads before it refuses them with E2BIG.
     */
    public static Syscall.Execve execve(String path, java.util.List<String> argv, java.util.List<String> envp) {
        Libc c = bound();
        int pos = c.encode(path, 0, Syscall.Open.PATH_MAX) + 1;
        int[] offs = new int[argv.size() + envp.size()];
        long total = 0;
        int na = 0;
        int ne = 0;
        for (int i = 0; i < offs.length && total <= Syscall.Execve.ARG_MAX; i++) {
            String s = i < argv.size() ? argv.get(i) : envp.get(i - argv.size());
            offs[i] = pos;
            int n = c.encode(s, pos, Syscall.Execve.MAX_ARG_STRLEN);
            pos += n + 1;
            total += n + 1 + Long.BYTES;
            if (i < argv.size()) {
                na++;
            } else {
                ne++;
            }
        }
        int arrays = (pos + 7) & ~7;
        int size = arrays + (na + 1 + ne + 1) * Long.BYTES;
        long base = size <= BUFSIZE ? c.io.in : (c.io.in - EXEC_BELOW - size) & ~15L;
        if (c.enc.length < size) {
            c.enc = java.util.Arrays.copyOf(c.enc, size);
        }
        int at = arrays;
        for (int i = 0; i < na; i++, at += Long.BYTES) {
            Le.putLong(c.enc, at, base + offs[i]);
        }
        Le.putLong(c.enc, at, 0);
        at += Long.BYTES;
        long envAt = base + at;
        for (int i = 0; i < ne; i++, at += Long.BYTES) {
            Le.putLong(c.enc, at, base + offs[argv.size() + i]);
        }
        Le.putLong(c.enc, at, 0);
        java.util.Arrays.fill(c.enc, pos, arrays, (byte) 0);
        c.mem.store(base, c.enc, 0, size);
        if (c.enc.length > 1 << 20) {
            c.enc = new byte[Syscall.Open.PATH_MAX + 16];     // don't keep megabytes per thread
        }
        return new Syscall.Execve(base, base + arrays, envAt);
    }

    // The calls that return structs, as the C library wraps them: each fills a program's
    // object from user memory when the call has succeeded.

    /** stat(2): st gets the file's struct stat when the call returns 0. */
    public static Syscall.Stat stat(String path, StatBuf st) {
        return issue(new Syscall.Stat(str(path, 0), buffer()), Out.STAT, st);
    }

    /** fstat(2): st gets the open file's struct stat when the call returns 0. */
    public static Syscall.Fstat fstat(int fd, StatBuf st) {
        return issue(new Syscall.Fstat(fd, buffer()), Out.STAT, st);
    }

    /** statfs(2): st gets the filesystem's struct statfs when the call returns 0. */
    public static Syscall.Statfs statfs(String path, StatfsBuf st) {
        return issue(new Syscall.Statfs(str(path, 0), buffer()), Out.STATFS, st);
    }

    /** lstat(2): st gets the struct stat of path (of a link itself) when the call returns 0. */
    public static Syscall.Lstat lstat(String path, StatBuf st) {
        return issue(new Syscall.Lstat(str(path, 0), buffer()), Out.STAT, st);
    }

    /**
     * readlink(2) of path into buf (at most {@link #BUFSIZE} bytes of it): the target's bytes
     * are in buf[0..n) when the program gets n.
     */
    public static Syscall.Readlink readlink(String path, byte[] buf) {
        return issue(new Syscall.Readlink(str(path, 0), buffer(), Math.min(buf.length, BUFSIZE)),
                Out.BYTES, buf);
    }

    /**
     * getdents64(2) into buf (at most {@link #BUFSIZE} bytes of it): the linux_dirent64
     * records are in buf[0..n) when the program gets n; {@link Dirent} reads them.
     */
    public static Syscall.Getdents64 getdents64(int fd, byte[] buf) {
        return issue(new Syscall.Getdents64(fd, buffer(), Math.min(buf.length, BUFSIZE)),
                Out.BYTES, buf);
    }

    /** rt_sigpending(2): set[0] gets the pending and blocked signals when the call returns 0. */
    public static Syscall.RtSigpending sigpending(long[] set) {
        return issue(new Syscall.RtSigpending(buffer()), Out.WORD, set);
    }

    /** rt_sigprocmask(2): old[0] gets the mask before when the call returns 0. */
    public static Syscall.RtSigprocmask sigprocmask(int how, long set, long[] old) {
        return issue(new Syscall.RtSigprocmask(how, set, buffer()), Out.WORD, old);
    }

    /**
     * rt_sigaction(2) with an oldact: old[0] gets the disposition before when the call returns
     * 0 (handler {@link Syscall.RtSigaction#QUERY} only reads it).
     */
    public static Syscall.RtSigaction sigaction(int sig, long handler, long mask, int flags, SigAction[] old) {
        return issue(new Syscall.RtSigaction(sig, handler, mask, flags, buffer()),
                Out.SIGACTION, old);
    }

    /** pipe(2): fds[0] and fds[1] get the read and write ends when the call returns 0. */
    public static Syscall.Pipe pipe(int[] fds) {
        return issue(new Syscall.Pipe(buffer()), Out.PIPE, fds);
    }

    /**
     * wait4(2) (waitpid(3)): wstatus[0], when wstatus is not null, gets the status of the
     * child whose pid the program gets (the kernel stores it when the call completes).
     */
    public static Syscall.Wait4 wait4(int pid, int[] wstatus, int options) {
        if (wstatus == null) {
            return new Syscall.Wait4(pid, 0, options);
        }
        return issue(new Syscall.Wait4(pid, buffer(), options), Out.WSTATUS, wstatus);
    }

    /** waitid(2): info gets the child's report (si_pid 0: none) when the call returns 0. */
    public static Syscall.Waitid waitid(int idtype, int id, SigInfo info, int options) {
        return issue(new Syscall.Waitid(idtype, id, buffer(), options), Out.WAITID, info);
    }

    /**
     * poll(2): the fds go to memory as an array of struct pollfd, and each revents is loaded
     * back when the call has returned (the kernel stores them when it completes).
     */
    public static Syscall.Poll poll(PollFd[] fds, int timeout) {
        int n = Math.min(fds.length, BUFSIZE / PollFd.SIZE);
        byte[] b = new byte[n * PollFd.SIZE];
        PollFd.encode(java.util.Arrays.copyOf(fds, n), b);
        return issue(new Syscall.Poll(put(b, b.length), n, timeout), Out.POLL, fds, n, buffer());
    }

    /** getcwd(2): buf gets the path and its NUL when the program gets its length. */
    public static Syscall.Getcwd getcwd(byte[] buf) {
        return issue(new Syscall.Getcwd(buffer(), Math.min(buf.length, BUFSIZE)),
                Out.BYTES, buf);
    }

    /**
     * getgroups(2): with an empty list, getgroups(0, NULL), the count alone; otherwise up to
     * list.length gids (at most what the buffer holds) into list when the program gets the count.
     */
    public static Syscall.Getgroups getgroups(int[] list) {
        if (list.length == 0) {
            return new Syscall.Getgroups(0, 0);
        }
        int n = Math.min(list.length, BUFSIZE / Syscall.Getgroups.GID_SIZE);
        return issue(new Syscall.Getgroups(n, buffer()), Out.GIDS, list);
    }

    /** setgroups(2) of gids, placed in the input buffer (at most what it holds). */
    public static Syscall.Setgroups setgroups(int[] gids) {
        int n = Math.min(gids.length, BUFSIZE / Syscall.Getgroups.GID_SIZE);
        byte[] b = new byte[n * Syscall.Getgroups.GID_SIZE];
        for (int i = 0; i < n; i++) {
            Le.putInt(b, i * Syscall.Getgroups.GID_SIZE, gids[i]);
        }
        return new Syscall.Setgroups(n, n == 0 ? 0 : put(b, b.length));
    }

    /**
     * uname(2): uts (at least Utsname.SIZE bytes) gets the struct new_utsname on 0; read its
     * fields with Utsname.field.
     */
    public static Syscall.Uname uname(byte[] uts) {
        return issue(new Syscall.Uname(buffer()), Out.UTSNAME, uts);
    }

    /** sethostname(2) of name's bytes (no NUL), placed in the input buffer. */
    public static Syscall.Sethostname sethostname(byte[] name) {
        return new Syscall.Sethostname(put(name, name.length), name.length);
    }

    /** getrusage(2): usage[0] and usage[1] get ru_utime and ru_stime in microseconds. */
    public static Syscall.Getrusage getrusage(int who, long[] usage) {
        return issue(new Syscall.Getrusage(who, buffer()), Out.RUSAGE, usage);
    }

    /**
     * prlimit64(2): newLimit (soft, hard), when not null, is placed in memory as a struct
     * rlimit64 and set; oldLimit, when not null, gets the limits before.
     */
    public static Syscall.Prlimit64 prlimit64(int pid, int resource, long[] newLimit, long[] oldLimit) {
        long at = buffer();
        if (newLimit != null) {
            byte[] b = new byte[Syscall.Prlimit64.SIZE];
            Le.putLong(b, 0, newLimit[0]);
            Le.putLong(b, 8, newLimit[1]);
            put(b, b.length);
        }
        long old = at + Syscall.Prlimit64.SIZE;
        Syscall.Prlimit64 c = new Syscall.Prlimit64(pid, resource, newLimit == null ? 0 : at,
                oldLimit == null ? 0 : old);
        return oldLimit == null ? c : issue(c, Out.RLIMIT, oldLimit, 0, old);
    }

    /** clock_gettime(2): tp[0] and tp[1] get tv_sec and tv_nsec when the call returns 0. */
    public static Syscall.ClockGettime clockGettime(int clockid, long[] tp) {
        return issue(new Syscall.ClockGettime(clockid, buffer()), Out.TIMESPEC, tp);
    }

    /**
     * utimensat(2): times (access, modification: nanoseconds since the epoch, or UTIME_NOW or
     * UTIME_OMIT), when not null, placed in memory as a struct timespec[2]; null is now.
     */
    public static Syscall.Utimensat utimensat(int dirfd, String path, long[] times, int flags) {
        long at = 0;
        if (times != null) {
            byte[] b = new byte[2 * Syscall.ClockGettime.TIMESPEC];
            Syscall.Utimensat.putTime(b, 0, times[0]);
            Syscall.Utimensat.putTime(b, Syscall.ClockGettime.TIMESPEC, times[1]);
            at = put(b, b.length);
        }
        return new Syscall.Utimensat(dirfd, str(path, 0), at, flags);
    }

    /** getrandom(2): buf[off..off+n) gets random bytes when the program gets n. */
    public static Syscall.Getrandom getrandom(byte[] buf, int off, int len, int flags) {
        return issue(new Syscall.Getrandom(buffer(), Math.min(len, BUFSIZE), flags),
                Out.BYTES, buf, off, buffer());
    }

    /** miniunix_translate(2): buf gets the walk's text when the program gets its length. */
    public static Syscall.Translate translate(int pid, long vaddr, byte[] buf) {
        return issue(new Syscall.Translate(pid, vaddr, buffer(), Math.min(buf.length, BUFSIZE)),
                Out.BYTES, buf);
    }

    /** miniunix_inject(2): result[0] gets the injected call's result when inject returns 0. */
    public static Syscall.Inject inject(int pid, Syscall call, long[] result) {
        return issue(new Syscall.Inject(pid, call, buffer()), Out.WORD, result);
    }

    /** process_vm_readv(2): dst gets n bytes at remote in process pid when the program gets n. */
    public static Syscall.ProcessVmReadv processVmReadv(int pid, long remote, byte[] dst) {
        return issue(new Syscall.ProcessVmReadv(pid, buffer(), remote, Math.min(dst.length, BUFSIZE)),
                Out.BYTES, dst);
    }

    /** process_vm_writev(2) of src (at most {@link #BUFSIZE} bytes) to remote in process pid. */
    public static Syscall.ProcessVmWritev processVmWritev(int pid, long remote, byte[] src) {
        int n = Math.min(src.length, BUFSIZE);
        return new Syscall.ProcessVmWritev(pid, put(src, n), remote, n);
    }

    /** The memory of the process running now (for a program's own loads and stores). */
    public static UserMemory memory() {
        return bound().mem;
    }

    private static Libc bound() {
        Libc c = CURRENT.get();
        if (c.mem == null) {
            throw new IllegalStateException("no process is running on this thread");
        }
        return c;
    }
}
