package miniunix.kernel.uapi;

/**
 * The system calls a program can make: one record per call, named after the Linux call and
 * holding its arguments. This is the whole ABI between user code (the shell, /bin) and the
 * kernel, like xv6's user.h.
 *
 * <p>Buffers and structs are user addresses ({@code long buf}): the kernel copies to and from
 * the caller's address space through its page table (copyout/copyin), structs in Linux
 * x86-64's layouts (struct stat, struct statfs, linux_dirent64, struct sigaction, sigset_t:
 * see {@link StatBuf}, {@link StatfsBuf}, {@link SigAction}), and a bad address gives EFAULT. user.lib.Libc wraps the calls for
 * programs. Out-parameters of a call that sleeps (wait4's status, poll's revents) are copied
 * out when it completes, so the kernel keeps no reference into a program while it sleeps.
 * Paths are user addresses of C strings (NUL-terminated), copied in as Linux's getname
 * does: EFAULT for a bad address, ENAMETOOLONG without a NUL in the first PATH_MAX (4096)
 * bytes. execve's argv and envp are user addresses of NULL-terminated arrays of pointers to C
 * strings; E2BIG past ARG_MAX or MAX_ARG_STRLEN. A record holds only numbers.
 * A result >= 0 is success; -errno is failure.
 *
 * <p>{@link Handler} is the kernel's syscall table: a call nobody handles does not compile.
 */
public sealed interface Syscall extends Trap {

    Sysno sysno();

    <R> R accept(Handler<R> h);

    /** One method per call: xv6's syscalls[] table, typed. */
    interface Handler<R> {
        R read(Read c);
        R write(Write c);
        R open(Open c);
        R close(Close c);
        R stat(Stat c);
        R fstat(Fstat c);
        R statfs(Statfs c);
        R mmap(Mmap c);
        R mprotect(Mprotect c);
        R munmap(Munmap c);
        R brk(Brk c);
        R translate(Translate c);
        R fchown(Fchown c);
        R fsync(Fsync c);
        R sync(Sync c);
        R rtSigaction(RtSigaction c);
        R rtSigprocmask(RtSigprocmask c);
        R rtSigpending(RtSigpending c);
        R rtSigsuspend(RtSigsuspend c);
        R rtSigreturn(RtSigreturn c);
        R alarm(Alarm c);
        R ioctl(Ioctl c);
        R poll(Poll c);
        R pipe(Pipe c);
        R schedYield(SchedYield c);
        R dup2(Dup2 c);
        R fcntl(Fcntl c);
        R pause(Pause c);
        R nanosleep(Nanosleep c);
        R getpid(Getpid c);
        R fork(Fork c);
        R execve(Execve c);
        R exit(Exit c);
        R wait4(Wait4 c);
        R waitid(Waitid c);
        R kill(Kill c);
        R tgkill(Tgkill c);
        R getcwd(Getcwd c);
        R chdir(Chdir c);
        R mkdir(Mkdir c);
        R rmdir(Rmdir c);
        R rename(Rename c);
        R unlink(Unlink c);
        R link(Link c);
        R linkat(Linkat c);
        R lstat(Lstat c);
        R newfstatat(Newfstatat c);
        R symlink(Symlink c);
        R symlinkat(Symlinkat c);
        R readlink(Readlink c);
        R readlinkat(Readlinkat c);
        R umask(Umask c);
        R chmod(Chmod c);
        R fchmod(Fchmod c);
        R fchmodat(Fchmodat c);
        R getrusage(Getrusage c);
        R prlimit64(Prlimit64 c);
        R clockGettime(ClockGettime c);
        R utimensat(Utimensat c);
        R getuid(Getuid c);
        R geteuid(Geteuid c);
        R getgid(Getgid c);
        R getegid(Getegid c);
        R setuid(Setuid c);
        R setgid(Setgid c);
        R setresuid(Setresuid c);
        R setresgid(Setresgid c);
        R getgroups(Getgroups c);
        R setgroups(Setgroups c);
        R uname(Uname c);
        R sethostname(Sethostname c);
        R setdomainname(Setdomainname c);
        R setpgid(Setpgid c);
        R getppid(Getppid c);
        R setsid(Setsid c);
        R getpgid(Getpgid c);
        R getpriority(Getpriority c);
        R setpriority(Setpriority c);
        R schedSetaffinity(SchedSetaffinity c);
        R schedGetaffinity(SchedGetaffinity c);
        R schedSetscheduler(SchedSetscheduler c);
        R schedGetscheduler(SchedGetscheduler c);
        R schedGetparam(SchedGetparam c);
        R schedGetPriorityMax(SchedGetPriorityMax c);
        R schedGetPriorityMin(SchedGetPriorityMin c);
        R getdents64(Getdents64 c);
        R getrandom(Getrandom c);
        R forkOf(ForkOf c);
        R ptrace(Ptrace c);
        R inject(Inject c);
        R processVmReadv(ProcessVmReadv c);
        R processVmWritev(ProcessVmWritev c);
    }

    /**
     * read(2): up to len bytes to the user address buf; 0 at end of file; sleeps on an empty
     * pipe or tty.
     */
    record Read(int fd, long buf, int len) implements Syscall {
        public Sysno sysno() { return Sysno.READ; }
        public <R> R accept(Handler<R> h) { return h.read(this); }
    }

    /** write(2): len bytes at the user address buf; a pipe with no reader gives EPIPE and SIGPIPE. */
    record Write(int fd, long buf, int len) implements Syscall {
        public Sysno sysno() { return Sysno.WRITE; }
        public <R> R accept(Handler<R> h) { return h.write(this); }
    }

    /** open(2) on the simulated filesystem; flags are {@link Fcntl} O_* bits. */
    record Open(long path, int flags, int mode) implements Syscall {
        /** PATH_MAX: a path's bytes with its NUL; a longer one is ENAMETOOLONG. */
        public static final int PATH_MAX = 4096;

        public Sysno sysno() { return Sysno.OPEN; }
        public <R> R accept(Handler<R> h) { return h.open(this); }
    }

    record Close(int fd) implements Syscall {
        public Sysno sysno() { return Sysno.CLOSE; }
        public <R> R accept(Handler<R> h) { return h.close(this); }
    }

    /** stat(2): the file's struct stat ({@link StatBuf#SIZE} bytes) to the user address statbuf. */
    record Stat(long path, long statbuf) implements Syscall {
        public Sysno sysno() { return Sysno.STAT; }
        public <R> R accept(Handler<R> h) { return h.stat(this); }
    }

    /** fstat(2): stat(2) of an open file. */
    record Fstat(int fd, long statbuf) implements Syscall {
        public Sysno sysno() { return Sysno.FSTAT; }
        public <R> R accept(Handler<R> h) { return h.fstat(this); }
    }

    /**
     * statfs(2): the struct statfs ({@link StatfsBuf#SIZE} bytes) of the filesystem that holds
     * path (df) to the user address buf.
     */
    record Statfs(long path, long buf) implements Syscall {
        public Sysno sysno() { return Sysno.STATFS; }
        public <R> R accept(Handler<R> h) { return h.statfs(this); }
    }

    /**
     * mmap(2): maps len bytes (anonymous with {@link Mman#MAP_ANONYMOUS}, else fd from offset),
     * shared or private; returns the address. Nothing is resident until touched.
     */
    record Mmap(long addr, long len, int prot, int flags, int fd, long offset) implements Syscall {
        public Sysno sysno() { return Sysno.MMAP; }
        public <R> R accept(Handler<R> h) { return h.mmap(this); }
    }

    /** mprotect(2): new PROT_* bits for [addr, addr+len); ENOMEM if not all mapped. */
    record Mprotect(long addr, long len, int prot) implements Syscall {
        public Sysno sysno() { return Sysno.MPROTECT; }
        public <R> R accept(Handler<R> h) { return h.mprotect(this); }
    }

    /** munmap(2): removes [addr, addr+len) from the address space. */
    record Munmap(long addr, long len) implements Syscall {
        public Sysno sysno() { return Sysno.MUNMAP; }
        public <R> R accept(Handler<R> h) { return h.munmap(this); }
    }

    /** brk(2): sets the program break; returns the new break, or the old one on failure. */
    record Brk(long addr) implements Syscall {
        public Sysno sysno() { return Sysno.BRK; }
        public <R> R accept(Handler<R> h) { return h.brk(this); }
    }

    /**
     * miniunix_translate(2): the walk of vaddr in pid's page table, level by level, as text at
     * the user address buf (cut to len bytes); returns the bytes stored. ESRCH: no such
     * process; EPERM: another user's (unless root); EINVAL: a kernel thread or a zombie (no
     * address space); EFAULT: a bad buf.
     */
    record Translate(int pid, long vaddr, long buf, int len) implements Syscall {
        public Sysno sysno() { return Sysno.TRANSLATE; }
        public <R> R accept(Handler<R> h) { return h.translate(this); }
    }

    /**
     * fchown(2): the owner and group of an open file; -1 leaves one as it is. Only root may
     * give a file away (EPERM), as login does with the terminal it logs a user in on.
     */
    record Fchown(int fd, int uid, int gid) implements Syscall {
        public Sysno sysno() { return Sysno.FCHOWN; }
        public <R> R accept(Handler<R> h) { return h.fchown(this); }
    }

    /**
     * fsync(2): writes the file's dirty data to the disk and waits for it, uninterruptibly
     * (state D). EINVAL for a file with no disk behind it (a pipe, a terminal, /proc).
     */
    record Fsync(int fd) implements Syscall {
        public Sysno sysno() { return Sysno.FSYNC; }
        public <R> R accept(Handler<R> h) { return h.fsync(this); }
    }

    /** sync(2): writes every dirty page to the disk and waits for it in D; always 0. */
    record Sync() implements Syscall {
        public Sysno sysno() { return Sysno.SYNC; }
        public <R> R accept(Handler<R> h) { return h.sync(this); }
    }

    /**
     * rt_sigaction(2): sets sig's disposition to handler ({@link #SIG_DFL}, {@link #SIG_IGN}
     * or a handler address of the program's choosing, see {@link SigAction}) with sa_mask
     * mask and SA_* flags; returns 0. When oldact is not NULL, the struct sigaction there
     * ({@link SigAction#SIZE} bytes) gets the previous handler, flags and mask (after the
     * change is made: EFAULT then, as Linux). EINVAL for an invalid signal, SIGKILL or SIGSTOP,
     * or unknown flags. handler {@link #QUERY} changes nothing (a NULL act: only oldact is
     * filled). Simplified: act is passed by value, not through a struct in memory.
     */
    record RtSigaction(int sig, long handler, long mask, int flags, long oldact)
            implements Syscall {
        public static final long SIG_DFL = SigAction.SIG_DFL;
        public static final long SIG_IGN = SigAction.SIG_IGN;
        /** A NULL act: only read the disposition into oldact. */
        public static final long QUERY = -1;

        /** signal(2)-style: a disposition, no mask, no flags, no old action. */
        public RtSigaction(int sig, long handler) {
            this(sig, handler, 0, 0, 0);
        }

        public Sysno sysno() { return Sysno.RT_SIGACTION; }
        public <R> R accept(Handler<R> h) { return h.rtSigaction(this); }
    }

    /**
     * rt_sigprocmask(2): how is {@link #SIG_BLOCK}, {@link #SIG_UNBLOCK} or {@link #SIG_SETMASK}
     * with set (bit sig - 1); SIGKILL and SIGSTOP are silently left out. The sigset_t at the
     * user address oldset (8 bytes), when not NULL, gets the mask before. To only read the
     * mask, block nothing. EINVAL for a bad how. Simplified: set is passed by value.
     */
    record RtSigprocmask(int how, long set, long oldset) implements Syscall {
        public static final int SIG_BLOCK = 0;
        public static final int SIG_UNBLOCK = 1;
        public static final int SIG_SETMASK = 2;
        public Sysno sysno() { return Sysno.RT_SIGPROCMASK; }
        public <R> R accept(Handler<R> h) { return h.rtSigprocmask(this); }
    }

    /** rt_sigpending(2): the sigset_t at the user address set gets the signals pending and blocked. */
    record RtSigpending(long set) implements Syscall {
        public Sysno sysno() { return Sysno.RT_SIGPENDING; }
        public <R> R accept(Handler<R> h) { return h.rtSigpending(this); }
    }

    /**
     * rt_sigsuspend(2): replaces the mask with mask and sleeps until a signal's handler has
     * run (then -EINTR, the old mask back) or a signal ends the process. Never restarted.
     */
    record RtSigsuspend(long mask) implements Syscall {
        public Sysno sysno() { return Sysno.RT_SIGSUSPEND; }
        public <R> R accept(Handler<R> h) { return h.rtSigsuspend(this); }
    }

    /**
     * rt_sigreturn(2): the last trap of a signal handler. Restores the context the signal
     * interrupted (mask, syscall, result); returns the interrupted code's result. Without a
     * signal frame to return through the process dies of SIGSEGV, as on Linux.
     */
    record RtSigreturn() implements Syscall {
        public Sysno sysno() { return Sysno.RT_SIGRETURN; }
        public <R> R accept(Handler<R> h) { return h.rtSigreturn(this); }
    }

    /**
     * alarm(2): SIGALRM after seconds of simulated time (0 cancels). Returns the seconds
     * that were left of the previous alarm, rounded up, or 0.
     */
    record Alarm(int seconds) implements Syscall {
        public Sysno sysno() { return Sysno.ALARM; }
        public <R> R accept(Handler<R> h) { return h.alarm(this); }
    }

    /**
     * ioctl(2) on a terminal: TIOCGPGRP returns the foreground pgid, TIOCSPGRP sets it to arg
     * (both on the caller's controlling terminal); TCGETS, on any terminal, returns its
     * c_lflag (>= 0: isatty(3)'s test is that it succeeds; ENOTTY otherwise) and TCSETS sets
     * it to arg ({@link Termios}; by value, not through a struct termios). TIOCGWINSZ returns
     * the window's size as {@link #winsize} packs it, ws_row and ws_col by value; TIOCSWINSZ
     * sets it from arg (so packed) and sends SIGWINCH to the foreground group if it changed.
     */
    record Ioctl(int fd, int request, long arg) implements Syscall {
        public static final int TCGETS = 0x5401;
        public static final int TCSETS = 0x5402;
        public static final int TIOCGPGRP = 0x540F;
        public static final int TIOCSPGRP = 0x5410;
        public static final int TIOCGWINSZ = 0x5413;
        public static final int TIOCSWINSZ = 0x5414;

        /** struct winsize's ws_row and ws_col as one value: rows in the high half. */
        public static long winsize(int rows, int cols) {
            return ((long) rows << 16) | cols;
        }

        public static int rows(long winsize) {
            return (int) (winsize >>> 16 & 0xffff);
        }

        public static int cols(long winsize) {
            return (int) (winsize & 0xffff);
        }

        public Sysno sysno() { return Sysno.IOCTL; }
        public <R> R accept(Handler<R> h) { return h.ioctl(this); }
    }

    /**
     * poll(2): waits until one of the nfds struct pollfd at the user address fds
     * ({@link PollFd#SIZE} bytes each) is ready, timeout milliseconds pass (rounded up to
     * ticks; 0 does not wait, a negative timeout waits for ever) or a signal comes (EINTR:
     * poll is never restarted, SA_RESTART or not). Each revents is copied out when the call
     * completes; returns how many fds have revents set, 0 on timeout. EFAULT for a bad fds,
     * EINVAL for nfds above RLIMIT_NOFILE.
     */
    record Poll(long fds, int nfds, int timeout) implements Syscall {
        public Sysno sysno() { return Sysno.POLL; }
        public <R> R accept(Handler<R> h) { return h.poll(this); }
    }

    /**
     * pipe(2): the int[2] at the user address pipefd gets the read end and the write end;
     * EFAULT (and no fds) if it can't be stored.
     */
    record Pipe(long pipefd) implements Syscall {
        public Sysno sysno() { return Sysno.PIPE; }
        public <R> R accept(Handler<R> h) { return h.pipe(this); }
    }

    record SchedYield() implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_YIELD; }
        public <R> R accept(Handler<R> h) { return h.schedYield(this); }
    }

    record Dup2(int oldfd, int newfd) implements Syscall {
        public Sysno sysno() { return Sysno.DUP2; }
        public <R> R accept(Handler<R> h) { return h.dup2(this); }
    }

    /**
     * fcntl(2) on a descriptor's flags: F_DUPFD and F_DUPFD_CLOEXEC put a copy of fd in the
     * lowest free fd at or above arg and return it (EINVAL if arg is negative or past
     * RLIMIT_NOFILE, EMFILE if none is free); F_GETFD returns FD_CLOEXEC or 0; F_SETFD sets
     * it from arg. EBADF for a closed fd, EINVAL for any other cmd.
     */
    record Fcntl(int fd, int cmd, long arg) implements Syscall {
        public Sysno sysno() { return Sysno.FCNTL; }
        public <R> R accept(Handler<R> h) { return h.fcntl(this); }
    }

    /** pause(2): sleeps until a signal; returns -EINTR if the signal did not end the process. */
    record Pause() implements Syscall {
        public Sysno sysno() { return Sysno.PAUSE; }
        public <R> R accept(Handler<R> h) { return h.pause(this); }
    }

    /** nanosleep(2); rounded up to whole ticks (HZ = 100). */
    record Nanosleep(long nanos) implements Syscall {
        public Sysno sysno() { return Sysno.NANOSLEEP; }
        public <R> R accept(Handler<R> h) { return h.nanosleep(this); }
    }

    record Getpid() implements Syscall {
        public Sysno sysno() { return Sysno.GETPID; }
        public <R> R accept(Handler<R> h) { return h.getpid(this); }
    }

    /** fork(2): the child's pid in the parent, 0 in the child; EAGAIN past the process limit. */
    record Fork() implements Syscall {
        public Sysno sysno() { return Sysno.FORK; }
        public <R> R accept(Handler<R> h) { return h.fork(this); }
    }

    /**
     * execve(2): replaces the program with the file at path; argv and envp are user addresses
     * of NULL-terminated arrays of pointers to C strings, copied in before the old image goes
     * (EFAULT for a bad pointer; E2BIG for a string of MAX_ARG_STRLEN bytes or more, or for
     * strings and pointers past ARG_MAX together). Does not return on success.
     */
    record Execve(long path, long argv, long envp) implements Syscall {
        /** ARG_MAX: argv and envp together, strings and pointers (a quarter of an 8 MiB stack). */
        public static final long ARG_MAX = 2L << 20;
        /** MAX_ARG_STRLEN: the longest single argument or environment string, with its NUL. */
        public static final int MAX_ARG_STRLEN = 128 << 10;

        public Sysno sysno() { return Sysno.EXECVE; }
        public <R> R accept(Handler<R> h) { return h.execve(this); }
    }

    /** exit_group(2), what libc's exit(3) calls. Does not return. */
    record Exit(int status) implements Syscall {
        public Sysno sysno() { return Sysno.EXIT_GROUP; }
        public <R> R accept(Handler<R> h) { return h.exit(this); }
    }

    /**
     * wait4(2): pid -1 waits for any child, pid > 0 for that one, pid < -1 for group -pid.
     * Returns the child's pid, 0 with WNOHANG, or -ECHILD. The int at the user address
     * wstatus gets the status, and the struct rusage at rusage the child's CPU times (its
     * own and its waited-for children's), each when not NULL, copied out when the call
     * completes (after a sleep too); EFAULT then, the child reaped all the same, as Linux.
     */
    record Wait4(int pid, long wstatus, int options, long rusage) implements Syscall {
        /** wait4 with no rusage, as glibc's waitpid(3). */
        public Wait4(int pid, long wstatus, int options) {
            this(pid, wstatus, options, 0);
        }

        public Sysno sysno() { return Sysno.WAIT4; }
        public <R> R accept(Handler<R> h) { return h.wait4(this); }
    }

    /**
     * waitid(2): idtype {@link SigInfo#P_ALL}, P_PID or P_PGID (id 0: the caller's group);
     * options WEXITED, WSTOPPED, WCONTINUED, WNOHANG, WNOWAIT ({@link Wait}). The siginfo_t
     * at the user address infop ({@link SigInfo#SIZE} bytes) gets the child's report and 0 is
     * returned (si_pid 0: WNOHANG and nothing to report), or -ECHILD.
     */
    record Waitid(int idtype, int id, long infop, int options) implements Syscall {
        public Sysno sysno() { return Sysno.WAITID; }
        public <R> R accept(Handler<R> h) { return h.waitid(this); }
    }

    /** kill(2): pid > 0 one process, 0 own group, -1 all it may signal, < -1 group -pid. */
    record Kill(int pid, int sig) implements Syscall {
        public Sysno sysno() { return Sysno.KILL; }
        public <R> R accept(Handler<R> h) { return h.kill(this); }
    }

    /**
     * tgkill(2): sig to thread tid of thread group tgid. Simplified: one thread per process,
     * so tid must equal tgid (else ESRCH); the signal is pending on the thread (SigPnd).
     */
    record Tgkill(int tgid, int tid, int sig) implements Syscall {
        public Sysno sysno() { return Sysno.TGKILL; }
        public <R> R accept(Handler<R> h) { return h.tgkill(this); }
    }

    /**
     * getcwd(2): the path, NUL-terminated, to the user address buf of size bytes; returns its
     * length including the NUL. ERANGE if it does not fit.
     */
    record Getcwd(long buf, long size) implements Syscall {
        public Sysno sysno() { return Sysno.GETCWD; }
        public <R> R accept(Handler<R> h) { return h.getcwd(this); }
    }

    record Chdir(long path) implements Syscall {
        public Sysno sysno() { return Sysno.CHDIR; }
        public <R> R accept(Handler<R> h) { return h.chdir(this); }
    }

    record Mkdir(long path, int mode) implements Syscall {
        public Sysno sysno() { return Sysno.MKDIR; }
        public <R> R accept(Handler<R> h) { return h.mkdir(this); }
    }

    /** rmdir(2): removes an empty directory; ENOTEMPTY, ENOTDIR, EBUSY for /, EINVAL for ".". */
    record Rmdir(long path) implements Syscall {
        public Sysno sysno() { return Sysno.RMDIR; }
        public <R> R accept(Handler<R> h) { return h.rmdir(this); }
    }

    /**
     * rename(2): gives the file at oldpath the name newpath, replacing what was there (a
     * directory only by an empty directory). EISDIR, ENOTDIR and ENOTEMPTY when the two
     * don't fit; EINVAL for moving a directory into itself; EXDEV into or out of /proc.
     */
    record Rename(long oldpath, long newpath) implements Syscall {
        public Sysno sysno() { return Sysno.RENAME; }
        public <R> R accept(Handler<R> h) { return h.rename(this); }
    }

    /** unlink(2): removes the name path (a symbolic link itself, not what it leads to). */
    record Unlink(long path) implements Syscall {
        public Sysno sysno() { return Sysno.UNLINK; }
        public <R> R accept(Handler<R> h) { return h.unlink(this); }
    }

    /**
     * link(2): newpath becomes another name of the file at oldpath (a hard link). EPERM for a
     * directory, EEXIST if newpath exists.
     */
    record Link(long oldpath, long newpath) implements Syscall {
        public Sysno sysno() { return Sysno.LINK; }
        public <R> R accept(Handler<R> h) { return h.link(this); }
    }

    /**
     * linkat(2): link(2), but with {@link #AT_SYMLINK_FOLLOW} in flags a symbolic link at
     * oldpath is followed: the new name is for what it leads to (ln -L). Simplified: a relative
     * path needs its dirfd {@link Utimensat#AT_FDCWD} (EINVAL otherwise); other flags are EINVAL.
     */
    record Linkat(int olddirfd, long oldpath, int newdirfd, long newpath, int flags) implements Syscall {
        public static final int AT_SYMLINK_FOLLOW = 0x400;

        public Sysno sysno() { return Sysno.LINKAT; }
        public <R> R accept(Handler<R> h) { return h.linkat(this); }
    }

    /** lstat(2): stat(2), but of a symbolic link itself when path's last component is one. */
    record Lstat(long path, long statbuf) implements Syscall {
        public Sysno sysno() { return Sysno.LSTAT; }
        public <R> R accept(Handler<R> h) { return h.lstat(this); }
    }

    /**
     * newfstatat(2) (fstatat in C): stat(2) of path, or lstat(2) with
     * {@link #AT_SYMLINK_NOFOLLOW} in flags. Simplified: a relative path needs dirfd
     * {@link Utimensat#AT_FDCWD} (EINVAL otherwise); other flags are EINVAL.
     */
    record Newfstatat(int dirfd, long path, long statbuf, int flags) implements Syscall {
        public static final int AT_SYMLINK_NOFOLLOW = 0x100;

        public Sysno sysno() { return Sysno.NEWFSTATAT; }
        public <R> R accept(Handler<R> h) { return h.newfstatat(this); }
    }

    /**
     * symlink(2): a symbolic link at linkpath whose content is target (which need not exist).
     * EEXIST if linkpath exists, ENAMETOOLONG for a target of PATH_MAX bytes or more.
     */
    record Symlink(long target, long linkpath) implements Syscall {
        public Sysno sysno() { return Sysno.SYMLINK; }
        public <R> R accept(Handler<R> h) { return h.symlink(this); }
    }

    /** symlinkat(2): symlink(2) with linkpath relative to newdirfd (simplified as fchmodat). */
    record Symlinkat(long target, int newdirfd, long linkpath) implements Syscall {
        public Sysno sysno() { return Sysno.SYMLINKAT; }
        public <R> R accept(Handler<R> h) { return h.symlinkat(this); }
    }

    /**
     * readlink(2): the link's target, at most bufsiz bytes of it (cut short silently, with no
     * NUL), to the user address buf; returns the bytes stored. EINVAL if path is no link or
     * bufsiz is not positive; for /proc/PID/fd/N the open file's name.
     */
    record Readlink(long path, long buf, int bufsiz) implements Syscall {
        public Sysno sysno() { return Sysno.READLINK; }
        public <R> R accept(Handler<R> h) { return h.readlink(this); }
    }

    /** readlinkat(2): readlink(2) with path relative to dirfd (simplified as fchmodat). */
    record Readlinkat(int dirfd, long path, long buf, int bufsiz) implements Syscall {
        public Sysno sysno() { return Sysno.READLINKAT; }
        public <R> R accept(Handler<R> h) { return h.readlinkat(this); }
    }

    /**
     * chmod(2): sets the permission bits (mode &amp; 07777) of the file at path. Only its owner
     * or root may (EPERM); the setgid bit is dropped when the caller is neither root nor in
     * the file's group, as Linux's setattr_prepare does.
     */
    record Chmod(long path, int mode) implements Syscall {
        public Sysno sysno() { return Sysno.CHMOD; }
        public <R> R accept(Handler<R> h) { return h.chmod(this); }
    }

    /** fchmod(2): chmod of an open file, directory or device; EBADF if fd is not open. */
    record Fchmod(int fd, int mode) implements Syscall {
        public Sysno sysno() { return Sysno.FCHMOD; }
        public <R> R accept(Handler<R> h) { return h.fchmod(this); }
    }

    /**
     * fchmodat(2): chmod of path, relative to the cwd when dirfd is {@link Utimensat#AT_FDCWD}
     * (coreutils' chmod calls this). Simplified: a relative path needs AT_FDCWD (EINVAL
     * otherwise); an absolute one ignores dirfd, as on Linux.
     */
    record Fchmodat(int dirfd, long path, int mode) implements Syscall {
        public Sysno sysno() { return Sysno.FCHMODAT; }
        public <R> R accept(Handler<R> h) { return h.fchmodat(this); }
    }

    /** umask(2): sets the file mode creation mask to mask &amp; 0777; returns the old one. */
    record Umask(int mask) implements Syscall {
        public Sysno sysno() { return Sysno.UMASK; }
        public <R> R accept(Handler<R> h) { return h.umask(this); }
    }

    /**
     * getrusage(2): the struct rusage ({@link #SIZE} bytes) at the user address usage gets
     * the user and system CPU time (ru_utime, ru_stime) of the caller ({@link #RUSAGE_SELF})
     * or of its children that have been waited for ({@link #RUSAGE_CHILDREN}); the other
     * fields are 0 (simplified). EINVAL for another who.
     */
    record Getrusage(int who, long usage) implements Syscall {
        public static final int RUSAGE_SELF = 0;
        public static final int RUSAGE_CHILDREN = -1;
        /** sizeof(struct rusage) on x86-64: two timevals and 14 longs. */
        public static final int SIZE = 144;

        /** A struct rusage with these CPU times (microseconds) at b[0..SIZE). */
        public static void encode(byte[] b, long utimeUs, long stimeUs) {
            java.util.Arrays.fill(b, 0, SIZE, (byte) 0);
            Le.putLong(b, 0, utimeUs / 1_000_000);
            Le.putLong(b, 8, utimeUs % 1_000_000);
            Le.putLong(b, 16, stimeUs / 1_000_000);
            Le.putLong(b, 24, stimeUs % 1_000_000);
        }

        /** ru_utime of the struct rusage in b, in microseconds. */
        public static long utimeUs(byte[] b) {
            return Le.getLong(b, 0) * 1_000_000 + Le.getLong(b, 8);
        }

        /** ru_stime of the struct rusage in b, in microseconds. */
        public static long stimeUs(byte[] b) {
            return Le.getLong(b, 16) * 1_000_000 + Le.getLong(b, 24);
        }

        public Sysno sysno() { return Sysno.GETRUSAGE; }
        public <R> R accept(Handler<R> h) { return h.getrusage(this); }
    }

    /**
     * prlimit64(2), what glibc's getrlimit and setrlimit call: the limits of {@link Rlimit}
     * resource of process pid (0: the caller). The struct rlimit64 (rlim_cur, rlim_max: 16
     * bytes) at the user address oldLimit, when not NULL, gets the limits before; the one at
     * newLimit, when not NULL, sets them. EINVAL for a bad resource or soft above hard, EPERM
     * to raise a hard limit unprivileged or to touch another user's process, ESRCH for no
     * such process, EFAULT for a bad address.
     */
    record Prlimit64(int pid, int resource, long newLimit, long oldLimit) implements Syscall {
        /** sizeof(struct rlimit64). */
        public static final int SIZE = 16;

        public Sysno sysno() { return Sysno.PRLIMIT64; }
        public <R> R accept(Handler<R> h) { return h.prlimit64(this); }
    }

    /**
     * clock_gettime(2): the struct timespec (tv_sec, tv_nsec: 16 bytes) at the user address tp
     * gets {@link #CLOCK_REALTIME} (since 1970, from the boot time) or
     * {@link #CLOCK_MONOTONIC} (since boot). The clock advances by whole ticks (HZ = 100).
     * EINVAL for another clock, EFAULT for a bad tp.
     */
    record ClockGettime(int clockid, long tp) implements Syscall {
        /** sizeof(struct timespec). */
        public static final int TIMESPEC = 16;

        public static final int CLOCK_REALTIME = 0;
        public static final int CLOCK_MONOTONIC = 1;
        public Sysno sysno() { return Sysno.CLOCK_GETTIME; }
        public <R> R accept(Handler<R> h) { return h.clockGettime(this); }
    }

    /**
     * utimensat(2): sets the access and modification times of the file at path (touch) from
     * the struct timespec[2] at the user address times (since the epoch, as stat's). NULL
     * means now, which the owner or anyone who may write the file may do (else EACCES); a
     * tv_nsec of {@link #UTIME_NOW} or {@link #UTIME_OMIT} means now or unchanged, and only the
     * owner (or root) may set a time other than now (else EPERM). With {@link
     * #AT_SYMLINK_NOFOLLOW} in flags a symbolic link at path has its own times set (any other
     * flag is EINVAL). Simplified: dirfd must be {@link #AT_FDCWD} (EINVAL otherwise); a time
     * is kept in whole ticks (HZ = 100).
     */
    record Utimensat(int dirfd, long path, long times, int flags) implements Syscall {
        public static final int AT_FDCWD = -100;
        public static final int AT_SYMLINK_NOFOLLOW = 0x100;
        public static final long UTIME_NOW = (1L << 30) - 1;
        public static final long UTIME_OMIT = (1L << 30) - 2;
        /** Ticks in a second (HZ) and nanoseconds in a tick. */
        private static final long HZ = 100;
        private static final long TICK_NS = 1_000_000_000L / HZ;
        private static final long NS = 1_000_000_000L;

        /**
         * The kernel's reading of the struct timespec at b[off..off+16): ticks since a boot
         * at bootEpoch (seconds since 1970; before boot: negative), or {@link #UTIME_NOW} or
         * {@link #UTIME_OMIT} as its tv_nsec says; Long.MIN_VALUE if tv_nsec is out of range
         * (EINVAL).
         */
        public static long ticks(byte[] b, int off, long bootEpoch) {
            long sec = Le.getLong(b, off);
            long nsec = Le.getLong(b, off + 8);
            if (nsec == UTIME_NOW || nsec == UTIME_OMIT) {
                return nsec;
            }
            return nsec < 0 || nsec >= NS ? Long.MIN_VALUE : (sec - bootEpoch) * HZ + nsec / TICK_NS;
        }

        /**
         * A struct timespec at b[off..off+16) for ns, nanoseconds since the epoch, or for
         * {@link #UTIME_NOW} or {@link #UTIME_OMIT} (the C library's side).
         */
        public static void putTime(byte[] b, int off, long ns) {
            boolean special = ns == UTIME_NOW || ns == UTIME_OMIT;
            Le.putLong(b, off, special ? 0 : Math.floorDiv(ns, NS));
            Le.putLong(b, off + 8, special ? ns : Math.floorMod(ns, NS));
        }
        public Sysno sysno() { return Sysno.UTIMENSAT; }
        public <R> R accept(Handler<R> h) { return h.utimensat(this); }
    }

    /** getuid(2): the real uid. */
    record Getuid() implements Syscall {
        public Sysno sysno() { return Sysno.GETUID; }
        public <R> R accept(Handler<R> h) { return h.getuid(this); }
    }

    /** geteuid(2): the effective uid, the one permissions are checked against. */
    record Geteuid() implements Syscall {
        public Sysno sysno() { return Sysno.GETEUID; }
        public <R> R accept(Handler<R> h) { return h.geteuid(this); }
    }

    record Getgid() implements Syscall {
        public Sysno sysno() { return Sysno.GETGID; }
        public <R> R accept(Handler<R> h) { return h.getgid(this); }
    }

    record Getegid() implements Syscall {
        public Sysno sysno() { return Sysno.GETEGID; }
        public <R> R accept(Handler<R> h) { return h.getegid(this); }
    }

    /**
     * setuid(2): with euid 0 sets the real, effective and saved uid; otherwise only the
     * effective one, to the real or saved uid (EPERM for any other).
     */
    record Setuid(int uid) implements Syscall {
        public Sysno sysno() { return Sysno.SETUID; }
        public <R> R accept(Handler<R> h) { return h.setuid(this); }
    }

    /** setgid(2): as setuid, for the group ids. */
    record Setgid(int gid) implements Syscall {
        public Sysno sysno() { return Sysno.SETGID; }
        public <R> R accept(Handler<R> h) { return h.setgid(this); }
    }

    /**
     * setresuid(2): real, effective and saved uid; -1 keeps one. Unprivileged callers may set
     * each only to one of their current three (EPERM).
     */
    record Setresuid(int ruid, int euid, int suid) implements Syscall {
        public Sysno sysno() { return Sysno.SETRESUID; }
        public <R> R accept(Handler<R> h) { return h.setresuid(this); }
    }

    /** setresgid(2): as setresuid, for the group ids. */
    record Setresgid(int rgid, int egid, int sgid) implements Syscall {
        public Sysno sysno() { return Sysno.SETRESGID; }
        public <R> R accept(Handler<R> h) { return h.setresgid(this); }
    }

    /**
     * getgroups(2): the supplementary group ids (gid_t, 4 bytes each, in ascending order) to
     * the user address list; returns their count. size 0 only counts them (list unused);
     * EINVAL for a negative size or one smaller than the count, EFAULT for a bad list.
     */
    record Getgroups(int size, long list) implements Syscall {
        /** sizeof(gid_t). */
        public static final int GID_SIZE = 4;
        /** NGROUPS_MAX of Linux (include/uapi/linux/limits.h). */
        public static final int NGROUPS_MAX = 65536;

        public Sysno sysno() { return Sysno.GETGROUPS; }
        public <R> R accept(Handler<R> h) { return h.getgroups(this); }
    }

    /**
     * setgroups(2): the caller's supplementary groups become the size gids at list (kept
     * sorted, as Linux's groups_sort). EPERM unless the effective uid is 0 (CAP_SETGID),
     * EINVAL for a size below 0 or above NGROUPS_MAX, EFAULT for a bad list.
     */
    record Setgroups(int size, long list) implements Syscall {
        public Sysno sysno() { return Sysno.SETGROUPS; }
        public <R> R accept(Handler<R> h) { return h.setgroups(this); }
    }

    /**
     * uname(2): the kernel's struct new_utsname ({@link Utsname#SIZE} bytes: sysname,
     * nodename, release, version, machine, domainname) to the user address buf; 0, or EFAULT.
     */
    record Uname(long buf) implements Syscall {
        public Sysno sysno() { return Sysno.UNAME; }
        public <R> R accept(Handler<R> h) { return h.uname(this); }
    }

    /**
     * sethostname(2): the len bytes at name (no NUL needed) become the node name. EPERM
     * unless the effective uid is 0 (CAP_SYS_ADMIN), then EINVAL for len below 0 or above
     * {@link Utsname#NEW_UTS_LEN}, EFAULT for a bad name.
     */
    record Sethostname(long name, int len) implements Syscall {
        public Sysno sysno() { return Sysno.SETHOSTNAME; }
        public <R> R accept(Handler<R> h) { return h.sethostname(this); }
    }

    /** setdomainname(2): as {@link Sethostname}, for the (NIS) domain name. */
    record Setdomainname(long name, int len) implements Syscall {
        public Sysno sysno() { return Sysno.SETDOMAINNAME; }
        public <R> R accept(Handler<R> h) { return h.setdomainname(this); }
    }

    /** setpgid(2): pid 0 means the caller, pgid 0 means pgid = pid. */
    record Setpgid(int pid, int pgid) implements Syscall {
        public Sysno sysno() { return Sysno.SETPGID; }
        public <R> R accept(Handler<R> h) { return h.setpgid(this); }
    }

    record Getppid() implements Syscall {
        public Sysno sysno() { return Sysno.GETPPID; }
        public <R> R accept(Handler<R> h) { return h.getppid(this); }
    }

    record Setsid() implements Syscall {
        public Sysno sysno() { return Sysno.SETSID; }
        public <R> R accept(Handler<R> h) { return h.setsid(this); }
    }

    /** getpgid(2): pid 0 means the caller. */
    record Getpgid(int pid) implements Syscall {
        public Sysno sysno() { return Sysno.GETPGID; }
        public <R> R accept(Handler<R> h) { return h.getpgid(this); }
    }

    /**
     * getpriority(2) of one process (which = PRIO_PROCESS; who 0 = the caller). As Linux's
     * system call (not glibc's wrapper) it returns 20 - nice, 1..40, so no result is negative.
     */
    record Getpriority(int which, int who) implements Syscall {
        public static final int PRIO_PROCESS = 0;
        public Sysno sysno() { return Sysno.GETPRIORITY; }
        public <R> R accept(Handler<R> h) { return h.getpriority(this); }
    }

    /**
     * setpriority(2): sets a process's nice value (clamped to -20..19). EPERM for another
     * user's process, EACCES for lowering nice, unless root; ESRCH if there is no such pid.
     */
    record Setpriority(int which, int who, int prio) implements Syscall {
        public Sysno sysno() { return Sysno.SETPRIORITY; }
        public <R> R accept(Handler<R> h) { return h.setpriority(this); }
    }

    /**
     * sched_setaffinity(2): the CPUs (bit i = CPU i) pid may run on (0 = the caller). EINVAL
     * if the mask names no existing CPU; EPERM for another user's process unless root.
     */
    record SchedSetaffinity(int pid, long mask) implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_SETAFFINITY; }
        public <R> R accept(Handler<R> h) { return h.schedSetaffinity(this); }
    }

    /** sched_getaffinity(2). Simplified: the mask is the result, not copied to a buffer. */
    record SchedGetaffinity(int pid) implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_GETAFFINITY; }
        public <R> R accept(Handler<R> h) { return h.schedGetaffinity(this); }
    }

    /**
     * sched_setscheduler(2): pid's policy ({@link SchedPolicy}, SCHED_RESET_ON_FORK may be or-ed
     * in) and its sched_param's priority (1..99 for SCHED_FIFO/SCHED_RR, 0 for the others).
     * EINVAL for an unknown policy, SCHED_DEADLINE or a priority out of range; ESRCH for no such
     * process; EPERM for a real-time policy or another user's process unless root.
     */
    record SchedSetscheduler(int pid, int policy, int priority) implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_SETSCHEDULER; }
        public <R> R accept(Handler<R> h) { return h.schedSetscheduler(this); }
    }

    /** sched_getscheduler(2): pid's policy, with SCHED_RESET_ON_FORK if it is set. */
    record SchedGetscheduler(int pid) implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_GETSCHEDULER; }
        public <R> R accept(Handler<R> h) { return h.schedGetscheduler(this); }
    }

    /**
     * sched_getparam(2). Simplified as sched_getaffinity: the sched_param's one field, the
     * real-time priority, is the result, not copied to a buffer.
     */
    record SchedGetparam(int pid) implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_GETPARAM; }
        public <R> R accept(Handler<R> h) { return h.schedGetparam(this); }
    }

    /** sched_get_priority_max(2): the highest priority of policy; EINVAL if unknown. */
    record SchedGetPriorityMax(int policy) implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_GET_PRIORITY_MAX; }
        public <R> R accept(Handler<R> h) { return h.schedGetPriorityMax(this); }
    }

    /** sched_get_priority_min(2): the lowest priority of policy; EINVAL if unknown. */
    record SchedGetPriorityMin(int policy) implements Syscall {
        public Sysno sysno() { return Sysno.SCHED_GET_PRIORITY_MIN; }
        public <R> R accept(Handler<R> h) { return h.schedGetPriorityMin(this); }
    }

    /**
     * getdents64(2) on a directory fd: as many whole struct linux_dirent64 records as fit in
     * count bytes at the user address dirp (see fs.DirFile.Listing: d_ino, d_off, d_reclen,
     * d_type {@link StatBuf} DT_*, the name and a NUL, 8-aligned). Returns the bytes stored,
     * 0 at the end; EINVAL if count can't hold the next record.
     */
    record Getdents64(int fd, long dirp, int count) implements Syscall {
        public Sysno sysno() { return Sysno.GETDENTS64; }
        public <R> R accept(Handler<R> h) { return h.getdents64(this); }
    }

    /**
     * getrandom(2): len random bytes from the kernel's generator (seeded by --seed, so a run
     * repeats) to the user address buf; returns len. flags are accepted and ignored.
     */
    record Getrandom(long buf, int len, int flags) implements Syscall {
        public Sysno sysno() { return Sysno.GETRANDOM; }
        public <R> R accept(Handler<R> h) { return h.getrandom(this); }
    }

    /**
     * miniunix only: fork process pid on its behalf (same uid or root). The child is a copy
     * of pid in everything ps shows (command, memory, open files, credentials) but it runs
     * pause() until a signal ends it. Returns the child's pid.
     */
    record ForkOf(int pid) implements Syscall {
        public Sysno sysno() { return Sysno.FORK_OF; }
        public <R> R accept(Handler<R> h) { return h.forkOf(this); }
    }

    /**
     * ptrace(2), reduced to what strace needs; the tracer reads formatted events instead of
     * stopping its tracees and reading their registers (see kernel.trace.Ptrace).
     * <ul>
     * <li>{@link #PTRACE_TRACEME}: the caller is traced by its parent from its next execve
     * on (strace's child does this before it execs COMMAND); EPERM if already traced or the
     * parent has no trace channel.
     * <li>{@link #PTRACE_SEIZE} pid, options: the caller traces pid from now on; EPERM for
     * another user's process (unless root), a kernel thread, itself or one already traced;
     * ESRCH if there is no such live process.
     * <li>{@link #PTRACE_EVENTS} (miniunix), options: opens the caller's trace channel and
     * returns an fd (close-on-exec) that reads one line per event of every process it traces;
     * options ({@link #PTRACE_O_TRACEFORK}) then apply to all of them. Read returns 0 once
     * every tracee is gone. EBUSY if the caller has a channel open already.
     * </ul>
     */
    record Ptrace(int request, int pid, long data) implements Syscall {
        public static final int PTRACE_TRACEME = 0;
        public static final int PTRACE_SEIZE = 0x4206;
        public static final int PTRACE_EVENTS = 0x4d00;
        /** Children of a tracee are traced too, from their fork on (strace -f). */
        public static final long PTRACE_O_TRACEFORK = 0x2;
        public Sysno sysno() { return Sysno.PTRACE; }
        public <R> R accept(Handler<R> h) { return h.ptrace(this); }
    }

    /**
     * process_vm_readv(2): len bytes at the address remote of process pid to the caller's
     * address local; returns the bytes copied. Same permission as ptrace's (the same user, or
     * root; else EPERM); ESRCH for no such live process; EFAULT for a bad address on either
     * side. Simplified: one iovec on each side, passed by value, and flags are 0.
     */
    record ProcessVmReadv(int pid, long local, long remote, int len) implements Syscall {
        public Sysno sysno() { return Sysno.PROCESS_VM_READV; }
        public <R> R accept(Handler<R> h) { return h.processVmReadv(this); }
    }

    /** process_vm_writev(2): len bytes at the caller's address local to remote of pid. */
    record ProcessVmWritev(int pid, long local, long remote, int len) implements Syscall {
        public Sysno sysno() { return Sysno.PROCESS_VM_WRITEV; }
        public <R> R accept(Handler<R> h) { return h.processVmWritev(this); }
    }

    /**
     * miniunix only: performs call in the context of process pid (its fds, children,
     * credentials, cwd), as if pid had made it (its addresses are pid's), and stores that
     * call's result (a value or -errno) in the long at the caller's user address result.
     * Returns 0 once pid has performed it; -errno if it could not be injected: EPERM for
     * another user's process (unless root), init or a kernel thread, ESRCH if pid is gone or
     * exits first, EINVAL for the caller itself or a nested inject, EBUSY if pid has an
     * injected call pending, EFAULT for a bad result (checked before, and when stored). The
     * caller sleeps until then; see kernel.trace.Injector for when that is.
     */
    record Inject(int pid, Syscall call, long result) implements Syscall {
        public Inject {
            java.util.Objects.requireNonNull(call);
        }
        public Sysno sysno() { return Sysno.INJECT; }
        public <R> R accept(Handler<R> h) { return h.inject(this); }
    }
}
