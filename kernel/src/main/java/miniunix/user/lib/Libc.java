package miniunix.user.lib;

import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.StatfsBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.UserMemory;

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
        private Completion onReturn;

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
                Completion c = onReturn;
                pending = null;
                onReturn = null;
                c.complete(mem, in, n);
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
     * and before the program's code runs: loads the out-parameters the kernel stored at buf
     * (the input buffer) into the program's objects.
     */
    @FunctionalInterface
    interface Completion {
        void complete(UserMemory mem, long buf, long ret);
    }

    /** The memory and library state of the process whose code runs now (per kernel thread). */
    private static final ThreadLocal<Libc> CURRENT = ThreadLocal.withInitial(Libc::new);

    private UserMemory mem;
    private Io io;

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
     * the trap to return; done loads them when it has returned.
     */
    static <T extends Syscall> T issue(T call, Completion done) {
        Io io = bound().io;
        io.pending = call;
        io.onReturn = done;
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

    // The calls that return structs, as the C library wraps them: each fills a program's
    // object from user memory when the call has succeeded.

    /** stat(2): st gets the file's struct stat when the call returns 0. */
    public static Syscall.Stat stat(String path, StatBuf st) {
        return issue(new Syscall.Stat(path, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                st.decodeFrom(load(mem, buf, StatBuf.SIZE), 0);
            }
        });
    }

    /** fstat(2): st gets the open file's struct stat when the call returns 0. */
    public static Syscall.Fstat fstat(int fd, StatBuf st) {
        return issue(new Syscall.Fstat(fd, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                st.decodeFrom(load(mem, buf, StatBuf.SIZE), 0);
            }
        });
    }

    /** statfs(2): st gets the filesystem's struct statfs when the call returns 0. */
    public static Syscall.Statfs statfs(String path, StatfsBuf st) {
        return issue(new Syscall.Statfs(path, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                st.decodeFrom(load(mem, buf, StatfsBuf.SIZE), 0);
            }
        });
    }

    /** lstat(2): st gets the struct stat of path (of a link itself) when the call returns 0. */
    public static Syscall.Lstat lstat(String path, StatBuf st) {
        return issue(new Syscall.Lstat(path, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                st.decodeFrom(load(mem, buf, StatBuf.SIZE), 0);
            }
        });
    }

    /**
     * readlink(2) of path into buf (at most {@link #BUFSIZE} bytes of it): the target's bytes
     * are in buf[0..n) when the program gets n.
     */
    public static Syscall.Readlink readlink(String path, byte[] buf) {
        return issue(new Syscall.Readlink(path, buffer(), Math.min(buf.length, BUFSIZE)),
                (mem, at, r) -> {
                    if (r > 0) {
                        mem.load(at, buf, 0, (int) r);
                    }
                });
    }

    /**
     * getdents64(2) into buf (at most {@link #BUFSIZE} bytes of it): the linux_dirent64
     * records are in buf[0..n) when the program gets n; {@link Dirent} reads them.
     */
    public static Syscall.Getdents64 getdents64(int fd, byte[] buf) {
        return issue(new Syscall.Getdents64(fd, buffer(), Math.min(buf.length, BUFSIZE)),
                (mem, at, r) -> {
                    if (r > 0) {
                        mem.load(at, buf, 0, (int) r);
                    }
                });
    }

    /** rt_sigpending(2): set[0] gets the pending and blocked signals when the call returns 0. */
    public static Syscall.RtSigpending sigpending(long[] set) {
        return issue(new Syscall.RtSigpending(buffer()), (mem, buf, r) -> {
            if (r == 0) {
                set[0] = Le.getLong(load(mem, buf, Long.BYTES), 0);
            }
        });
    }

    /** rt_sigprocmask(2): old[0] gets the mask before when the call returns 0. */
    public static Syscall.RtSigprocmask sigprocmask(int how, long set, long[] old) {
        return issue(new Syscall.RtSigprocmask(how, set, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                old[0] = Le.getLong(load(mem, buf, Long.BYTES), 0);
            }
        });
    }

    /**
     * rt_sigaction(2) with an oldact: old[0] gets the disposition before when the call returns
     * 0 (handler {@link Syscall.RtSigaction#QUERY} only reads it).
     */
    public static Syscall.RtSigaction sigaction(int sig, long handler, long mask, int flags, SigAction[] old) {
        return issue(new Syscall.RtSigaction(sig, handler, mask, flags, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                old[0] = SigAction.decode(load(mem, buf, SigAction.SIZE), 0);
            }
        });
    }

    /** pipe(2): fds[0] and fds[1] get the read and write ends when the call returns 0. */
    public static Syscall.Pipe pipe(int[] fds) {
        return issue(new Syscall.Pipe(buffer()), (mem, buf, r) -> {
            if (r == 0) {
                byte[] b = load(mem, buf, 8);
                fds[0] = Le.getInt(b, 0);
                fds[1] = Le.getInt(b, 4);
            }
        });
    }

    /**
     * wait4(2) (waitpid(3)): wstatus[0], when wstatus is not null, gets the status of the
     * child whose pid the program gets (the kernel stores it when the call completes).
     */
    public static Syscall.Wait4 wait4(int pid, int[] wstatus, int options) {
        if (wstatus == null) {
            return new Syscall.Wait4(pid, 0, options);
        }
        return issue(new Syscall.Wait4(pid, buffer(), options), (mem, buf, r) -> {
            if (r > 0) {
                wstatus[0] = Le.getInt(load(mem, buf, 4), 0);
            }
        });
    }

    /** waitid(2): info gets the child's report (si_pid 0: none) when the call returns 0. */
    public static Syscall.Waitid waitid(int idtype, int id, SigInfo info, int options) {
        return issue(new Syscall.Waitid(idtype, id, buffer(), options), (mem, buf, r) -> {
            if (r == 0) {
                info.decodeFrom(load(mem, buf, SigInfo.SIZE));
            }
        });
    }

    /**
     * poll(2): the fds go to memory as an array of struct pollfd, and each revents is loaded
     * back when the call has returned (the kernel stores them when it completes).
     */
    public static Syscall.Poll poll(PollFd[] fds, int timeout) {
        int n = Math.min(fds.length, BUFSIZE / PollFd.SIZE);
        byte[] b = new byte[n * PollFd.SIZE];
        PollFd.encode(java.util.Arrays.copyOf(fds, n), b);
        return issue(new Syscall.Poll(put(b, b.length), n, timeout), (mem, buf, r) -> {
            if (r >= 0) {
                PollFd[] back = PollFd.decode(load(mem, buf, n * PollFd.SIZE), n);
                for (int i = 0; i < n; i++) {
                    fds[i].revents = back[i].revents;
                }
            }
        });
    }

    /** getcwd(2): buf gets the path and its NUL when the program gets its length. */
    public static Syscall.Getcwd getcwd(byte[] buf) {
        return issue(new Syscall.Getcwd(buffer(), Math.min(buf.length, BUFSIZE)), (mem, at, r) -> {
            if (r > 0) {
                mem.load(at, buf, 0, (int) r);
            }
        });
    }

    /** getrusage(2): usage[0] and usage[1] get ru_utime and ru_stime in microseconds. */
    public static Syscall.Getrusage getrusage(int who, long[] usage) {
        return issue(new Syscall.Getrusage(who, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                byte[] b = load(mem, buf, Syscall.Getrusage.SIZE);
                usage[0] = Syscall.Getrusage.utimeUs(b);
                usage[1] = Syscall.Getrusage.stimeUs(b);
            }
        });
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
        return oldLimit == null ? c : issue(c, (mem, buf, r) -> {
            if (r == 0) {
                byte[] b = load(mem, old, Syscall.Prlimit64.SIZE);
                oldLimit[0] = Le.getLong(b, 0);
                oldLimit[1] = Le.getLong(b, 8);
            }
        });
    }

    /** clock_gettime(2): tp[0] and tp[1] get tv_sec and tv_nsec when the call returns 0. */
    public static Syscall.ClockGettime clockGettime(int clockid, long[] tp) {
        return issue(new Syscall.ClockGettime(clockid, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                byte[] b = load(mem, buf, Syscall.ClockGettime.TIMESPEC);
                tp[0] = Le.getLong(b, 0);
                tp[1] = Le.getLong(b, 8);
            }
        });
    }

    /**
     * utimensat(2): times (access, modification: ticks since boot, or UTIME_NOW or
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
        return new Syscall.Utimensat(dirfd, path, at, flags);
    }

    /** getrandom(2): buf[off..off+n) gets random bytes when the program gets n. */
    public static Syscall.Getrandom getrandom(byte[] buf, int off, int len, int flags) {
        return issue(new Syscall.Getrandom(buffer(), Math.min(len, BUFSIZE), flags), (mem, at, r) -> {
            if (r > 0) {
                mem.load(at, buf, off, (int) r);
            }
        });
    }

    /** miniunix_translate(2): buf gets the walk's text when the program gets its length. */
    public static Syscall.Translate translate(int pid, long vaddr, byte[] buf) {
        return issue(new Syscall.Translate(pid, vaddr, buffer(), Math.min(buf.length, BUFSIZE)),
                (mem, at, r) -> {
                    if (r > 0) {
                        mem.load(at, buf, 0, (int) r);
                    }
                });
    }

    /** miniunix_inject(2): result[0] gets the injected call's result when inject returns 0. */
    public static Syscall.Inject inject(int pid, Syscall call, long[] result) {
        return issue(new Syscall.Inject(pid, call, buffer()), (mem, buf, r) -> {
            if (r == 0) {
                result[0] = Le.getLong(load(mem, buf, Long.BYTES), 0);
            }
        });
    }

    /** process_vm_readv(2): dst gets n bytes at remote in process pid when the program gets n. */
    public static Syscall.ProcessVmReadv processVmReadv(int pid, long remote, byte[] dst) {
        return issue(new Syscall.ProcessVmReadv(pid, buffer(), remote, Math.min(dst.length, BUFSIZE)),
                (mem, at, r) -> {
                    if (r > 0) {
                        mem.load(at, dst, 0, (int) r);
                    }
                });
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
