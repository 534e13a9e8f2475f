package miniunix.kernel.uapi;

/**
 * System call numbers of x86-64 Linux (arch/x86/entry/syscalls/syscall_64.tbl), with the
 * kernel's names as strace prints them. Calls that Linux does not have are numbered from
 * 1000 and named with a "miniunix_" prefix, so nobody mistakes them for Linux's.
 */
public enum Sysno {
    READ(0, "read"),
    WRITE(1, "write"),
    OPEN(2, "open"),
    CLOSE(3, "close"),
    STAT(4, "stat"),
    FSTAT(5, "fstat"),
    LSTAT(6, "lstat"),
    POLL(7, "poll"),
    MMAP(9, "mmap"),
    MPROTECT(10, "mprotect"),
    MUNMAP(11, "munmap"),
    BRK(12, "brk"),
    RT_SIGACTION(13, "rt_sigaction"),
    RT_SIGPROCMASK(14, "rt_sigprocmask"),
    RT_SIGRETURN(15, "rt_sigreturn"),
    IOCTL(16, "ioctl"),
    PIPE(22, "pipe"),
    SCHED_YIELD(24, "sched_yield"),
    DUP2(33, "dup2"),
    PAUSE(34, "pause"),
    NANOSLEEP(35, "nanosleep"),
    ALARM(37, "alarm"),
    GETPID(39, "getpid"),
    FORK(57, "fork"),
    EXECVE(59, "execve"),
    EXIT(60, "exit"),
    WAIT4(61, "wait4"),
    KILL(62, "kill"),
    UNAME(63, "uname"),
    FCNTL(72, "fcntl"),
    FSYNC(74, "fsync"),
    GETCWD(79, "getcwd"),
    CHDIR(80, "chdir"),
    RENAME(82, "rename"),
    MKDIR(83, "mkdir"),
    RMDIR(84, "rmdir"),
    LINK(86, "link"),
    UNLINK(87, "unlink"),
    SYMLINK(88, "symlink"),
    READLINK(89, "readlink"),
    CHMOD(90, "chmod"),
    FCHMOD(91, "fchmod"),
    UMASK(95, "umask"),
    GETRUSAGE(98, "getrusage"),
    FCHOWN(93, "fchown"),
    PTRACE(101, "ptrace"),
    GETUID(102, "getuid"),
    GETGID(104, "getgid"),
    SETUID(105, "setuid"),
    SETGID(106, "setgid"),
    GETEUID(107, "geteuid"),
    GETEGID(108, "getegid"),
    SETPGID(109, "setpgid"),
    GETPPID(110, "getppid"),
    SETSID(112, "setsid"),
    GETGROUPS(115, "getgroups"),
    SETGROUPS(116, "setgroups"),
    SETRESUID(117, "setresuid"),
    SETRESGID(119, "setresgid"),
    GETPGID(121, "getpgid"),
    RT_SIGPENDING(127, "rt_sigpending"),
    RT_SIGSUSPEND(130, "rt_sigsuspend"),
    STATFS(137, "statfs"),
    GETPRIORITY(140, "getpriority"),
    SETPRIORITY(141, "setpriority"),
    SCHED_GETPARAM(143, "sched_getparam"),
    SCHED_SETSCHEDULER(144, "sched_setscheduler"),
    SCHED_GETSCHEDULER(145, "sched_getscheduler"),
    SCHED_GET_PRIORITY_MAX(146, "sched_get_priority_max"),
    SCHED_GET_PRIORITY_MIN(147, "sched_get_priority_min"),
    SCHED_SETAFFINITY(203, "sched_setaffinity"),
    SCHED_GETAFFINITY(204, "sched_getaffinity"),
    SYNC(162, "sync"),
    SETHOSTNAME(170, "sethostname"),
    SETDOMAINNAME(171, "setdomainname"),
    WAITID(247, "waitid"),
    GETDENTS64(217, "getdents64"),
    CLOCK_GETTIME(228, "clock_gettime"),
    EXIT_GROUP(231, "exit_group"),
    TGKILL(234, "tgkill"),
    NEWFSTATAT(262, "newfstatat"),
    LINKAT(265, "linkat"),
    SYMLINKAT(266, "symlinkat"),
    READLINKAT(267, "readlinkat"),
    FCHMODAT(268, "fchmodat"),
    UTIMENSAT(280, "utimensat"),
    PRLIMIT64(302, "prlimit64"),
    PROCESS_VM_READV(310, "process_vm_readv"),
    PROCESS_VM_WRITEV(311, "process_vm_writev"),
    GETRANDOM(318, "getrandom"),
    /** Fork another process on its behalf: the `fork PID` builtin's teaching aid. */
    FORK_OF(1000, "miniunix_fork_of"),
    /** Make one syscall in another process's context: the `sys --as PID` console's door. */
    INJECT(1001, "miniunix_inject"),
    /** The page-table walk of another process's address, for `translate`. */
    TRANSLATE(1016, "miniunix_translate");

    public final int number;
    public final String linuxName;

    Sysno(int number, String linuxName) {
        this.number = number;
        this.linuxName = linuxName;
    }

    /** The call strace names linuxName ("write", "exit_group"), or null. */
    public static Sysno byName(String linuxName) {
        for (Sysno s : values()) {
            if (s.linuxName.equals(linuxName)) {
                return s;
            }
        }
        return null;
    }
}
