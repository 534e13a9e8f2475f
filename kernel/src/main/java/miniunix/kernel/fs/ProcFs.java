package miniunix.kernel.fs;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.Uts;
import miniunix.kernel.mm.AddressSpace;
import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.mm.KPageFlags;
import miniunix.kernel.mm.MmViews;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.sched.Cpu;
import miniunix.kernel.sched.CpuTime;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.CpuMask;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.SchedPolicy;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Utsname;

/**
 * procfs: the kernel's state as text files, generated when opened (Linux fs/proc/array.c,
 * base.c, meminfo.c, stat.c). ps, pstree and friends read these through open/read/getdents64,
 * exactly as procps does, so they work in pipes and see nothing the kernel doesn't publish.
 *
 * <p>Files: /proc/PID/{stat,status,cmdline,wchan}, /proc/self, /proc/{uptime,loadavg,meminfo,stat},
 * /proc/{cpuinfo,version}, /proc/sys/kernel/{ostype,osrelease,version} (read-only),
 * and the sysctls /proc/sys/kernel/{hostname,domainname,pid_max,threads-max} (writable by
 * root; the first two are the kernel's {@link miniunix.kernel.Uts}) and
 * /proc/sys/kernel/sched_policy (miniunix's own: the scheduling policy of the whole machine, as
 * {@code sched show} prints it; any user may write it, since switching policy live is the
 * point of a teaching machine; Linux has no such global switch).
 *
 * <p>NOTE: the field order of stat and the State names must match fs/proc/array.c; ps in
 * user.bin parses them.
 */
final class ProcFs {
    private static final long PROC_INO_BASE = 1L << 32;
    /** The one sysctl every user may write. */
    private static final String SCHED_POLICY = "sched_policy";
    /** /proc/sys/vm/policy: the page-replacement policy (miniunix's own; any user may write). */
    private static final String VM_POLICY = "policy";
    private static final List<String> VM_FILES = List.of("min_free_kbytes", VM_POLICY);
    private static final List<String> TOP_FILES = List.of("buddyinfo", "cpuinfo", "kmsg",
            "kpageflags", "kpageowner", "loadavg", "meminfo", "mounts", "self", "stat", "sys", "uptime", "version", "vmstat");
    /** /proc/sys/kernel's files of the kernel's identity (struct utsname). */
    private static final List<String> UTS_FILES = List.of("domainname", "hostname", "ostype",
            "osrelease", "version");
    /** The UTS_FILES root may write (kernel/utsname_sysctl.c's mode 0644 ones). */
    private static final List<String> UTS_NAMES = List.of("domainname", "hostname");
    private static final List<String> PID_FILES = List.of("cmdline", "comm", "environ", "fd",
            "io", "limits", "maps", "sched", "smaps", "stat", "statm", "status", "task", "wchan");
    /** The directories among PID_FILES. */
    private static final List<String> PID_DIRS = List.of("fd", "task");
    /** /proc's link to the caller's own directory. */
    private static final String SELF = "self";
    /** A process's symbolic links: its cwd and its program's file. */
    private static final List<String> PID_LINKS = List.of("cwd", "exe");
    /** PF_KTHREAD | PF_NOFREEZE-ish for kernel threads, PF_RANDOMIZE-ish for user ones. */
    private static final int KTHREAD_FLAGS = 0x00208040;
    private static final int USER_FLAGS = 0x00400000;
    /** Forked but not yet exec'd (a subshell): ps -l's F is 1. */
    private static final int PF_FORKNOEXEC = 0x00000040;
    /** A pid has at most 9 digits (pid_max is at most 4194304). */
    private static final int PID_DIGITS = 9;
    /** /proc inode numbers: the pid above these bits, the file's number below. */
    private static final int PID_INO_SHIFT = 5;
    private static final int PID_FILE_MASK = (1 << PID_INO_SHIFT) - 1;
    /** Where a pid starts in "/proc/PID". */
    private static final int PID_AT = "/proc/".length();

    private final Kernel kernel;
    private final MmViews mmViews;
    private final KPageFlags kpage;

    ProcFs(Kernel kernel) {
        this.kernel = kernel;
        this.mmViews = new MmViews(kernel.mm());
        this.kpage = new KPageFlags(kernel.mm().frames);
    }

    OpenFile open(Proc caller, String abs, int flags) {
        boolean write = (flags & Fcntl.O_ACCMODE) != Fcntl.O_RDONLY;
        long pidIno = pidIno(abs);
        Proc owner = pidIno > 0 && (pidIno & PID_FILE_MASK) != 0 ? pidProc(pidIno) : null;
        String name = owner == null ? null : PID_FILES.get((int) (pidIno & PID_FILE_MASK) - 1);
        if (owner != null && !PID_DIRS.contains(name)) {
            // /proc/PID/stat and its like, ps's thousands of opens: read from abs as it stands.
            if (write) {
                throw new SyscallError(Errno.EACCES);
            }
            StatBuf st = new StatBuf();
            statPid(owner, name, pidIno, st);
            return new ProcFile(pidContent(caller, owner, name), null, st, flags);
        }
        List<String> parts = Vfs.split(abs);
        StatBuf st = new StatBuf();
        stat(caller, abs, parts, st);
        if (st.isDir()) {
            if (write) {
                throw new SyscallError(Errno.EISDIR);
            }
            return new DirFile(listing(caller, parts), st, flags);
        }
        String sysctl = parts.size() == 4 && parts.get(1).equals("sys") ? parts.get(3) : null;
        if (write && (sysctl == null || caller.uid != 0 && !sysctl.equals(SCHED_POLICY)
                && !sysctl.equals(VM_POLICY))) {
            throw new SyscallError(Errno.EACCES);
        }
        if (sysctl != null && parts.get(2).equals("kernel") && UTS_NAMES.contains(sysctl)) {
            Uts uts = kernel.uts();
            byte[] value = sysctl.equals("hostname") ? uts.nodename() : uts.domainname();
            byte[] text = java.util.Arrays.copyOf(value, value.length + 1);
            text[value.length] = '\n';
            return new ProcFile(text, sysctl, st, flags);
        }
        if (parts.size() == 2 && parts.get(1).startsWith("kpage")) {
            return new ProcFile(parts.get(1).equals("kpageflags") ? kpage.flags() : kpage.owners(),
                    st, flags);
        }
        return new ProcFile(content(caller, parts), sysctl, st, flags);
    }

    /**
     * lstat(2) of a /proc path: a link's own stat (mode 0777, owned as its process's
     * directory; an fd's size 64, as Linux gives), else {@link #stat}. Another user's link is
     * still a link here; only reading it is EACCES.
     */
    void lstat(Proc caller, String abs, StatBuf st) {
        String target;
        try {
            target = linkTarget(caller, abs);
        } catch (SyscallError e) {
            if (e.errno != Errno.EACCES) {
                throw e;
            }
            target = "";
        }
        if (target == null) {
            stat(caller, abs, st);
            return;
        }
        List<String> parts = Vfs.split(abs);
        Proc p = parts.size() > 2 ? procOf(caller, parts.get(1)) : null;
        st.ino = PROC_INO_BASE + ino(parts);
        st.mode = StatBuf.S_IFLNK | 0777;
        st.nlink = 1;
        st.uid = p == null ? 0 : p.uid;
        st.gid = p == null ? 0 : p.gid;
        st.size = parts.size() > 3 && parts.get(parts.size() - 2).equals("fd") ? 64 : 0;
        st.rdev = 0;
    }

    /** Fills st for a /proc path; ENOENT if it names nothing. */
    void stat(Proc caller, String abs, StatBuf st) {
        long pidIno = pidIno(abs);
        Proc owner = pidIno > 0 ? pidProc(pidIno) : null;
        if (owner != null) {
            // /proc/PID, ps's stat(2) of every process: read from abs as it stands.
            int file = (int) (pidIno & PID_FILE_MASK);
            statPid(owner, file == 0 ? null : PID_FILES.get(file - 1), pidIno, st);
            return;
        }
        stat(caller, abs, Vfs.split(abs), st);
    }

    /**
     * The inode number (less PROC_INO_BASE) of the two paths ps asks for of every process,
     * /proc/PID and /proc/PID/FILE with FILE one of PID_FILES, read from abs without splitting
     * it: as {@link #ino} numbers them (pid, then FILE's place in PID_FILES from 1, 0 for the
     * directory). -1 for any other path, which the general code splits.
     */
    private static long pidIno(String abs) {
        int n = abs.length();
        if (!abs.startsWith("/proc/")) {
            return -1;
        }
        long pid = 0;
        int i = PID_AT;
        for (; i < n && abs.charAt(i) != '/'; i++) {
            char c = abs.charAt(i);
            if (c < '0' || c > '9' || i - PID_AT == PID_DIGITS) {
                return -1;
            }
            pid = pid * 10 + (c - '0');
        }
        if (i == PID_AT || pid == 0) {
            return -1;
        }
        if (i == n) {
            return pid << PID_INO_SHIFT;
        }
        int from = i + 1;
        for (int f = 0; f < PID_FILES.size(); f++) {
            String name = PID_FILES.get(f);
            if (isName(abs, from, n - from, name)) {
                return pid << PID_INO_SHIFT | (f + 1);
            }
        }
        return -1;
    }

    /** The process of a {@link #pidIno}, or null when there is none. */
    private Proc pidProc(long pidIno) {
        return kernel.procs().get((int) (pidIno >>> PID_INO_SHIFT));
    }

    /**
     * Fills st for p's file (one of PID_FILES, or null for its directory), whose inode number
     * is ino less PROC_INO_BASE.
     */
    private static void statPid(Proc p, String file, long ino, StatBuf st) {
        st.dev = StatBuf.PROC_DEV;
        st.nlink = 1;
        st.size = 0;
        st.ino = PROC_INO_BASE + ino;
        st.uid = p.uid;
        st.gid = p.gid;
        st.mode = pidMode(file);
    }

    /** The mode of a process's file (one of PID_FILES, or null for its directory), or -1. */
    private static int pidMode(String file) {
        if (file == null || PID_DIRS.contains(file)) {
            return StatBuf.S_IFDIR | (file == null ? 0555 : 0500);
        }
        if (PID_FILES.contains(file)) {
            return StatBuf.S_IFREG | (file.equals("environ") ? 0400 : 0444);
        }
        return -1;
    }

    /** {@link #stat} of abs already split into its parts (the path is split once per call). */
    private void stat(Proc caller, String abs, List<String> parts, StatBuf st) {
        st.dev = StatBuf.PROC_DEV;
        st.nlink = 1;
        st.size = 0;
        st.uid = 0;
        int n = parts.size();
        st.ino = PROC_INO_BASE + ino(parts);
        if (n == 1 || n == 2 && parts.get(1).equals("sys")
                || n == 3 && parts.get(1).equals("sys") && parts.get(2).equals("kernel")
                || n == 3 && parts.get(1).equals("sys") && parts.get(2).equals("vm")) {
            st.mode = StatBuf.S_IFDIR | 0555;
            return;
        }
        if (n == 4 && parts.get(1).equals("sys") && parts.get(2).equals("vm")
                && VM_FILES.contains(parts.get(3))) {
            st.mode = StatBuf.S_IFREG | (parts.get(3).equals(VM_POLICY) ? 0666 : 0644);
            return;
        }
        if (n == 4 && parts.get(1).equals("sys") && parts.get(2).equals("kernel")
                && (parts.get(3).equals("pid_max") || parts.get(3).equals("threads-max"))) {
            st.mode = StatBuf.S_IFREG | 0644;
            return;
        }
        if (n == 4 && parts.get(1).equals("sys") && parts.get(2).equals("kernel")
                && UTS_FILES.contains(parts.get(3))) {
            st.mode = StatBuf.S_IFREG | (UTS_NAMES.contains(parts.get(3)) ? 0644 : 0444);
            return;
        }
        if (n == 4 && parts.get(1).equals("sys") && parts.get(2).equals("kernel")
                && parts.get(3).equals(SCHED_POLICY)) {
            st.mode = StatBuf.S_IFREG | 0666;
            return;
        }
        Proc p = procOf(caller, parts.get(1));
        List<String> rest = p == null ? null : below(p, parts);
        int mode = rest != null && rest.size() <= 1 ? pidMode(rest.isEmpty() ? null : rest.get(0))
                : -1;
        if (mode >= 0) {
            st.uid = p.uid;
            st.gid = p.gid;
            st.mode = mode;
            return;
        }
        if (n == 2 && TOP_FILES.contains(parts.get(1))) {
            st.mode = StatBuf.S_IFREG | 0444;
            return;
        }
        throw new SyscallError(Errno.ENOENT);
    }

    /**
     * The target of a /proc link a path walk follows, dir/name (Linux proc_self_get_link,
     * proc_cwd_link, proc_exe_link): /proc/self is the caller's pid, /proc/PID/cwd the
     * process's cwd, /proc/PID/exe the file its text maps; null when dir/name is none of them.
     * ENOENT for a process without one (a kernel thread, a zombie), EACCES for another user's
     * (ptrace's rule, root excepted).
     */
    String pathLink(Proc caller, List<String> dir, String name) {
        if (dir.size() == 1) {
            return name.equals(SELF) ? Integer.toString(caller.pid) : null;
        }
        Proc p = PID_LINKS.contains(name) ? procOf(caller, dir.get(1)) : null;
        List<String> rest = p == null ? null : below(p, dir);
        if (rest == null || !rest.isEmpty()) {
            return null;
        }
        if (caller.uid != 0 && caller.uid != p.uid) {
            throw new SyscallError(Errno.EACCES);
        }
        String target = !p.isAlive() ? null : name.equals("cwd") ? p.cwd
                : p.mm == null || p.mm.vmas.isEmpty() ? null : p.mm.vmas.get(0).path;
        if (target == null) {
            throw new SyscallError(Errno.ENOENT);
        }
        return target;
    }

    /**
     * Whether a normalized path under /proc passes none of /proc's links ({@link #pathLink}:
     * /proc/self, any cwd or exe below a process), so that resolving it gives it back as it
     * stands. Read in place, without splitting abs.
     */
    static boolean linkFree(String abs) {
        int n = abs.length();
        int k = 0;
        for (int i = 0; i < n; k++) {
            int end = abs.indexOf('/', i + 1);
            end = end < 0 ? n : end;
            int len = end - i - 1;
            if (k == 1 && isName(abs, i + 1, len, SELF) || k >= 2 && isLinkName(abs, i + 1, len)) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /** Whether abs[at, at+len) is one of PID_LINKS. */
    private static boolean isLinkName(String abs, int at, int len) {
        for (String l : PID_LINKS) {
            if (isName(abs, at, len, l)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String abs, int at, int len, String name) {
        return len == name.length() && abs.startsWith(name, at);
    }

    /**
     * readlink(2) and lstat(2) of a /proc path (resolved but for its last component): the
     * link's target, an fd's being its file's name ({@link FdLinks#name}); null when abs is
     * not a link.
     */
    String linkTarget(Proc caller, String abs) {
        List<String> parts = Vfs.split(abs);
        if (parts.size() < 2) {
            return null;
        }
        String link = pathLink(caller, parts.subList(0, parts.size() - 1), parts.get(parts.size() - 1));
        if (link != null) {
            return link;
        }
        OpenFile f = FdLinks.target(kernel, caller, abs);
        return f == null ? null : FdLinks.name(f);
    }

    /**
     * An inode number for a /proc path, the same each time it is asked: for /proc/PID and its
     * files, the pid and the file's place in PID_FILES (cheap: ps stats and opens thousands);
     * else the path's hash.
     */
    private static long ino(List<String> parts) {
        if (parts.size() == 2 || parts.size() == 3) {
            long pid = pidNumber(parts.get(1));
            if (pid > 0) {
                int file = parts.size() == 2 ? 0 : PID_FILES.indexOf(parts.get(2)) + 1;
                return pid << PID_INO_SHIFT | file;
            }
        }
        return Integer.toUnsignedLong(String.join("/", parts).hashCode()) << PID_INO_SHIFT;
    }

    /** The pid a decimal name gives, or -1. */
    private static long pidNumber(String name) {
        long pid = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9' || i == PID_DIGITS) {
                return -1;
            }
            pid = pid * 10 + (c - '0');
        }
        return name.isEmpty() ? -1 : pid;
    }

    /**
     * The part of a /proc/PID path below the process's directory, with "task/TID" taken
     * away (a task's directory holds its process's files: one task per process, TID = PID);
     * null for a task that does not exist.
     */
    private static List<String> below(Proc p, List<String> parts) {
        List<String> rest = parts.subList(2, parts.size());
        if (rest.size() >= 2 && rest.get(0).equals("task")) {
            return rest.get(1).equals(Integer.toString(p.pid)) ? rest.subList(2, rest.size()) : null;
        }
        return rest;
    }

    private Proc procOf(Proc caller, String name) {
        if (name.equals("self")) {
            return caller;
        }
        long pid = pidNumber(name);
        return pid < 0 ? null : kernel.procs().get((int) pid);
    }

    private DirFile.Listing listing(Proc caller, List<String> parts) {
        DirFile.Listing sb = new DirFile.Listing();
        sb.add(PROC_INO_BASE + ino(parts), StatBuf.DT_DIR, ".");
        sb.add(PROC_INO_BASE + ino(parts.subList(0, Math.max(1, parts.size() - 1))), StatBuf.DT_DIR, "..");
        if (parts.size() == 1) {
            ProcTable t = kernel.procs();
            for (int pid = t.nextPid(0); pid > 0; pid = t.nextPid(pid)) {
                sb.add(PROC_INO_BASE + ((long) pid << PID_INO_SHIFT), StatBuf.DT_DIR, Integer.toString(pid));
            }
            for (String f : TOP_FILES) {
                entry(sb, parts, f.equals("sys") ? StatBuf.DT_DIR
                        : f.equals("self") ? StatBuf.DT_LNK : StatBuf.DT_REG, f);
            }
        } else if (parts.get(1).equals("sys")) {
            if (parts.size() == 2) {
                entry(sb, parts, StatBuf.DT_DIR, "kernel");
                entry(sb, parts, StatBuf.DT_DIR, "vm");
            } else if (parts.get(2).equals("vm")) {
                for (String f : VM_FILES) {
                    entry(sb, parts, StatBuf.DT_REG, f);
                }
            } else {
                entry(sb, parts, StatBuf.DT_REG, "domainname");
                entry(sb, parts, StatBuf.DT_REG, "hostname");
                entry(sb, parts, StatBuf.DT_REG, "osrelease");
                entry(sb, parts, StatBuf.DT_REG, "ostype");
                entry(sb, parts, StatBuf.DT_REG, "pid_max");
                entry(sb, parts, StatBuf.DT_REG, SCHED_POLICY);
                entry(sb, parts, StatBuf.DT_REG, "threads-max");
                entry(sb, parts, StatBuf.DT_REG, "version");
            }
        } else {
            pidListing(sb, procOf(caller, parts.get(1)), parts);
        }
        return sb;
    }

    /** A /proc/PID directory, its fd/ (the open fds) or its task/ (its one task). */
    private static void pidListing(DirFile.Listing sb, Proc p, List<String> parts) {
        List<String> rest = below(p, parts);
        if (rest.isEmpty()) {
            boolean task = parts.size() > 3;
            for (String f : PID_FILES) {
                if (!task || !f.equals("task")) {
                    entry(sb, parts, PID_DIRS.contains(f) ? StatBuf.DT_DIR : StatBuf.DT_REG, f);
                }
            }
            for (String f : PID_LINKS) {
                entry(sb, parts, StatBuf.DT_LNK, f);
            }
        } else if (rest.get(0).equals("fd")) {
            for (int fd = 0; fd < p.fds.length; fd++) {
                if (p.fds[fd] != null) {
                    entry(sb, parts, StatBuf.DT_LNK, Integer.toString(fd));
                }
            }
        } else {
            entry(sb, parts, StatBuf.DT_DIR, Integer.toString(p.pid));
        }
    }

    /** One entry of the /proc directory at parts, with the inode number stat gives it. */
    private static void entry(DirFile.Listing l, List<String> parts, int dtype, String name) {
        List<String> path = new ArrayList<>(parts.size() + 1);
        path.addAll(parts);
        path.add(name);
        l.add(PROC_INO_BASE + ino(path), dtype, name);
    }

    private CharSequence content(Proc caller, List<String> parts) {
        if (parts.size() == 2) {
            return switch (parts.get(1)) {
                case "uptime" -> uptime();
                case "loadavg" -> kernel.loadavgText();
                case "meminfo" -> mmViews.meminfo(kernel.vfs().dirtyBytes() / 1024,
                        kernel.disk().inFlightBytes() / 1024);
                case "buddyinfo" -> kernel.mm().frames.buddyinfo();
                case "vmstat" -> mmViews.vmstat();
                case "kmsg" -> kernel.klog().text();
                case "version" -> "Linux version " + Utsname.RELEASE + " (miniunix) "
                        + Utsname.VERSION + "\n";
                case "cpuinfo" -> cpuinfo();
                case "mounts" -> mounts();
                default -> cpuStat();
            };
        }
        if (parts.get(1).equals("sys") && UTS_FILES.contains(parts.get(3))) {
            return switch (parts.get(3)) {
                case "ostype" -> Utsname.SYSNAME;
                case "osrelease" -> Utsname.RELEASE;
                default -> Utsname.VERSION;
            } + "\n";
        }
        if (parts.get(1).equals("sys") && parts.get(2).equals("vm")) {
            return (parts.get(3).equals(VM_POLICY) ? kernel.mm().reclaim().policy().label()
                    : Long.toString(kernel.mm().reclaim().minFreeKbytes())) + "\n";
        }
        if (parts.get(1).equals("sys") && parts.get(3).equals(SCHED_POLICY)) {
            return kernel.runLoop().spec() + "\n";
        }
        if (parts.get(1).equals("sys")) {
            return (parts.get(3).equals("pid_max") ? kernel.procs().pidMax() : kernel.maxProcs())
                    + "\n";
        }
        Proc p = procOf(caller, parts.get(1));
        return pidContent(caller, p, below(p, parts).get(0));
    }

    /** The text of p's file (one of PID_FILES, no directory) as caller reads it. */
    private CharSequence pidContent(Proc caller, Proc p, String file) {
        if (file.equals("environ") && caller.uid != 0 && caller.uid != p.uid) {
            throw new SyscallError(Errno.EACCES);
        }
        return switch (file) {
            case "stat" -> stat(p);
            case "comm" -> p.comm + "\n";
            case "environ" -> nulJoined(p.kthread || p.isZombie() ? List.of() : p.envp);
            case "io" -> io(p);
            case "limits" -> p.rlimits.procText();
            case "status" -> status(p);
            case "sched" -> sched(p);
            case "wchan" -> wchan(p);
            case "maps" -> p.mm == null ? "" : mmViews.maps(p.mm);
            case "smaps" -> p.mm == null ? "" : mmViews.smaps(p.mm);
            case "statm" -> statm(p.mm);
            default -> nulJoined(p.kthread || p.isZombie() ? List.of() : p.argv);
        };
    }

    /**
     * /proc/mounts: the tmpfs at / (with its size= in kB, as tmpfs shows it) and /proc, in
     * fstab's format: device, mount point, type, options, dump, pass.
     */
    private String mounts() {
        long sizeKb = kernel.vfs().tmpfs().maxPages() * (Tmpfs.PAGE_SIZE / 1024);
        return "tmpfs / tmpfs rw,relatime,size=" + sizeKb + "k 0 0\n"
                + "proc /proc proc rw,relatime 0 0\n";
    }

    /** The kernel function a sleeping process waits in (no newline), or "0" if it runs. */
    private static String wchan(Proc p) {
        boolean waits = p.state == ProcState.SLEEPING || p.state == ProcState.DISK_SLEEP
                || p.state == ProcState.IDLE;
        return waits && p.waitReason != WaitReason.NONE ? p.waitReason.wchan : "0";
    }

    // /proc/PID files.

    /** MAX_RT_PRIO: kernel priorities 0..99 are real-time, 100..139 nice -20..19. */
    private static final int MAX_RT_PRIO = 100;

    /**
     * stat's priority field, task_prio(): the kernel priority minus MAX_RT_PRIO, so 20 + nice
     * for time-sharing procs and -1 - rtprio for real-time ones (-100 at rtprio 99).
     */
    static int statPriority(Proc p) {
        return SchedPolicy.realtime(p.policy) ? -1 - p.rtPriority : 20 + p.nice;
    }

    /** /proc/PID/stat's text, left in its builder: the file encodes it once (ps reads many). */
    CharSequence stat(Proc p) {
        long utime = p.utimeUs / Kernel.TICK_US;
        long stime = p.stimeUs / Kernel.TICK_US;
        int ttyNr = p.tty == null ? 0 : p.tty.devNr;
        int tpgid = p.tty == null ? -1 : p.tty.fgPgrp;
        StringBuilder sb = new StringBuilder(256);
        sb.append(p.pid).append(" (").append(p.comm).append(") ").append(p.state.letter)
                .append(' ').append(p.ppid()).append(' ').append(p.pgid).append(' ').append(p.sid)
                .append(' ').append(ttyNr).append(' ').append(tpgid).append(' ')
                .append(p.kthread ? KTHREAD_FLAGS
                        : USER_FLAGS | (p.forkNoExec ? PF_FORKNOEXEC : 0))
                .append(' ').append(p.minFlt).append(" 0 ").append(p.majFlt).append(" 0 ")
                .append(utime).append(' ').append(stime).append(' ')
                .append(p.cutimeUs / Kernel.TICK_US).append(' ').append(p.cstimeUs / Kernel.TICK_US)
                .append(' ').append(statPriority(p)).append(' ').append(p.nice).append(" 1 0 ")
                .append(p.startTick).append(' ')
                .append(p.mm == null ? 0 : p.mm.totalPages() * FrameTable.PAGE_SIZE).append(' ')
                .append(p.mm == null ? 0 : p.mm.rssPages()).append(" 18446744073709551615 0 0 0 0 0 ")
                .append(p.pendingSignals | p.taskPendingSignals).append(' ')
                .append(p.blockedSignals).append(' ').append(p.ignoredSignals).append(' ')
                .append(p.caughtSignals).append(" 0 0 0 17 ")
                .append(p.lastCpu).append(' ').append(p.rtPriority).append(' ').append(p.policy)
                .append(" 0 0 0 0 0 0 0 0 0 0 ")
                .append(p.isZombie() ? p.exitStatus : 0).append('\n');
        return sb;
    }

    private String status(Proc p) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("Name:\t").append(p.comm).append('\n');
        sb.append("State:\t").append(p.state.letter).append(" (").append(p.state.description)
                .append(")\n");
        sb.append("Tgid:\t").append(p.pid).append('\n');
        sb.append("Pid:\t").append(p.pid).append('\n');
        sb.append("PPid:\t").append(p.ppid()).append('\n');
        // Real, effective, saved and filesystem ids (the filesystem one follows the effective).
        sb.append("Uid:\t").append(p.ruid).append('\t').append(p.uid).append('\t').append(p.suid)
                .append('\t').append(p.uid).append('\n');
        sb.append("Gid:\t").append(p.rgid).append('\t').append(p.gid).append('\t').append(p.sgid)
                .append('\t').append(p.gid).append('\n');
        // The supplementary groups, each followed by a space (Linux's trailing one included).
        sb.append("Groups:\t");
        for (int g : p.groups) {
            sb.append(g).append(' ');
        }
        sb.append(p.groups.length == 0 ? " \n" : "\n");
        sb.append("Kthread:\t").append(p.kthread ? 1 : 0).append('\n');
        if (p.mm != null) {
            sb.append(mmViews.status(p.mm));
        }
        sb.append("Threads:\t1\n");
        long pending = p.pendingSignals | p.taskPendingSignals;
        sb.append("SigQ:\t").append(Long.bitCount(pending)).append('/')
                .append(kernel.signals().sigQueueLimit()).append('\n');
        sigMask(sb, "SigPnd", p.taskPendingSignals);
        sigMask(sb, "ShdPnd", p.pendingSignals);
        sigMask(sb, "SigBlk", p.blockedSignals);
        sigMask(sb, "SigIgn", p.ignoredSignals);
        sigMask(sb, "SigCgt", p.caughtSignals);
        long mask = p.se.allowed & ((1L << kernel.cpus().length) - 1);
        sb.append("Cpus_allowed:\t").append(Long.toHexString(mask)).append('\n');
        sb.append("Cpus_allowed_list:\t").append(CpuMask.list(mask)).append('\n');
        sb.append("voluntary_ctxt_switches:\t").append(p.se.nvcsw).append('\n');
        sb.append("nonvoluntary_ctxt_switches:\t").append(p.se.nivcsw).append('\n');
        return sb.toString();
    }

    /**
     * /proc/PID/sched as Linux's proc_sched_show_task prints it (a subset), plus miniunix's
     * mlfq.level when the machine runs MLFQ: the level the proc was last filed at.
     */
    private String sched(Proc p) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(p.comm).append(" (").append(p.pid).append(", #threads: 1)\n");
        sb.append("-".repeat(SCHED_RULE)).append('\n');
        nanos(sb, "se.vruntime", p.se.vruntime);
        nanos(sb, "se.sum_exec_runtime", (p.utimeUs + p.stimeUs) * 1000);
        field(sb, "se.nr_migrations", p.se.nrMigrations);
        field(sb, "nr_switches", p.se.nvcsw + p.se.nivcsw);
        field(sb, "nr_voluntary_switches", p.se.nvcsw);
        field(sb, "nr_involuntary_switches", p.se.nivcsw);
        field(sb, "se.load.weight", miniunix.kernel.sched.Fair.weightOf(p) * 1024L);
        field(sb, "policy", p.policy);
        field(sb, "prio", statPriority(p) + MAX_RT_PRIO);
        if (kernel.runLoop().spec().policy() == miniunix.kernel.sched.Policy.MLFQ) {
            field(sb, "mlfq.level", p.se.level);
        }
        return sb.toString();
    }

    private static final int SCHED_RULE = 67;

    private static void field(StringBuilder sb, String name, long v) {
        sb.append(String.format(java.util.Locale.ROOT, "%-45s:%21d\n", name, v));
    }

    /** Linux's PN(): nanoseconds as milliseconds with six decimals. */
    private static void nanos(StringBuilder sb, String name, long ns) {
        sb.append(String.format(java.util.Locale.ROOT, "%-45s:%14d.%06d\n", name, ns / 1_000_000,
                ns % 1_000_000));
    }

    /** A signal mask as fs/proc/array.c render_sigset_t prints it: 16 hex digits. */
    private static void sigMask(StringBuilder sb, String name, long mask) {
        String hex = Long.toHexString(mask);
        sb.append(name).append(":\t").append("0".repeat(16 - hex.length())).append(hex).append('\n');
    }

    /** cmdline and environ: each string ended by a NUL; empty for kernel threads and zombies. */
    private static String nulJoined(List<String> strings) {
        StringBuilder sb = new StringBuilder();
        for (String a : strings) {
            sb.append(a).append('\0');
        }
        return sb.toString();
    }

    /**
     * /proc/PID/io (fs/proc/base.c do_io_accounting): the bytes read(2) and write(2) moved and
     * their calls; read_bytes and write_bytes count what went to the disk on the process's
     * behalf, which miniunix does not charge to a process (the disk writes back the page
     * cache as a whole), so they are 0.
     */
    private static String io(Proc p) {
        return "rchar: " + p.rchar + "\nwchar: " + p.wchar + "\nsyscr: " + p.syscr
                + "\nsyscw: " + p.syscw + "\nread_bytes: 0\nwrite_bytes: 0\n"
                + "cancelled_write_bytes: 0\n";
    }

    /**
     * /proc/PID/limits (fs/proc/base.c proc_pid_limits) with Linux's names, units and layout
     * ("%-25s %-20s %-20s %-10s") and a login session's defaults, sized from this machine
     * where Linux sizes them (processes, pending signals); the open files, the stack and the
     * pending signals are the limits miniunix enforces.
     */
    // System-wide files.

    /** /proc/uptime: seconds since boot, and idle seconds summed over the CPUs. */
    private String uptime() {
        long idle = 0;
        for (Cpu c : kernel.cpus()) {
            idle += c.ticks(CpuTime.IDLE);
        }
        return centis(kernel.now()) + " " + centis(idle) + "\n";
    }

    private static String centis(long ticks) {
        long frac = ticks % 100;
        return (ticks / 100) + "." + (frac < 10 ? "0" : "") + frac;
    }

    /** statm of a process; all zeros for kernel threads and zombies, as Linux prints them. */
    private String statm(AddressSpace as) {
        return as == null ? "0 0 0 0 0 0 0\n" : mmViews.statm(as);
    }

    /**
     * /proc/cpuinfo as x86 Linux lays it out, one block per CPU, with what a simulated CPU
     * has: its number, its place (one package, one core per CPU) and its name; no clock
     * rate, cache, flags or bogomips, which it does not have.
     */
    private String cpuinfo() {
        StringBuilder sb = new StringBuilder();
        int n = kernel.cpus().length;
        for (Cpu c : kernel.cpus()) {
            sb.append("processor\t: ").append(c.id).append('\n')
                    .append("vendor_id\t: miniunix\n")
                    .append("model name\t: miniunix simulated CPU\n")
                    .append("physical id\t: 0\n")
                    .append("siblings\t: ").append(n).append('\n')
                    .append("core id\t\t: ").append(c.id).append('\n')
                    .append("cpu cores\t: ").append(n).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * /proc/stat as fs/proc/stat.c lays it out: the cpu line (all CPUs) and a cpuN line each,
     * then intr, ctxt, btime, processes, procs_running, procs_blocked and softirq.
     */
    private String cpuStat() {
        long[] all = new long[CpuTime.values().length];
        StringBuilder lines = new StringBuilder(256);
        for (Cpu c : kernel.cpus()) {
            for (CpuTime kind : CpuTime.values()) {
                all[kind.ordinal()] += c.ticks(kind);
            }
            cpuLine(lines.append("cpu").append(c.id), kind -> c.ticks(kind));
        }
        int running = 0;
        int blocked = 0;
        ProcTable t = kernel.procs();
        for (int pid = t.nextPid(0); pid > 0; pid = t.nextPid(pid)) {
            ProcState s = t.get(pid).state;
            running += s == ProcState.RUNNING ? 1 : 0;
            blocked += s == ProcState.DISK_SLEEP ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder(512);
        cpuLine(sb.append("cpu "), kind -> all[kind.ordinal()]);
        return sb.append(lines).append(kernel.interrupts().intrLine())
                .append("ctxt ").append(kernel.contextSwitches()).append('\n')
                .append("btime ").append(kernel.options().bootEpoch()).append('\n')
                .append("processes ").append(kernel.forks()).append('\n')
                .append("procs_running ").append(running).append('\n')
                .append("procs_blocked ").append(blocked).append('\n')
                .append(kernel.interrupts().softirqLine()).toString();
    }

    /**
     * " user nice system idle iowait irq softirq steal guest guest_nice" in ticks. irq,
     * softirq, steal and the guest times are 0: see {@link CpuTime}.
     */
    private static void cpuLine(StringBuilder sb, java.util.function.ToLongFunction<CpuTime> ticks) {
        sb.append(' ').append(ticks.applyAsLong(CpuTime.USER))
                .append(' ').append(ticks.applyAsLong(CpuTime.NICE))
                .append(' ').append(ticks.applyAsLong(CpuTime.SYSTEM))
                .append(' ').append(ticks.applyAsLong(CpuTime.IDLE))
                .append(' ').append(ticks.applyAsLong(CpuTime.IOWAIT))
                .append(" 0 0 0 0 0\n");
    }
}
