package miniunix.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

class PipeTest {

    /**
     * pipe; fork; the child writes r[3] bytes in 8 KiB writes then exits; the parent closes
     * its write end and reads to EOF (r[1] bytes, r[2] = the read that returned 0).
     * With r[4] = 1 the parent closes the read end instead and waits (child gets SIGPIPE).
     */
    static class PipePair extends Step {
        int[] fds = new int[2];
        int[] st = new int[1];
        byte[] buf = new byte[8192];

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return Libc.pipe(fds);
                case 1: return new Syscall.Fork();
                case 2:
                    if (ret == 0) {
                        pc = 20;
                        return new Syscall.Close(fds[0]);
                    }
                    r[0] = ret;
                    return new Syscall.Close(fds[1]);
                case 3:
                    if (r[4] == 1) {
                        pc = 30;
                        return new Syscall.Close(fds[0]);
                    }
                    return Libc.read(fds[0], buf, 0, buf.length);
                case 4:
                    if (ret > 0) {
                        r[1] += ret;
                        pc = 4;
                        return Libc.read(fds[0], buf, 0, buf.length);
                    }
                    r[2] = 1;
                    return Libc.wait4(-1, st, 0);
                case 20:
                case 21:
                    if (r[5] < r[3]) {
                        pc = 21;
                        int n = (int) Math.min(buf.length, r[3] - r[5]);
                        r[5] += n;
                        return Libc.write(fds[1], buf, 0, n);
                    }
                    return new Syscall.Exit(0);
                case 30: return Libc.wait4(-1, st, 0);
                default: return new Syscall.Pause();
            }
        }

        @Override
        public Program copy() {
            PipePair p = (PipePair) super.copy();
            p.fds = fds.clone();
            p.st = st.clone();
            p.buf = buf.clone();
            return p;
        }
    }

    static final class Big extends PipePair {
        Big() {
            r[3] = 200_000;
        }
    }

    static final class Broken extends PipePair {
        Broken() {
            r[3] = 10;
            r[4] = 1;
        }
    }

    @Test
    void aReaderGetsEveryByteThenEofWhenTheLastWriterCloses() {
        Kernel k = Sys.boot(new TestImage().with("/bin/pp", Big::new), "/bin/pp");
        Sys.run(k, 20);
        PipePair p = (PipePair) Sys.proc(k, Sys.pidOf(k, "pp")).program;
        assertEquals(200_000, p.r[1]);
        assertEquals(1, p.r[2]);
        assertEquals(0, Wait.exitStatus(p.st[0]));
    }

    @Test
    void aWriterToAFullPipeSleepsUntilTheReaderMakesRoom() {
        Pipe pipe = new Pipe();
        pipe.readers = 1;
        pipe.writers = 1;
        byte[] chunk = new byte[4096];
        int total = 0;
        while (pipe.write(chunk, 0, chunk.length) > 0) {
            total += chunk.length;
        }
        assertEquals(Pipe.PIPE_BUF_SIZE, total);
        assertEquals(Pipe.WOULD_BLOCK, pipe.write(chunk, 0, 1));
        assertEquals(100, pipe.read(new byte[100], 0, 100));
        assertEquals(Pipe.WOULD_BLOCK, pipe.write(chunk, 0, 4096), "PIPE_BUF writes are atomic");
        assertEquals(100, pipe.write(chunk, 0, 100));
    }

    @Test
    void writingWithNoReaderLeftKillsTheWriterWithSigpipe() {
        Kernel k = Sys.boot(new TestImage().with("/bin/pp", Broken::new), "/bin/pp");
        Sys.run(k, 10);
        PipePair p = (PipePair) Sys.proc(k, Sys.pidOf(k, "pp")).program;
        assertTrue(Wait.ifSignaled(p.st[0]));
        assertEquals(Signal.SIGPIPE.number, Wait.termSig(p.st[0]));
    }

    @Test
    void aReaderOfAnEmptyPipeSleepsInPipeRead() {
        Kernel k = Sys.boot(new TestImage().with("/bin/pp", Broken::new), "/bin/pp");
        Sys.run(k, 10);
        Proc init = Sys.proc(k, 1);
        assertEquals(ProcState.SLEEPING, init.state);
        assertEquals(WaitReason.WAIT_CHILD, init.waitReason);
    }

    /**
     * read and write at bad addresses: write(fds[1], 0x10, 5) and read(fds[0], NULL, 5) give
     * EFAULT (r[0], r[1]); the bytes written before stay in the pipe for a good read (r[2],
     * the text in text).
     */
    static final class BadAddresses extends Step {
        int[] fds = new int[2];
        byte[] text = new byte[5];

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return Libc.pipe(fds);
                case 1: return new Syscall.Write(fds[1], 0x10, 5);
                case 2: r[0] = ret; return Libc.write(fds[1], "hello".getBytes(), 0, 5);
                case 3: return new Syscall.Read(fds[0], 0, 5);
                case 4: r[1] = ret; return Libc.read(fds[0], text, 0, 5);
                case 5: r[2] = ret; return new Syscall.Pause();
                default: return new Syscall.Pause();
            }
        }
    }

    @Test
    void aBadAddressGivesEfaultAndLosesNoData() {
        Kernel k = Sys.boot(new TestImage().with("/bin/bad", BadAddresses::new), "/bin/bad");
        Sys.run(k, 10);
        BadAddresses p = (BadAddresses) Sys.proc(k, Sys.pidOf(k, "bad")).program;
        assertEquals(Errno.EFAULT.ret(), p.r[0]);
        assertEquals(Errno.EFAULT.ret(), p.r[1]);
        assertEquals(5, p.r[2]);
        assertEquals("hello", new String(p.text));
    }
}
