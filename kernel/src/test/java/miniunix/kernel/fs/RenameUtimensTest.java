package miniunix.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall.Utimensat;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/** rename(2) and utimensat(2): what mv and touch stand on. */
class RenameUtimensTest {
    /** As root: renames that work and the ones Linux refuses, then pauses. */
    static final class Renamer extends Step {
        /** The result of each call, by pc (Step's eight registers are too few). */
        final long[] got = new long[12];

        @Override
        protected Trap step(long ret) {
            if (pc > 0) {
                got[pc - 1] = ret;
            }
            switch (pc++) {
                case 0: return Libc.mkdir("/d", 0755);
                case 1: return Libc.mkdir("/d/sub", 0755);
                case 2: return Libc.rename("/a", "/d/b");
                case 3: return Libc.rename("/d", "/d/sub/x");
                case 4: return Libc.rename("/d/b", "/d/sub");
                case 5: return Libc.rename("/d/sub", "/d/b");
                case 6: return Libc.rename("/c", "/d");
                case 7: return Libc.rename("/proc/uptime", "/u");
                case 8: return Libc.rename("/nope", "/x");
                case 9: return Libc.rename("/d/sub", "/top");
                default: return new Syscall.Pause();
            }
        }
    }

    /** The boot time, in ns since the epoch: utimensat's times are since the epoch. */
    static final long BOOT_NS = miniunix.kernel.BootOptions.BOOT_EPOCH_DEFAULT * 1_000_000_000L;

    /** Sets times as root, then as user 1000 on root's file. */
    static final class Toucher extends Step {
        @Override
        protected Trap step(long ret) {
            if (pc > 0) {
                r[pc - 1] = ret;
            }
            switch (pc++) {
                case 0: return Libc.utimensat(Utimensat.AT_FDCWD, "/a", new long[] {0, BOOT_NS + 5_000_000_000L}, 0);
                case 1: return Libc.utimensat(Utimensat.AT_FDCWD, "/nope", null, 0);
                case 2: return Libc.utimensat(3, "/a", null, 0);
                case 3: return new Syscall.Setuid(1000);
                case 4: return Libc.utimensat(Utimensat.AT_FDCWD, "/a", null, 0);
                case 5: return Libc.utimensat(Utimensat.AT_FDCWD, "/a", new long[] {
                    Utimensat.UTIME_OMIT, 7}, 0);
                default: return new Syscall.Pause();
            }
        }
    }

    private static StatBuf stat(Kernel k, String path) {
        StatBuf st = new StatBuf();
        k.vfs().stat(Sys.proc(k, 1), path, st);
        return st;
    }

    private static long errno(Kernel k, String path) {
        try {
            stat(k, path);
            return 0;
        } catch (SyscallError e) {
            return e.errno.ret();
        }
    }

    @Test
    void renameMovesAndReplacesAsLinuxAllows() {
        TestImage img = new TestImage().with("/bin/renamer", Renamer::new).file("/a", "x\n")
                .file("/c", "");
        Kernel k = Sys.boot(img, "/bin/renamer");
        Sys.run(k, 3);
        Renamer r = (Renamer) Sys.proc(k, Sys.pidOf(k, "renamer")).program;
        assertEquals(0, r.got[2], "a file moves into a directory");
        assertEquals(Errno.ENOENT.ret(), errno(k, "/a"));
        assertEquals(2, stat(k, "/d/b").size);
        assertEquals(Errno.EINVAL.ret(), r.got[3], "a directory can't move into itself");
        assertEquals(Errno.EISDIR.ret(), r.got[4], "a file can't replace a directory");
        assertEquals(Errno.ENOTDIR.ret(), r.got[5], "a directory can't replace a file");
        assertEquals(Errno.EISDIR.ret(), r.got[6]);
        assertEquals(Errno.EXDEV.ret(), r.got[7], "/proc is another filesystem");
        assertEquals(Errno.ENOENT.ret(), r.got[8]);
        assertEquals(0, r.got[9], "a directory moves up");
        assertEquals(true, stat(k, "/top").isDir());
    }

    @Test
    void utimensatSetsMtimeForTheOwnerAndNowForWriters() {
        Kernel k = Sys.boot(new TestImage().with("/bin/toucher", Toucher::new).file("/a", ""),
                "/bin/toucher");
        Sys.run(k, 3);
        Toucher t = (Toucher) Sys.proc(k, Sys.pidOf(k, "toucher")).program;
        assertEquals(0, t.r[0]);
        assertEquals(500, stat(k, "/a").mtimeNs / Inode.TICK_NS, "5 s after boot (the fs counts from boot)");
        assertEquals(Errno.ENOENT.ret(), t.r[1]);
        assertEquals(Errno.EINVAL.ret(), t.r[2], "only AT_FDCWD");
        assertEquals(Errno.EACCES.ret(), t.r[4], "now needs write permission or ownership");
        assertEquals(Errno.EPERM.ret(), t.r[5], "another time needs ownership");
    }

    @Test
    void aTrailingSlashAsksForADirectory() {
        Kernel k = Sys.boot(new TestImage().file("/a", "x\n"));
        Sys.run(k, 1);
        assertEquals(Errno.ENOTDIR.ret(), errno(k, "/a/"));
        assertEquals(0, errno(k, "/proc/"));
        Vfs vfs = k.vfs();
        Proc init = Sys.proc(k, 1);
        int create = Fcntl.O_WRONLY | Fcntl.O_CREAT;
        assertEquals(Errno.EISDIR, fails(() -> vfs.open(init, "/new/", create, 0644)));
        assertEquals(Errno.ENOTDIR, fails(() -> vfs.open(init, "/a/", Fcntl.O_RDONLY, 0)));
        assertEquals(Errno.ENOTDIR, fails(() -> vfs.rename(init, "/a", "/b/")));
        assertEquals(Errno.ENOTDIR, fails(() -> vfs.unlink(init, "/a/")));
        assertEquals(Errno.ENOENT.ret(), errno(k, "/new"));
    }

    private static Errno fails(Runnable r) {
        try {
            r.run();
            return null;
        } catch (SyscallError e) {
            return e.errno;
        }
    }
}
