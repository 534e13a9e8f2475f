package miniunix.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.StatfsBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/** The root filesystem is a tmpfs: file pages are frames of RAM, and it has a size limit. */
class TmpfsTest {
    private static final int PAGE = FrameTable.PAGE_SIZE;

    @Test
    void eachPageOfDataIsAShmemFrameAndTruncateGivesThemBack() {
        FrameTable frames = new FrameTable(1024);
        Tmpfs fs = new Tmpfs(frames, 512);
        Inode f = new Inode(2, StatBuf.S_IFREG, 0644, null, null);
        byte[] data = new byte[3 * PAGE + 1];
        data[3 * PAGE] = 7;
        assertEquals(data.length, f.writeAt(fs, 0, data, 0, data.length));
        assertEquals(4, frames.count(FrameTable.SHMEM));
        assertEquals(4, fs.usedPages());
        f.truncate(fs);
        assertEquals(0, frames.count(FrameTable.SHMEM));
        assertEquals(1024, frames.freeFrames());
    }

    @Test
    void aHoleReadsAsZerosAndCostsNoFrame() {
        FrameTable frames = new FrameTable(1024);
        Tmpfs fs = new Tmpfs(frames, 512);
        Inode f = new Inode(2, StatBuf.S_IFREG, 0644, null, null);
        f.writeAt(fs, 10L * PAGE, new byte[] {1, 2}, 0, 2);
        assertEquals(10L * PAGE + 2, f.size);
        assertEquals(1, f.residentPages());
        byte[] got = new byte[4];
        assertEquals(4, f.readAt(PAGE, got, 0, 4));
        assertArrayEquals(new byte[4], got);
        assertEquals(2, f.readAt(10L * PAGE, got, 0, 4), "a read stops at the end of the file");
        assertEquals(1, got[0]);
    }

    @Test
    void aWritePastTheSizeLimitIsShortThenEnospc() {
        FrameTable frames = new FrameTable(1024);
        Tmpfs fs = new Tmpfs(frames, 2);
        Inode f = new Inode(2, StatBuf.S_IFREG, 0644, null, null);
        byte[] data = new byte[3 * PAGE];
        assertEquals(2L * PAGE, f.writeAt(fs, 0, data, 0, data.length), "what fitted");
        assertEquals(Errno.ENOSPC.ret(), f.writeAt(fs, 2L * PAGE, data, 0, 1));
        assertEquals(2L * PAGE, f.size, "nothing changed by the failed write");
    }

    @Test
    void aWriteWhenRamIsFullIsEnomem() {
        FrameTable frames = new FrameTable(4);
        Tmpfs fs = new Tmpfs(frames, 100);
        Inode f = new Inode(2, StatBuf.S_IFREG, 0644, null, null);
        byte[] data = new byte[5 * PAGE];
        assertEquals(4L * PAGE, f.writeAt(fs, 0, data, 0, data.length));
        assertEquals(Errno.ENOMEM.ret(), f.writeAt(fs, 4L * PAGE, data, 0, 1));
    }

    /** Fills /tmp/a until ENOSPC, statfs's /, unlinks an open file, closes it; then pauses. */
    static final class Filler extends Step {
        final StatfsBuf full = new StatfsBuf();
        final StatfsBuf afterUnlink = new StatfsBuf();
        final StatfsBuf afterClose = new StatfsBuf();
        final byte[] chunk = new byte[65536];
        long written;
        long lastError;
        int fd;

        @Override
        protected Trap step(long ret) {
            switch (pc) {
                case 0:
                    pc = 1;
                    return Libc.open("/tmp/a", Fcntl.O_WRONLY | Fcntl.O_CREAT, 0644);
                case 1:
                    fd = (int) ret;
                    pc = 2;
                    return Libc.write(fd, chunk, 0, chunk.length);
                case 2:
                    if (ret > 0) {
                        written += ret;
                        return Libc.write(fd, chunk, 0, chunk.length);
                    }
                    lastError = ret;
                    pc = 3;
                    return Libc.statfs("/tmp", full);
                case 3:
                    pc = 4;
                    return Libc.unlink("/tmp/a");
                case 4:
                    pc = 5;
                    return Libc.statfs("/", afterUnlink);
                case 5:
                    pc = 6;
                    return new Syscall.Close(fd);
                case 6:
                    pc = 7;
                    return Libc.statfs("/", afterClose);
                default:
                    return new Syscall.Pause();
            }
        }
    }

    @Test
    void aFullFilesystemIsEnospcAndAnUnlinkedFileIsFreedAtItsLastClose() {
        BootOptions opts = BootOptions.defaults().withMemBytes(8L << 20);
        Kernel k = Sys.boot(opts, new TestImage().with("/bin/filler", Filler::new), "/bin/filler");
        Sys.run(k, 20);
        Filler f = (Filler) Sys.proc(k, Sys.pidOf(k, "filler")).program;
        assertEquals(Errno.ENOSPC.ret(), f.lastError);
        assertEquals(Tmpfs.TMPFS_MAGIC, f.full.type);
        assertEquals(1024, f.full.blocks, "half of 8 MiB in 4 KiB blocks");
        assertEquals(0, f.full.bfree);
        assertTrue(f.written > 3L << 20 && f.written < 4L << 20, "the rest of the 4 MiB: " + f.written);
        assertEquals(0, f.afterUnlink.bfree, "an open file keeps its pages");
        assertEquals(f.written / PAGE, f.afterClose.bfree, "its last close frees them");
        assertTrue(k.mm().frames.count(FrameTable.SHMEM) < 1024 - f.written / PAGE + 1);
    }
}
