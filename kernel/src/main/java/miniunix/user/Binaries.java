package miniunix.user;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.user.bin.Basename;
import miniunix.user.bin.Cat;
import miniunix.user.bin.Chrt;
import miniunix.user.bin.Clear;
import miniunix.user.bin.Cmp;
import miniunix.user.bin.Cp;
import miniunix.user.bin.Cut;
import miniunix.user.bin.Date;
import miniunix.user.bin.Df;
import miniunix.user.bin.Diff;
import miniunix.user.bin.Dirname;
import miniunix.user.bin.Echo;
import miniunix.user.bin.Env;
import miniunix.user.bin.False;
import miniunix.user.bin.Find;
import miniunix.user.bin.Grep;
import miniunix.user.bin.Groups;
import miniunix.user.bin.Head;
import miniunix.user.bin.Hostname;
import miniunix.user.bin.Id;
import miniunix.user.bin.Kill;
import miniunix.user.bin.Login;
import miniunix.user.bin.Ln;
import miniunix.user.bin.Ls;
import miniunix.user.bin.Mkdir;
import miniunix.user.bin.Rmdir;
import miniunix.user.bin.Mv;
import miniunix.user.bin.Nl;
import miniunix.user.bin.Nohup;
import miniunix.user.bin.Printf;
import miniunix.user.bin.Readlink;
import miniunix.user.bin.Realpath;
import miniunix.user.bin.Ps;
import miniunix.user.bin.Pstree;
import miniunix.user.bin.Rev;
import miniunix.user.bin.Rm;
import miniunix.user.bin.Seq;
import miniunix.user.bin.Sleep;
import miniunix.user.bin.Sort;
import miniunix.user.bin.SigDemo;
import miniunix.user.bin.Nice;
import miniunix.user.bin.Renice;
import miniunix.user.bin.Spin;
import miniunix.user.bin.Taskset;
import miniunix.user.bin.Work;
import miniunix.user.bin.Strace;
import miniunix.user.bin.Su;
import miniunix.user.bin.Sync;
import miniunix.user.bin.Sys;
import miniunix.user.bin.Tac;
import miniunix.user.bin.Tail;
import miniunix.user.bin.Tee;
import miniunix.user.bin.Test;
import miniunix.user.bin.Timeout;
import miniunix.user.bin.Top;
import miniunix.user.bin.Stat;
import miniunix.user.bin.Touch;
import miniunix.user.bin.Tr;
import miniunix.user.bin.True;
import miniunix.user.bin.Free;
import miniunix.user.bin.Uname;
import miniunix.user.bin.Uptime;
import miniunix.user.bin.W;
import miniunix.user.bin.Watch;
import miniunix.user.bin.Who;
import miniunix.user.bin.Vmstat;
import miniunix.user.bin.Uniq;
import miniunix.user.bin.Wc;
import miniunix.user.bin.Which;
import miniunix.user.bin.Xargs;
import miniunix.user.bin.Yes;
import miniunix.user.bin.Dmesg;
import miniunix.user.bin.Chmod;
import miniunix.user.bin.Cowdemo;
import miniunix.user.bin.Memhog;
import miniunix.user.bin.Memmap;
import miniunix.user.bin.Sysctl;
import miniunix.user.bin.Pmap;
import miniunix.user.bin.Translate;
import miniunix.user.sbin.Daemon;
import miniunix.user.sbin.Init;

/**
 * The userland's root filesystem image: every executable except /bin/sh (the shell's
 * SystemImage adds it) and the seed files of /etc and the home directories. Segment sizes
 * (text, data, bss in kB) are about those of the same programs on Debian 12, statically
 * linked: there are no shared libraries, so VSZ is the program's own segments, heap and stack.
 */
public final class Binaries implements ProgramLoader {
    /** One executable: path and the sizes of its text, data and bss segments in kB. */
    private record Exe(String path, long textKb, long dataKb, long bssKb) {
    }

    private static final List<Exe> EXES = List.of(
            new Exe("/sbin/init", 1024, 200, 12),
            new Exe("/bin/cut", 44, 8, 4),
            new Exe("/bin/find", 200, 12, 8),
            new Exe("/bin/login", 40, 8, 4),
            new Exe("/bin/basename", 20, 8, 4),
            new Exe("/bin/cat", 20, 8, 4),
            new Exe("/bin/clear", 8, 8, 4),
            new Exe("/usr/bin/cmp", 52, 8, 4),
            new Exe("/usr/bin/diff", 200, 8, 68),
            new Exe("/bin/chmod", 60, 8, 4),
            new Exe("/bin/cp", 92, 12, 8),
            new Exe("/bin/date", 60, 8, 4),
            new Exe("/bin/dirname", 16, 8, 4),
            new Exe("/bin/dmesg", 64, 8, 4),
            new Exe("/bin/echo", 20, 8, 4),
            new Exe("/bin/env", 28, 8, 4),
            new Exe("/bin/false", 16, 8, 4),
            new Exe("/bin/grep", 172, 16, 8),
            new Exe("/bin/groups", 16, 8, 4),
            new Exe("/bin/head", 24, 8, 4),
            new Exe("/bin/hostname", 12, 8, 4),
            new Exe("/bin/id", 24, 8, 4),
            new Exe("/bin/kill", 16, 8, 4),
            new Exe("/bin/ln", 56, 8, 4),
            new Exe("/bin/ls", 88, 12, 8),
            new Exe("/bin/memhog", 16, 8, 4),
            new Exe("/bin/cowdemo", 16, 8, 4),
            new Exe("/bin/memmap", 16, 8, 4),
            new Exe("/sbin/sysctl", 28, 8, 4),
            new Exe("/bin/mkdir", 44, 8, 4),
            new Exe("/bin/rmdir", 32, 8, 4),
            new Exe("/bin/mv", 92, 12, 8),
            new Exe("/bin/nl", 40, 8, 4),
            new Exe("/bin/pmap", 24, 8, 4),
            new Exe("/bin/printf", 36, 8, 4),
            new Exe("/bin/ps", 80, 16, 132),
            new Exe("/usr/bin/top", 104, 16, 140),
            new Exe("/usr/bin/watch", 28, 8, 4),
            new Exe("/bin/pstree", 24, 8, 4),
            new Exe("/bin/readlink", 44, 8, 4),
            new Exe("/usr/bin/realpath", 40, 8, 4),
            new Exe("/usr/bin/stat", 88, 8, 4),
            new Exe("/bin/rev", 16, 8, 4),
            new Exe("/bin/rm", 40, 8, 4),
            new Exe("/bin/seq", 28, 8, 4),
            new Exe("/bin/sigdemo", 24, 8, 4),
            new Exe("/bin/sleep", 20, 8, 4),
            new Exe("/bin/sort", 76, 12, 8),
            new Exe("/bin/spin", 8, 4, 4),
            new Exe("/usr/bin/strace", 28, 8, 4),
            new Exe("/bin/work", 8, 4, 4),
            new Exe("/usr/bin/nice", 20, 8, 4),
            new Exe("/usr/bin/nohup", 20, 8, 4),
            new Exe("/usr/bin/renice", 20, 8, 4),
            new Exe("/usr/bin/taskset", 24, 8, 4),
            new Exe("/usr/bin/chrt", 24, 8, 4),
            new Exe("/usr/bin/vmstat", 40, 8, 4),
            new Exe("/usr/bin/free", 24, 8, 4),
            new Exe("/usr/bin/uptime", 20, 8, 4),
            new Exe("/usr/bin/w", 24, 8, 4),
            new Exe("/usr/bin/who", 20, 8, 4),
            new Exe("/usr/bin/users", 20, 8, 4),
            new Exe("/bin/sys", 24, 8, 4),
            new Exe("/bin/su", 60, 8, 4),
            new Exe("/bin/sync", 16, 8, 4),
            new Exe("/bin/df", 40, 8, 4),
            new Exe("/bin/tac", 40, 8, 4),
            new Exe("/bin/tail", 44, 8, 4),
            new Exe("/bin/tee", 20, 8, 4),
            new Exe("/bin/test", 24, 8, 4),
            new Exe("/bin/[", 24, 8, 4),
            new Exe("/bin/timeout", 36, 8, 4),
            new Exe("/bin/touch", 56, 8, 4),
            new Exe("/bin/tr", 32, 8, 4),
            new Exe("/bin/translate", 16, 8, 4),
            new Exe("/bin/true", 16, 8, 4),
            new Exe("/bin/uname", 16, 8, 4),
            new Exe("/bin/uniq", 24, 8, 4),
            new Exe("/bin/which", 8, 8, 4),
            new Exe("/bin/whoami", 16, 8, 4),
            new Exe("/bin/wc", 28, 8, 4),
            new Exe("/bin/xargs", 48, 8, 4),
            new Exe("/bin/yes", 16, 8, 4),
            new Exe("/usr/sbin/cron", 44, 8, 12),
            new Exe("/usr/sbin/rsyslogd", 380, 24, 16),
            new Exe("/usr/sbin/sshd", 640, 16, 40),
            new Exe("/usr/local/bin/goserve", 3072, 340, 180));

    private static final int SETUID_EXECUTABLE = 04755;

    public Binaries() {
    }

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (Exe e : EXES) {
            paths.add(e.path());
        }
        return List.copyOf(paths);
    }

    /** su is set-user-ID root, as on Debian (-rwsr-xr-x): it must setuid to the user it runs. */
    @Override
    public int mode(String path) {
        return path.equals("/bin/su") ? SETUID_EXECUTABLE : ProgramLoader.super.mode(path);
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        for (Exe e : EXES) {
            if (e.path().equals(path)) {
                return new Image(program(path, argv, envp), e.textKb(), e.dataKb(), e.bssKb());
            }
        }
        return null;
    }

    private static Program program(String path, List<String> argv, List<String> envp) {
        switch (path) {
            case "/sbin/init": return new Init(argv, envp);
            case "/bin/cut": return new Cut(argv, envp);
            case "/bin/find": return new Find(argv, envp);
            case "/bin/login": return new Login(argv, envp);
            case "/bin/basename": return new Basename(argv, envp);
            case "/bin/cat": return new Cat(argv, envp);
            case "/bin/clear": return new Clear(argv, envp);
            case "/usr/bin/cmp": return new Cmp(argv, envp);
            case "/usr/bin/diff": return new Diff(argv, envp);
            case "/bin/chmod": return new Chmod(argv, envp);
            case "/bin/cp": return new Cp(argv, envp);
            case "/bin/date": return new Date(argv, envp);
            case "/bin/dirname": return new Dirname(argv, envp);
            case "/bin/echo": return new Echo(argv, envp);
            case "/bin/env": return new Env(argv, envp);
            case "/bin/false": return new False(argv, envp);
            case "/bin/grep": return new Grep(argv, envp);
            case "/bin/head": return new Head(argv, envp);
            case "/bin/hostname": return new Hostname(argv, envp);
            case "/bin/id": return new Id(argv, envp, false);
            case "/bin/groups": return new Groups(argv, envp);
            case "/bin/kill": return new Kill(argv, envp);
            case "/bin/ls": return new Ls(argv, envp);
            case "/bin/mkdir": return new Mkdir(argv, envp);
            case "/bin/rmdir": return new Rmdir(argv, envp);
            case "/bin/mv": return new Mv(argv, envp);
            case "/bin/ln": return new Ln(argv, envp);
            case "/bin/readlink": return new Readlink(argv, envp);
            case "/usr/bin/realpath": return new Realpath(argv, envp);
            case "/usr/bin/stat": return new Stat(argv, envp);
            case "/bin/nl": return new Nl(argv, envp);
            case "/bin/printf": return new Printf(argv, envp);
            case "/bin/ps": return new Ps(argv, envp);
            case "/usr/bin/top": return new Top(argv, envp);
            case "/usr/bin/watch": return new Watch(argv, envp);
            case "/bin/pstree": return new Pstree(argv, envp);
            case "/bin/rev": return new Rev(argv, envp);
            case "/bin/rm": return new Rm(argv, envp);
            case "/bin/seq": return new Seq(argv, envp);
            case "/bin/sigdemo": return new SigDemo(argv, envp);
            case "/bin/sleep": return new Sleep(argv, envp);
            case "/bin/sort": return new Sort(argv, envp);
            case "/bin/spin": return new Spin(argv, envp);
            case "/usr/bin/strace": return new Strace(argv, envp);
            case "/usr/bin/vmstat": return new Vmstat(argv, envp);
            case "/usr/bin/free": return new Free(argv, envp);
            case "/usr/bin/uptime": return new Uptime(argv, envp);
            case "/usr/bin/w": return new W(argv, envp);
            case "/usr/bin/who", "/usr/bin/users": return new Who(argv, envp);
            case "/bin/work": return new Work(argv, envp);
            case "/usr/bin/nice": return new Nice(argv, envp);
            case "/usr/bin/renice": return new Renice(argv, envp);
            case "/usr/bin/taskset": return new Taskset(argv, envp);
            case "/usr/bin/chrt": return new Chrt(argv, envp);
            case "/bin/su": return new Su(argv, envp);
            case "/bin/sync": return new Sync(argv, envp);
            case "/bin/df": return new Df(argv, envp);
            case "/bin/memhog": return new Memhog(argv, envp);
            case "/bin/cowdemo": return new Cowdemo(argv, envp);
            case "/bin/memmap": return new Memmap(argv, envp);
            case "/sbin/sysctl": return new Sysctl(argv, envp);
            case "/bin/pmap": return new Pmap(argv, envp);
            case "/bin/translate": return new Translate(argv, envp);
            case "/bin/dmesg": return new Dmesg(argv, envp);
            case "/bin/sys": return new Sys(argv, envp);
            case "/bin/tac": return new Tac(argv, envp);
            case "/bin/tail": return new Tail(argv, envp);
            case "/bin/tee": return new Tee(argv, envp);
            case "/bin/test", "/bin/[": return new Test(argv, envp);
            case "/bin/timeout": return new Timeout(argv, envp);
            case "/usr/bin/nohup": return new Nohup(argv, envp);
            case "/bin/touch": return new Touch(argv, envp);
            case "/bin/tr": return new Tr(argv, envp);
            case "/bin/true": return new True(argv, envp);
            case "/bin/uname": return new Uname(argv, envp);
            case "/bin/uniq": return new Uniq(argv, envp);
            case "/bin/which": return new Which(argv, envp);
            case "/bin/whoami": return new Id(argv, envp, true);
            case "/bin/wc": return new Wc(argv, envp);
            case "/bin/xargs": return new Xargs(argv, envp);
            case "/bin/yes": return new Yes(argv, envp);
            case "/usr/sbin/cron": return new Daemon(argv, envp, 6000, 1);
            case "/usr/sbin/rsyslogd": return new Daemon(argv, envp, 500, 1);
            case "/usr/sbin/sshd": return new Daemon(argv, envp, 1000, 1);
            case "/usr/local/bin/goserve": return new Daemon(argv, envp, 100, 1);
            default: throw new IllegalArgumentException("no program for " + path);
        }
    }

    @Override
    public List<SeedFile> files() {
        return List.of(
                new SeedFile("/etc/hostname", 0, 0644, "miniunix\n"),
                new SeedFile("/etc/passwd", 0, 0644, PASSWD),
                new SeedFile("/etc/group", 0, 0644, GROUP),
                new SeedFile("/etc/inittab", 0, 0644, INITTAB),
                new SeedFile("/root/", 0, 0700, ""),
                new SeedFile("/home/user/", 1000, 0755, ""),
                new SeedFile("/tmp/", 0, 01777, ""));
    }

    static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\n"
            + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
            + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n"
            + "sys:x:3:3:sys:/dev:/usr/sbin/nologin\n"
            + "sync:x:4:65534:sync:/bin:/bin/sync\n"
            + "man:x:6:12:man:/var/cache/man:/usr/sbin/nologin\n"
            + "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin\n"
            + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
            + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
            + "sshd:x:100:65534::/run/sshd:/usr/sbin/nologin\n"
            + "user:x:1000:1000:user,,,:/home/user:/bin/sh\n";

    static final String GROUP = "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\n"
            + "disk:x:6:\nman:x:12:\nmail:x:8:\nwww-data:x:33:\nutmp:x:43:\nusers:x:100:user\n"
            + "nogroup:x:65534:\nuser:x:1000:\n";

    static final String INITTAB = "# /etc/inittab: what init starts, in order.\n"
            + "# id:runlevels:action:process  (actions: sysinit, wait, once, respawn)\n"
            + "cron:2345:once:/usr/sbin/cron -f\n"
            + "logd:2345:once:/usr/sbin/rsyslogd -n\n"
            + "sshd:2345:once:/usr/sbin/sshd -D\n"
            + "gosv:2345:once:/usr/local/bin/goserve -addr :8080\n"
            + "tty1:2345:once:/bin/login -f user\n";
}
