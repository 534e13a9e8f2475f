package miniunix.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import miniunix.kernel.Kernel;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import org.junit.jupiter.api.Test;

/** A new directory is stamped with its creation time, and a directory's mtime moves when its entries change. */
class DirMtimeTest {
    private static long mtime(Kernel k, String path) {
        StatBuf st = new StatBuf();
        k.vfs().stat(Sys.proc(k, 1), path, st);
        return st.mtimeNs / Inode.TICK_NS;     // the fs fills times since boot (the syscall adds the boot time)
    }

    private static void wait(Kernel k, int ticks) {
        for (int i = 0; i < ticks; i++) {
            k.tick();
        }
    }

    @Test
    void mkdirCreateUnlinkRmdirAndRenameStampTheDirectory() {
        Kernel k = Sys.boot(new TestImage());
        Proc root = Sys.proc(k, 1);
        wait(k, 100);
        k.vfs().mkdir(root, "/d", 0755);
        long made = k.now();
        assertEquals(made, mtime(k, "/d"));
        assertEquals(made, mtime(k, "/"));
        wait(k, 100);
        k.vfs().open(root, "/d/f", Fcntl.O_WRONLY | Fcntl.O_CREAT, 0644);
        assertEquals(k.now(), mtime(k, "/d"));
        assertEquals(made, mtime(k, "/"));
        wait(k, 100);
        k.vfs().mkdir(root, "/e", 0755);
        wait(k, 100);
        k.vfs().rename(root, "/d/f", "/e/g");
        assertEquals(k.now(), mtime(k, "/d"));
        assertEquals(k.now(), mtime(k, "/e"));
        wait(k, 100);
        k.vfs().unlink(root, "/e/g");
        assertEquals(k.now(), mtime(k, "/e"));
        wait(k, 100);
        k.vfs().rmdir(root, "/e");
        assertEquals(k.now(), mtime(k, "/"));
    }
}
