package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.SchedPolicy;
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
 * The {@code sys} console's argument table: for each syscall the kernel has, what its
 * arguments look like on a command line and the record they make. One exhaustive switch over
 * {@link Sysno}, so a new syscall is not forgotten. Numbers are decimal (octal with a leading
 * 0 for modes), signals may be names (TERM, SIGTERM), flags symbolic (O_WRONLY|O_CREAT,
 * WNOHANG), and NULL passes no buffer, for a student to see EFAULT. read and write take a
 * user address in the target's memory, as the kernel does: {@code sys write 1 0x10 5} is
 * {@code write(1, 0x10, 5) = -1 EFAULT (Bad address)}.
 */
final class SysArgs {
    /** A command line that makes no call: its one-line message. */
    static final class BadArgs extends RuntimeException {
        BadArgs(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A call, and the scratch memory it needs in the target: init is placed there before the
     * call (its struct arguments), and len bytes are read back after it (its out-parameters).
     */
    record Built(Syscall call, byte[] init, int len) {
    }

    /** The most gids getgroups may leave in the scratch memory (a page of them). */
    private static final int SCRATCH_GIDS = 1024;

    private final String name;
    private final List<String> a;
    /** The scratch memory's address in the target (0 while the length is being found). */
    private final long scratch;
    private int scratchLen;
    private byte[] init = new byte[0];

    private SysArgs(String name, List<String> args, long scratch) {
        this.name = name;
        this.a = args;
        this.scratch = scratch;
    }

    /**
     * The call NAME ARGS stand for, with its buffers in the target's scratch memory at
     * scratch; throws BadArgs with sys's message otherwise.
     */
    static Built build(String name, List<String> args, long scratch) {
        Sysno s = name.equals("exit") ? Sysno.EXIT_GROUP : Sysno.byName(name);
        if (s == null) {
            throw new BadArgs(name + ": unknown system call");
        }
        SysArgs b = new SysArgs(name, args, scratch);
        Syscall call = b.build(s);
        return new Built(call, b.init, b.scratchLen);
    }

    /** An out-parameter of size bytes: the address given as argument i, else scratch memory. */
    private long out(int i, int size) {
        return i < a.size() ? addr(i) : room(size);
    }

    /** size bytes of the scratch memory (8-aligned, as a C compiler would place them). */
    private long room(int size) {
        long at = scratch + scratchLen;
        scratchLen += (size + 7) & ~7;
        return at;
    }

    /** A struct argument: b placed in the scratch memory before the call; its address. */
    private long place(byte[] b) {
        int off = scratchLen;
        long at = room(b.length);
        init = java.util.Arrays.copyOf(init, scratchLen);
        System.arraycopy(b, 0, init, off, b.length);
        return at;
    }

    private Syscall build(Sysno s) {
        return switch (s) {
            case READ -> { want("FD ADDR COUNT", 3); yield new Syscall.Read(num(0), addr(1), len(2)); }
            case WRITE -> { want("FD ADDR COUNT", 3); yield new Syscall.Write(num(0), addr(1), len(2)); }
            case OPEN -> { want("PATH FLAGS [MODE]", 2, 3);
                yield new Syscall.Open(path(0), openFlags(1), a.size() > 2 ? num(2) : 0); }
            case CLOSE -> { want("FD", 1); yield new Syscall.Close(num(0)); }
            case STAT -> { want("PATH [ADDR]", 1, 2); yield new Syscall.Stat(path(0), out(1, StatBuf.SIZE)); }
            case FSTAT -> { want("FD [ADDR]", 1, 2); yield new Syscall.Fstat(num(0), out(1, StatBuf.SIZE)); }
            case STATFS -> { want("PATH [ADDR]", 1, 2); yield new Syscall.Statfs(path(0), out(1, StatfsBuf.SIZE)); }
            case MMAP -> { want("ADDR LENGTH PROT FLAGS FD OFFSET", 6); yield new Syscall.Mmap(addr(0),
                    lnum(1), num(2), num(3), num(4), lnum(5)); }
            case MPROTECT -> { want("ADDR LENGTH PROT", 3); yield new Syscall.Mprotect(addr(0), lnum(1), num(2)); }
            case MUNMAP -> { want("ADDR LENGTH", 2); yield new Syscall.Munmap(addr(0), lnum(1)); }
            case BRK -> { want("ADDR", 1); yield new Syscall.Brk(addr(0)); }
            case TRANSLATE -> { want("PID ADDR", 2); yield new Syscall.Translate(num(0), addr(1), room(4096), 4096); }
            case FCHOWN -> { want("FD UID GID", 3); yield new Syscall.Fchown(num(0), num(1), num(2)); }
            case CHMOD -> { want("PATH MODE", 2); yield new Syscall.Chmod(path(0), num(1)); }
            case FCHMOD -> { want("FD MODE", 2); yield new Syscall.Fchmod(num(0), num(1)); }
            case FCHMODAT -> { want("PATH MODE", 2); yield new Syscall.Fchmodat(
                    Syscall.Utimensat.AT_FDCWD, path(0), num(1)); }
            case FSYNC -> { want("FD", 1); yield new Syscall.Fsync(num(0)); }
            case SYNC -> { want("", 0); yield new Syscall.Sync(); }
            case RT_SIGACTION -> { want("SIG SIG_DFL|SIG_IGN|NULL [OLDACT]", 2, 3);
                yield new Syscall.RtSigaction(sig(0), a.get(1).equals("SIG_IGN") ? Syscall.RtSigaction.SIG_IGN
                            : a.get(1).equals("SIG_DFL") ? Syscall.RtSigaction.SIG_DFL
                            : isNull(1) ? Syscall.RtSigaction.QUERY : num(1), 0, 0, out(2, SigAction.SIZE)); }
            case RT_SIGPROCMASK -> { want("SIG_BLOCK|SIG_UNBLOCK|SIG_SETMASK SIG[,SIG]... [OLDSET]", 2, 3);
                yield new Syscall.RtSigprocmask(how(0), sigset(1), out(2, Long.BYTES)); }
            case RT_SIGPENDING -> { want("[SET]", 0, 1); yield new Syscall.RtSigpending(out(0, Long.BYTES)); }
            case RT_SIGSUSPEND -> { want("SIG[,SIG]...", 1); yield new Syscall.RtSigsuspend(sigset(0)); }
            case RT_SIGRETURN -> { want("", 0); yield new Syscall.RtSigreturn(); }
            case ALARM -> { want("SECONDS", 1); yield new Syscall.Alarm(num(0)); }
            case IOCTL -> { want("FD TIOCGPGRP|TIOCSPGRP [PGID]", 2, 3); yield new Syscall.Ioctl(num(0),
                    a.get(1).equals("TIOCGPGRP") ? Syscall.Ioctl.TIOCGPGRP
                            : a.get(1).equals("TIOCSPGRP") ? Syscall.Ioctl.TIOCSPGRP : num(1),
                    a.size() > 2 ? num(2) : 0); }
            case POLL -> { want("FD TIMEOUT", 2); byte[] fds = new byte[PollFd.SIZE];
                PollFd.encode(new PollFd[] {new PollFd(num(0), PollFd.POLLIN)}, fds);
                yield new Syscall.Poll(place(fds), 1, num(1)); }
            case PIPE -> { want("[ADDR]", 0, 1); yield new Syscall.Pipe(out(0, 8)); }
            case SCHED_YIELD -> { want("", 0); yield new Syscall.SchedYield(); }
            case DUP2 -> { want("OLDFD NEWFD", 2); yield new Syscall.Dup2(num(0), num(1)); }
            case FCNTL -> { want("FD F_DUPFD|F_DUPFD_CLOEXEC|F_GETFD|F_SETFD [ARG]", 2, 3);
                yield new Syscall.Fcntl(num(0), fcntlCmd(1), a.size() > 2 ? lnum(2) : 0); }
            case PAUSE -> { want("", 0); yield new Syscall.Pause(); }
            case NANOSLEEP -> { want("NANOSECONDS", 1); yield new Syscall.Nanosleep(lnum(0)); }
            case GETPID -> { want("", 0); yield new Syscall.Getpid(); }
            case FORK -> { want("", 0); yield new Syscall.Fork(); }
            case EXECVE -> { want("PATH ARGV0 [ARG]...", 2, Integer.MAX_VALUE);
                yield new Syscall.Execve(path(0), argv(a.subList(1, a.size())), argv(List.of())); }
            case EXIT, EXIT_GROUP -> { want("STATUS", 1); yield new Syscall.Exit(num(0)); }
            case WAIT4 -> { want("PID [OPTIONS [ADDR]]", 1, 3); int options = a.size() > 1 ? waitOptions(1) : 0;
                yield new Syscall.Wait4(num(0), out(2, Integer.BYTES), options); }
            case WAITID -> { want("P_ALL|P_PID|P_PGID ID OPTIONS [ADDR]", 3, 4); yield new Syscall.Waitid(idtype(0),
                    num(1), out(3, SigInfo.SIZE), waitOptions(2)); }
            case KILL -> { want("PID SIG", 2); yield new Syscall.Kill(num(0), sig(1)); }
            case TGKILL -> { want("TGID TID SIG", 3); yield new Syscall.Tgkill(num(0), num(1), sig(2)); }
            case GETCWD -> { want("[SIZE [ADDR]]", 0, 2); int size = a.isEmpty() ? 4096 : len(0);
                yield new Syscall.Getcwd(out(1, size), size); }
            case CHDIR -> { want("PATH", 1); yield new Syscall.Chdir(path(0)); }
            case RENAME -> { want("OLDPATH NEWPATH", 2); yield new Syscall.Rename(path(0), path(1)); }
            case MKDIR -> { want("PATH [MODE]", 1, 2); yield new Syscall.Mkdir(path(0), a.size() > 1 ? num(1) : 0777); }
            case RMDIR -> { want("PATH", 1); yield new Syscall.Rmdir(path(0)); }
            case UNLINK -> { want("PATH", 1); yield new Syscall.Unlink(path(0)); }
            case LINK -> { want("OLDPATH NEWPATH", 2); yield new Syscall.Link(path(0), path(1)); }
            case LINKAT -> { want("OLDPATH NEWPATH [AT_SYMLINK_FOLLOW]", 2, 3); yield new Syscall.Linkat(
                    Syscall.Utimensat.AT_FDCWD, path(0), Syscall.Utimensat.AT_FDCWD, path(1),
                    a.size() < 3 ? 0 : a.get(2).equals("AT_SYMLINK_FOLLOW")
                            ? Syscall.Linkat.AT_SYMLINK_FOLLOW : num(2)); }
            case LSTAT -> { want("PATH [ADDR]", 1, 2); yield new Syscall.Lstat(path(0), out(1, StatBuf.SIZE)); }
            case NEWFSTATAT -> { want("PATH [AT_SYMLINK_NOFOLLOW [ADDR]]", 1, 3); yield new Syscall.Newfstatat(
                    Syscall.Utimensat.AT_FDCWD, path(0), out(2, StatBuf.SIZE), a.size() < 2 ? 0
                            : a.get(1).equals("AT_SYMLINK_NOFOLLOW")
                                    ? Syscall.Newfstatat.AT_SYMLINK_NOFOLLOW : num(1)); }
            case SYMLINK -> { want("TARGET LINKPATH", 2); yield new Syscall.Symlink(path(0), path(1)); }
            case SYMLINKAT -> { want("TARGET LINKPATH", 2); yield new Syscall.Symlinkat(path(0),
                    Syscall.Utimensat.AT_FDCWD, path(1)); }
            case READLINK -> { want("PATH ADDR SIZE", 3); yield new Syscall.Readlink(path(0), addr(1), len(2)); }
            case READLINKAT -> { want("PATH ADDR SIZE", 3); yield new Syscall.Readlinkat(
                    Syscall.Utimensat.AT_FDCWD, path(0), addr(1), len(2)); }
            case UMASK -> { want("MASK", 1); yield new Syscall.Umask(num(0)); }
            case PRLIMIT64 -> { want("PID RESOURCE [SOFT HARD]", 2, 4); long set = 0;
                if (a.size() == 4) {
                    byte[] b = new byte[Syscall.Prlimit64.SIZE];
                    Le.putLong(b, 0, lnum(2));
                    Le.putLong(b, 8, lnum(3));
                    set = place(b);
                }
                yield new Syscall.Prlimit64(num(0), num(1), set, room(Syscall.Prlimit64.SIZE)); }
            case GETRUSAGE -> { want("RUSAGE_SELF|RUSAGE_CHILDREN [ADDR]", 1, 2); yield new Syscall.Getrusage(
                    a.get(0).equals("RUSAGE_SELF") ? Syscall.Getrusage.RUSAGE_SELF
                            : a.get(0).equals("RUSAGE_CHILDREN") ? Syscall.Getrusage.RUSAGE_CHILDREN
                            : num(0), out(1, Syscall.Getrusage.SIZE)); }
            case CLOCK_GETTIME -> { want("CLOCK_REALTIME|CLOCK_MONOTONIC [ADDR]", 1, 2); yield new Syscall.ClockGettime(
                    a.get(0).equals("CLOCK_REALTIME") ? Syscall.ClockGettime.CLOCK_REALTIME
                            : a.get(0).equals("CLOCK_MONOTONIC") ? Syscall.ClockGettime.CLOCK_MONOTONIC
                            : num(0), out(1, Syscall.ClockGettime.TIMESPEC)); }
            case UTIMENSAT -> { want("PATH", 1); yield new Syscall.Utimensat(Syscall.Utimensat.AT_FDCWD,
                    path(0), 0, 0); }
            case GETUID -> { want("", 0); yield new Syscall.Getuid(); }
            case SETUID -> { want("UID", 1); yield new Syscall.Setuid(num(0)); }
            case GETEUID -> { want("", 0); yield new Syscall.Geteuid(); }
            case GETGID -> { want("", 0); yield new Syscall.Getgid(); }
            case GETEGID -> { want("", 0); yield new Syscall.Getegid(); }
            case SETGID -> { want("GID", 1); yield new Syscall.Setgid(num(0)); }
            case SETRESUID -> { want("RUID EUID SUID", 3);
                yield new Syscall.Setresuid(num(0), num(1), num(2)); }
            case SETRESGID -> { want("RGID EGID SGID", 3);
                yield new Syscall.Setresgid(num(0), num(1), num(2)); }
            case GETGROUPS -> { want("SIZE [ADDR]", 1, 2); yield new Syscall.Getgroups(num(0),
                    out(1, Math.min(Math.max(0, num(0)), SCRATCH_GIDS) * Syscall.Getgroups.GID_SIZE)); }
            case SETGROUPS -> { want("GID[,GID]...", 1); yield setgroups(a.get(0)); }
            case UNAME -> { want("[ADDR]", 0, 1); yield new Syscall.Uname(out(0, Utsname.SIZE)); }
            case SETHOSTNAME -> { want("NAME [LEN]", 1, 2);
                yield new Syscall.Sethostname(path(0), a.size() > 1 ? num(1) : utf8Length(0)); }
            case SETDOMAINNAME -> { want("NAME [LEN]", 1, 2);
                yield new Syscall.Setdomainname(path(0), a.size() > 1 ? num(1) : utf8Length(0)); }
            case PTRACE -> { want("REQUEST PID DATA", 3); yield new Syscall.Ptrace(num(0), num(1), lnum(2)); }
            case SETPGID -> { want("PID PGID", 2); yield new Syscall.Setpgid(num(0), num(1)); }
            case GETPPID -> { want("", 0); yield new Syscall.Getppid(); }
            case SETSID -> { want("", 0); yield new Syscall.Setsid(); }
            case GETPGID -> { want("PID", 1); yield new Syscall.Getpgid(num(0)); }
            case GETPRIORITY -> { want("PID", 1); yield new Syscall.Getpriority(Syscall.Getpriority.PRIO_PROCESS, num(0)); }
            case SETPRIORITY -> { want("PID NICE", 2);
                yield new Syscall.Setpriority(Syscall.Getpriority.PRIO_PROCESS, num(0), num(1)); }
            case SCHED_SETAFFINITY -> { want("PID MASK", 2); yield new Syscall.SchedSetaffinity(num(0), lnum(1)); }
            case SCHED_GETAFFINITY -> { want("PID", 1); yield new Syscall.SchedGetaffinity(num(0)); }
            case SCHED_SETSCHEDULER -> { want("PID POLICY PRIORITY", 3);
                yield new Syscall.SchedSetscheduler(num(0), policy(1), num(2)); }
            case SCHED_GETSCHEDULER -> { want("PID", 1); yield new Syscall.SchedGetscheduler(num(0)); }
            case SCHED_GETPARAM -> { want("PID", 1); yield new Syscall.SchedGetparam(num(0)); }
            case SCHED_GET_PRIORITY_MAX -> { want("POLICY", 1); yield new Syscall.SchedGetPriorityMax(policy(0)); }
            case SCHED_GET_PRIORITY_MIN -> { want("POLICY", 1); yield new Syscall.SchedGetPriorityMin(policy(0)); }
            case GETDENTS64 -> { want("FD COUNT [ADDR]", 2, 3); yield new Syscall.Getdents64(num(0), out(2, len(1)), len(1)); }
            case GETRANDOM -> { want("COUNT [FLAGS [ADDR]]", 1, 3); int flags = a.size() > 1 ? num(1) : 0;
                yield new Syscall.Getrandom(out(2, len(0)), len(0), flags); }
            case FORK_OF -> { want("PID", 1); yield new Syscall.ForkOf(num(0)); }
            case PROCESS_VM_READV -> { want("PID ADDR COUNT", 3);
                yield new Syscall.ProcessVmReadv(num(0), room(len(2)), addr(1), len(2)); }
            case PROCESS_VM_WRITEV -> { want("PID ADDR STRING", 3); byte[] b = a.get(2).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8);
                yield new Syscall.ProcessVmWritev(num(0), place(b), addr(1), b.length); }
            case INJECT -> throw new BadArgs(name + ": use sys --as PID NAME ARG...");
        };
    }

    /** Checks the argument count: exactly n, or min..max. */
    private void want(String usage, int n) {
        want(usage, n, n);
    }

    private void want(String usage, int min, int max) {
        if (a.size() < min || a.size() > max) {
            String count = min == max ? Integer.toString(min) : max == Integer.MAX_VALUE
                    ? "at least " + min : min + " to " + max;
            throw new BadArgs(name + ": expects " + count + " argument" + (min == 1 && max == 1 ? "" : "s")
                    + (usage.isEmpty() ? "" : " (" + usage + ")") + ", got " + a.size());
        }
    }

    /** A policy by name (SCHED_FIFO, FIFO, fifo) or number. */
    private int policy(int i) {
        String n = a.get(i).toUpperCase(java.util.Locale.ROOT);
        for (int policy = 0; policy <= SchedPolicy.SCHED_DEADLINE; policy++) {
            String name = SchedPolicy.name(policy);
            if (name != null && (name.equals(n) || name.equals("SCHED_" + n))) {
                return policy;
            }
        }
        return num(i);
    }

    private int num(int i) {
        long v = lnum(i);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new BadArgs(name + ": '" + a.get(i) + "': invalid number");
        }
        return (int) v;
    }

    private long lnum(int i) {
        String s = a.get(i);
        try {
            if (s.matches("-?0[0-7]+")) {
                return Long.parseLong(s, 8);
            }
            if (s.matches("0x[0-9a-fA-F]+")) {
                return Long.parseLong(s.substring(2), 16);
            }
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BadArgs(name + ": '" + s + "': invalid number");
        }
    }

    /** An address: a number (0x... for hex), or NULL for 0. */
    private long addr(int i) {
        return isNull(i) ? 0 : lnum(i);
    }

    private boolean isNull(int i) {
        return a.get(i).equals("NULL");
    }

    private int len(int i) {
        if (isNull(i)) {
            return 0;
        }
        int n = num(i);
        if (n < 0 || n > (1 << 20)) {
            throw new BadArgs(name + ": '" + a.get(i) + "': invalid count");
        }
        return n;
    }

    /** A path argument: the C string placed in the scratch memory; its address (NULL: 0). */
    private long path(int i) {
        return isNull(i) ? 0 : place(cstring(a.get(i)));
    }

    /** The length of argument i in UTF-8 (0 for NULL): sethostname's len of strlen(name). */
    private int utf8Length(int i) {
        return isNull(i) ? 0 : a.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** s in UTF-8 with its NUL. */
    private static byte[] cstring(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(b, b.length + 1);
    }

    /** execve's argv: the strings and the NULL-terminated array of pointers to them. */
    private long argv(List<String> args) {
        long[] at = new long[args.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = place(cstring(args.get(i)));
        }
        byte[] b = new byte[(at.length + 1) * Long.BYTES];
        for (int i = 0; i < at.length; i++) {
            Le.putLong(b, i * Long.BYTES, at[i]);
        }
        return place(b);
    }

    private int sig(int i) {
        String s = a.get(i);
        int n = s.equals("0") ? 0 : Signal.parse(s);
        if (n < 0) {
            throw new BadArgs(name + ": '" + s + "': invalid signal");
        }
        return n;
    }

    /** setgroups GID[,GID]...: the gids placed in scratch memory, or NULL for "NULL" (none). */
    private Syscall setgroups(String list) {
        if (list.equals("NULL")) {
            return new Syscall.Setgroups(0, 0);
        }
        String[] ids = list.split(",", -1);
        byte[] b = new byte[ids.length * Syscall.Getgroups.GID_SIZE];
        for (int i = 0; i < ids.length; i++) {
            if (!ids[i].matches("[0-9]{1,10}") || Long.parseLong(ids[i]) > 0xffffffffL) {
                throw new BadArgs(name + ": '" + ids[i] + "': invalid number");
            }
            Le.putInt(b, i * Syscall.Getgroups.GID_SIZE, (int) Long.parseLong(ids[i]));
        }
        return new Syscall.Setgroups(ids.length, place(b));
    }

    /** A signal set: 0 (empty), or signal names or numbers joined by commas (INT,USR1). */
    private long sigset(int i) {
        long set = 0;
        if (a.get(i).equals("0")) {
            return 0;
        }
        for (String n : a.get(i).split(",")) {
            int sig = Signal.parse(n);
            if (sig < 0) {
                throw new BadArgs(name + ": '" + n + "': invalid signal");
            }
            set |= Signal.mask(sig);
        }
        return set;
    }

    private int how(int i) {
        return switch (a.get(i)) {
            case "SIG_BLOCK" -> Syscall.RtSigprocmask.SIG_BLOCK;
            case "SIG_UNBLOCK" -> Syscall.RtSigprocmask.SIG_UNBLOCK;
            case "SIG_SETMASK" -> Syscall.RtSigprocmask.SIG_SETMASK;
            default -> num(i);
        };
    }

    private int fcntlCmd(int i) {
        return switch (a.get(i)) {
            case "F_DUPFD" -> Fcntl.F_DUPFD;
            case "F_DUPFD_CLOEXEC" -> Fcntl.F_DUPFD_CLOEXEC;
            case "F_GETFD" -> Fcntl.F_GETFD;
            case "F_SETFD" -> Fcntl.F_SETFD;
            default -> num(i);
        };
    }

    private int openFlags(int i) {
        int flags = 0;
        for (String f : a.get(i).split("\\|")) {
            flags |= switch (f) {
                case "O_RDONLY" -> Fcntl.O_RDONLY;
                case "O_WRONLY" -> Fcntl.O_WRONLY;
                case "O_RDWR" -> Fcntl.O_RDWR;
                case "O_CREAT" -> Fcntl.O_CREAT;
                case "O_EXCL" -> Fcntl.O_EXCL;
                case "O_TRUNC" -> Fcntl.O_TRUNC;
                case "O_APPEND" -> Fcntl.O_APPEND;
                case "O_NONBLOCK" -> Fcntl.O_NONBLOCK;
                case "O_DIRECTORY" -> Fcntl.O_DIRECTORY;
                case "O_CLOEXEC" -> Fcntl.O_CLOEXEC;
                default -> (int) numOrBad(f);
            };
        }
        return flags;
    }

    private int waitOptions(int i) {
        int o = 0;
        for (String f : a.get(i).split("\\|")) {
            o |= switch (f) {
                case "WNOHANG" -> Wait.WNOHANG;
                case "WUNTRACED", "WSTOPPED" -> Wait.WSTOPPED;
                case "WCONTINUED" -> Wait.WCONTINUED;
                case "WEXITED" -> Wait.WEXITED;
                case "WNOWAIT" -> Wait.WNOWAIT;
                default -> (int) numOrBad(f);
            };
        }
        return o;
    }

    private int idtype(int i) {
        return switch (a.get(i)) {
            case "P_ALL" -> SigInfo.P_ALL;
            case "P_PID" -> SigInfo.P_PID;
            case "P_PGID" -> SigInfo.P_PGID;
            default -> num(i);
        };
    }

    private long numOrBad(String f) {
        try {
            return f.matches("0[0-7]*") ? Long.parseLong(f, 8) : Long.parseLong(f);
        } catch (NumberFormatException e) {
            throw new BadArgs(name + ": '" + f + "': invalid flag");
        }
    }
}
