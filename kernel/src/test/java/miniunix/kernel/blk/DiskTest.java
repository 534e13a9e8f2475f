package miniunix.kernel.blk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.check.Invariants;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

class DiskTest {
    static final int MIB = 1 << 20;

    /** Writes 3 MiB to /tmp/f, syncs (r[0] = sync's result), fsyncs a pipe (r[1]), pauses. */
    static final class Writer extends Step {
        final byte[] buf = new byte[MIB];
        final int[] fds = new int[2];

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return Libc.open("/tmp/f", Fcntl.O_WRONLY | Fcntl.O_CREAT, 0644);
                case 1: r[2] = ret; return Libc.write((int) r[2], buf, 0, buf.length);
                case 2:
                    r[3] += ret;    // each write moves at most Libc.BUFSIZE
                    if (r[3] < 3L * MIB) {
                        pc = 2;
                        return Libc.write((int) r[2], buf, 0, (int) Math.min(buf.length, 3L * MIB - r[3]));
                    }
                    return new Syscall.Sync();
                case 3: r[0] = ret; return Libc.pipe(fds);
                case 4: return new Syscall.Fsync(fds[0]);
                default: r[1] = ret; return new Syscall.Pause();
            }
        }
    }

    @Test
    void aRequestTakesASeekAndItsTransferInOrder() {
        Disk d = new Disk();
        Disk.Request a = d.submit(10, null, 100);
        Disk.Request b = d.submit(3L * MIB, null, 100);
        assertEquals(102, d.nextCompletion(), "seek 1 tick + 10 bytes in 1 tick");
        assertTrue(d.complete(101).isEmpty());
        assertEquals(List.of(a), d.complete(102));
        assertEquals(3L * MIB, d.inFlightBytes());
        assertEquals(106, d.nextCompletion(), "b starts when a ends: 1 + 3 ticks");
        assertEquals(List.of(b), d.complete(106));
        assertTrue(b.isDone());
        assertEquals(Long.MAX_VALUE, d.nextCompletion());
    }

    @Test
    void syncSleepsInDUntilTheDiskHasWrittenTheDirtyData() {
        Kernel k = Sys.boot(new TestImage().with("/bin/writer", Writer::new), "/bin/writer");
        Proc w = runUntilD(k);
        assertEquals(ProcState.DISK_SLEEP, w.state);
        assertEquals(3L * MIB, k.disk().inFlightBytes());
        assertEquals(0, k.vfs().dirtyBytes(), "taken for writeback");
        Sys.run(k, Disk.serviceTicks(3L * MIB));
        assertTrue(w.state != ProcState.DISK_SLEEP, "I/O done: " + w.state);
        Sys.run(k, 1);
        Writer prog = (Writer) w.program;
        assertEquals(0, prog.r[0], "sync returns 0");
        assertEquals(Errno.EINVAL.ret(), prog.r[1], "a pipe has no disk behind it");
        assertEquals(List.of(), Invariants.check(k));
    }

    @Test
    void evenSigkillWaitsUntilTheProcessLeavesD() {
        Kernel k = Sys.boot(new TestImage().with("/bin/writer", Writer::new), "/bin/writer");
        Proc w = runUntilD(k);
        k.sendSignal(w, Signal.SIGKILL.number);
        k.sendSignal(w, Signal.SIGSTOP.number);
        assertEquals(ProcState.DISK_SLEEP, w.state, "signals wait in D");
        assertEquals(List.of(), Invariants.check(k));
        Sys.run(k, Disk.serviceTicks(3L * MIB));
        assertTrue(!w.isAlive(), "then SIGKILL is taken (and init reaps it): " + w.state);
        assertEquals(Wait.signaled(Signal.SIGKILL.number, false), w.exitStatus);
        assertNull(w.program);
    }

    private static Proc runUntilD(Kernel k) {
        for (int i = 0; i < 10; i++) {
            k.tick();
            int pid = Sys.pidOf(k, "writer");
            if (pid > 0 && Sys.proc(k, pid).state == ProcState.DISK_SLEEP) {
                return Sys.proc(k, pid);
            }
        }
        throw new AssertionError("writer never reached D");
    }
}
