package miniunix.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

class ProcFsTest {

    /** Opens r[7]-th path, reads it whole into text, then pauses. */
    static class Cat extends Step {
        final String path;
        byte[] buf = new byte[65536];
        int len;
        long openResult;

        Cat(String path) {
            this.path = path;
        }

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return Libc.open(path, Fcntl.O_RDONLY, 0);
                case 1:
                    openResult = ret;
                    if (ret < 0) {
                        pc = 9;
                        return new Syscall.Pause();
                    }
                    r[0] = ret;
                    return Libc.read((int) r[0], buf, 0, buf.length);
                case 2:
                    if (ret > 0) {
                        len += (int) ret;
                        pc = 2;
                        return Libc.read((int) r[0], buf, len, buf.length - len);
                    }
                    return new Syscall.Pause();
                default: return new Syscall.Pause();
            }
        }

        String text() {
            return new String(buf, 0, len, StandardCharsets.UTF_8);
        }

        @Override
        public Program copy() {
            Cat c = (Cat) super.copy();
            c.buf = buf.clone();
            return c;
        }
    }

    private static Cat cat(String path) {
        Kernel k = Sys.boot(new TestImage().with("/bin/cat", () -> new Cat(path)), "/bin/cat");
        Sys.run(k, 3);
        return (Cat) Sys.proc(k, Sys.pidOf(k, "cat")).program;
    }

    @Test
    void procPidStatHasLinuxsFieldsInLinuxsOrder() {
        String stat = cat("/proc/self/stat").text();
        String[] f = stat.trim().split(" ");
        assertEquals(52, f.length, stat);
        assertEquals("(cat)", f[1]);
        assertEquals("R", f[2]);
        assertEquals("1", f[3], "ppid: init started it");
        assertEquals("0", f[18], "nice");
        // TestImage: text 20K, data 8K, bss 4K, and the 132K stack execve gives.
        assertEquals(String.valueOf((20 + 8 + 4 + 132) * 1024), f[22], "vsize in bytes");
        // The pages execve and the loader touched: argv on the stack, the entry, the data; and
        // the stack page where cat's library put the path it opened.
        assertEquals("4", f[23], "rss in pages");
        // minflt counts across execve, as Linux's: the page of the old image where init's
        // child put execve's arguments, then the two stack pages, zero-filled.
        assertEquals("3", f[9], "minflt: the stack pages, zero-filled");
        assertEquals("2", f[11], "majflt: text and data, read into the page cache");
    }

    @Test
    void procListsEveryPidThenItsFiles() {
        Kernel k = Sys.boot(new TestImage());
        StatBuf st = new StatBuf();
        Sys.run(k, 1);
        k.vfs().stat(Sys.proc(k, 1), "/proc/1", st);
        assertTrue(st.isDir());
        assertEquals(0, st.uid);
    }

    @Test
    void aMissingPidIsEnoent() {
        assertEquals(Errno.ENOENT.ret(), cat("/proc/99999/stat").openResult);
    }

    @Test
    void statusAndMeminfoReadLikeLinux() {
        String status = cat("/proc/1/status").text();
        assertTrue(status.startsWith("Name:\tinit\nState:\tS (sleeping)\n"), status);
        assertTrue(status.contains("VmSize:\t     168 kB\n"), status);
        assertTrue(status.contains("VmRSS:\t      12 kB\n"), status);
        assertTrue(status.contains("VmStk:\t     132 kB\n"), status);
        String meminfo = cat("/proc/meminfo").text();
        assertTrue(meminfo.startsWith("MemTotal:        1048576 kB\n"), meminfo);
    }

    @Test
    void cmdlineIsArgvWithNuls() {
        assertEquals("/bin/cat\0", cat("/proc/self/cmdline").text());
    }

    /** The errno path's lookup fails with, or null when it stats. */
    private static Errno statError(Kernel k, Proc p, String path) {
        try {
            k.vfs().stat(p, path, new StatBuf());
            return null;
        } catch (SyscallError e) {
            return e.errno;
        }
    }

    @Test
    void psPathsAreReadInPlaceAsTheGeneralWalkReadsThem() {
        Kernel k = Sys.boot(new TestImage());
        Sys.run(k, 1);
        Proc init = Sys.proc(k, 1);
        Vfs vfs = k.vfs();
        assertEquals("/proc/1/stat", vfs.resolve(init, "/proc/1/stat", true));
        assertEquals("/proc/1/stat", vfs.resolve(init, "/proc//1/./stat", true));
        assertEquals("/proc/1/stat", vfs.resolve(init, "/proc/self/stat", true));
        assertEquals("/", vfs.resolve(init, "/proc/1/cwd", true), "a link on the way is followed");
        assertEquals("/proc/1/cwd", vfs.resolve(init, "/proc/1/cwd", false));
        StatBuf dir = new StatBuf();
        vfs.stat(init, "/proc/1", dir);
        StatBuf task = new StatBuf();
        vfs.stat(init, "/proc/1/task/1", task);
        assertEquals(StatBuf.S_IFDIR | 0555, dir.mode);
        assertEquals(task.mode, dir.mode);
        StatBuf stat = new StatBuf();
        vfs.stat(init, "/proc/1/stat", stat);
        StatBuf leadingZero = new StatBuf();
        vfs.stat(init, "/proc/01/stat", leadingZero);
        assertEquals(StatBuf.S_IFREG | 0444, stat.mode);
        assertEquals(stat.ino, leadingZero.ino);
        assertTrue(stat.ino != dir.ino);
        StatBuf environ = new StatBuf();
        vfs.stat(init, "/proc/1/environ", environ);
        assertEquals(StatBuf.S_IFREG | 0400, environ.mode);
        StatBuf fd = new StatBuf();
        vfs.stat(init, "/proc/1/fd", fd);
        assertEquals(StatBuf.S_IFDIR | 0500, fd.mode);
        assertEquals(Errno.ENOENT, statError(k, init, "/proc/1/nosuch"));
        assertEquals(Errno.ENOENT, statError(k, init, "/proc/99999/stat"));
        assertEquals(Errno.ENOENT, statError(k, init, "/proc/1234567890/stat"));
        SyscallError write = assertThrows(SyscallError.class,
                () -> vfs.open(init, "/proc/1/stat", Fcntl.O_WRONLY, 0));
        assertEquals(Errno.EACCES, write.errno);
    }

    /** A trailing slash asks for a directory, in /proc as anywhere (Linux: ENOTDIR). */
    @Test
    void aTrailingSlashOnAProcFileIsNotADirectory() {
        Kernel k = Sys.boot(new TestImage());
        Sys.run(k, 1);
        Proc init = Sys.proc(k, 1);
        Vfs vfs = k.vfs();
        assertEquals(Errno.ENOTDIR, statError(k, init, "/proc/1/stat/"));
        assertEquals(Errno.ENOTDIR, statError(k, init, "/proc/self/status/"));
        SyscallError open = assertThrows(SyscallError.class,
                () -> vfs.open(init, "/proc/1/stat/", Fcntl.O_RDONLY, 0));
        assertEquals(Errno.ENOTDIR, open.errno);
        StatBuf dir = new StatBuf();
        vfs.stat(init, "/proc/1/", dir);
        assertEquals(StatBuf.S_IFDIR | 0555, dir.mode);
        vfs.stat(init, "/proc/1/fd/", dir);
        assertEquals(StatBuf.S_IFDIR | 0500, dir.mode);
    }

    @Test
    void aRootNobodyMaySearchHidesProcFromThemToo() {
        Kernel k = Sys.boot(new TestImage());
        Sys.run(k, 1);
        Proc init = Sys.proc(k, 1);
        k.vfs().root.perm = 0700;
        init.uid = 1000;
        assertEquals(Errno.EACCES, statError(k, init, "/proc/1/stat"));
        assertEquals(Errno.EACCES, statError(k, init, "/proc/1"));
    }
}
