package miniunix.user.bin;

import java.util.EnumSet;
import java.util.Set;
import miniunix.kernel.uapi.Sysno;

/**
 * strace's {@code -e trace=SET}: the syscalls to show, by name (write,read) or class
 * (process, file, desc, signal, with or without strace's {@code %}). The classes are those
 * of strace's syscall tables (TP, TF, TD, TS), written here as one exhaustive switch.
 */
final class StraceFilter {
    /** strace's trace classes. */
    enum TraceClass { PROCESS, FILE, DESC, SIGNAL, MEMORY }

    private StraceFilter() {
    }

    /** The calls SET names, or null with the first bad name in bad[0]. */
    static Set<Sysno> parse(String set, String[] bad) {
        EnumSet<Sysno> out = EnumSet.noneOf(Sysno.class);
        for (String name : set.split(",", -1)) {
            String n = name.startsWith("%") ? name.substring(1) : name;
            TraceClass c = classNamed(n);
            if (c != null) {
                for (Sysno s : Sysno.values()) {
                    if (classes(s).contains(c)) {
                        out.add(s);
                    }
                }
            } else if (n.equals("all")) {
                out.addAll(EnumSet.allOf(Sysno.class));
            } else if (Sysno.byName(n) != null) {
                out.add(Sysno.byName(n));
            } else if (!n.equals("none")) {
                bad[0] = name;
                return null;
            }
        }
        return out;
    }

    private static TraceClass classNamed(String n) {
        for (TraceClass c : TraceClass.values()) {
            if (c.name().toLowerCase(java.util.Locale.ROOT).equals(n)) {
                return c;
            }
        }
        return null;
    }

    /** The classes strace puts a call in (strace: src/linux/x86_64/syscallent.h). */
    static Set<TraceClass> classes(Sysno s) {
        return switch (s) {
            case READ, WRITE, CLOSE, IOCTL, POLL, PIPE, DUP2, FCNTL, FSYNC, FCHOWN, FCHMOD, GETDENTS64, FSTAT ->
                    EnumSet.of(TraceClass.DESC);
            case OPEN, UTIMENSAT, FCHMODAT, NEWFSTATAT, LINKAT, SYMLINKAT, READLINKAT ->
                    EnumSet.of(TraceClass.DESC, TraceClass.FILE);
            case STAT, LSTAT, STATFS, GETCWD, CHDIR, RENAME, MKDIR, RMDIR, LINK, UNLINK, CHMOD, SYMLINK,
                    READLINK -> EnumSet.of(TraceClass.FILE);
            case RT_SIGACTION, RT_SIGPROCMASK, RT_SIGRETURN, RT_SIGPENDING, RT_SIGSUSPEND, PAUSE,
                    ALARM, KILL, TGKILL -> EnumSet.of(TraceClass.SIGNAL);
            case MMAP -> EnumSet.of(TraceClass.DESC, TraceClass.MEMORY);
            case BRK, MPROTECT, MUNMAP -> EnumSet.of(TraceClass.MEMORY);
            case FORK, EXIT, EXIT_GROUP, WAIT4, WAITID, FORK_OF, INJECT -> EnumSet.of(TraceClass.PROCESS);
            case EXECVE -> EnumSet.of(TraceClass.FILE, TraceClass.PROCESS);
            case SCHED_YIELD, NANOSLEEP, GETPID, GETUID, SETUID, SETPGID, GETPPID, SETSID, GETPGID,
                    SYNC, GETRANDOM, PTRACE, GETGID, SETGID, GETEUID, GETEGID, SETRESUID, GETGROUPS,
                    SETGROUPS, UNAME, SETHOSTNAME, SETDOMAINNAME,
                    SETRESGID, GETPRIORITY, SETPRIORITY, SCHED_SETAFFINITY,
                    SCHED_GETAFFINITY, SCHED_SETSCHEDULER, SCHED_GETSCHEDULER, SCHED_GETPARAM,
                    SCHED_GET_PRIORITY_MAX, SCHED_GET_PRIORITY_MIN, UMASK, GETRUSAGE, PRLIMIT64, CLOCK_GETTIME,
                    TRANSLATE, PROCESS_VM_READV, PROCESS_VM_WRITEV -> EnumSet.noneOf(TraceClass.class);
        };
    }
}
