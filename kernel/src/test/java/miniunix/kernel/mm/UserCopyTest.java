package miniunix.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Mman;
import miniunix.kernel.uapi.UserMemory;
import org.junit.jupiter.api.Test;

/** copyin/copyout: bytes through the page table, faults as a reference takes them, EFAULT. */
class UserCopyTest {
    private static final int PAGE = FrameTable.PAGE_SIZE;
    private static final long EFAULT = Errno.EFAULT.ret();

    private static Kernel boot() {
        return Kernel.boot(BootOptions.defaults().withMemBytes(64L << 20), new TestImage());
    }

    private static Proc proc(Kernel k, int pid) {
        Proc p = new Proc(pid, false, 0);
        p.mm = k.mm().exec(pid, null, "/bin/t", 20, 8, 4);
        return p;
    }

    private static long heap(Kernel k, Proc p, int pages) {
        long base = p.mm.brkStart;
        assertEquals(base + (long) pages * PAGE, k.mm().mmap().brk(p, base + (long) pages * PAGE));
        return base;
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void aCopyAcrossPagesComesBackAndFaultsOncePerPage() {
        Kernel k = boot();
        Proc p = proc(k, 500);
        UserCopy uc = k.mm().copy();
        long h = heap(k, p, 4);
        byte[] src = bytes(2 * PAGE + 100, 1);
        long at = h + PAGE - 50;                // starts 50 bytes before a page boundary
        assertEquals(0, uc.copyout(p, null, at, src, 0, src.length));
        assertEquals(4, p.minFlt, "four pages touched, one zero-fill fault each");
        byte[] back = new byte[src.length];
        assertEquals(0, uc.copyin(p, null, at, back, 0, back.length));
        assertArrayEquals(src, back);
        assertEquals(4, p.minFlt, "reading present pages takes no fault");
        byte[] head = new byte[60];
        assertEquals(0, uc.copyin(p, null, h + PAGE - 60, head, 0, 60));
        assertEquals(0, head[0], "bytes never written read as zeros");
        assertEquals(src[0], head[10]);
    }

    @Test
    void aCopyoutAfterForkCopiesThePageAndLeavesTheParentsBytes() {
        Kernel k = boot();
        Mm mm = k.mm();
        Proc parent = proc(k, 500);
        long h = heap(k, parent, 1);
        byte[] hello = "hello".getBytes();
        assertEquals(0, mm.copy().copyout(parent, null, h, hello, 0, 5));
        Proc child = new Proc(501, false, 0);
        child.mm = mm.fork(parent.mm, 501);
        int shared = (int) Pte.number(child.mm.pt.lookup(h >>> 12));
        byte[] got = new byte[5];
        assertEquals(0, mm.copy().copyin(child, null, h, got, 0, 5));
        assertArrayEquals(hello, got, "the child sees the parent's bytes");

        long cow = mm.stat.cowFaults;
        assertEquals(0, mm.copy().copyout(child, null, h, "HE".getBytes(), 0, 2));
        assertEquals(cow + 1, mm.stat.cowFaults, "the copyout broke COW");
        assertNotEquals(shared, Pte.number(child.mm.pt.lookup(h >>> 12)));
        assertEquals(0, mm.copy().copyin(child, null, h, got, 0, 5));
        assertEquals("HEllo", new String(got));
        assertEquals(0, mm.copy().copyin(parent, null, h, got, 0, 5));
        assertEquals("hello", new String(got), "the parent's page is untouched");
    }

    @Test
    void badAddressesGiveEfault() {
        Kernel k = boot();
        Proc p = proc(k, 500);
        UserCopy uc = k.mm().copy();
        byte[] b = new byte[16];
        assertEquals(EFAULT, uc.copyin(p, null, 0, b, 0, 16), "NULL");
        assertEquals(EFAULT, uc.copyin(p, null, 1, b, 0, 16), "unmapped");
        assertEquals(EFAULT, uc.copyout(p, null, p.mm.layout.textBase(), b, 0, 16),
                "a write to read-only text");
        assertEquals(0, uc.copyin(p, null, p.mm.layout.textBase(), b, 0, 16), "text is readable");
        assertEquals(EFAULT, uc.copyin(p, null, p.mm.layout.taskSize(), b, 0, 16), "kernel half");
        assertEquals(EFAULT, uc.copyin(p, null, 0xffff_8000_0000_0000L, b, 0, 16), "kernel half");
        assertEquals(EFAULT, uc.copyin(p, null, Long.MAX_VALUE - 4, b, 0, 16), "wraps");
        long h = heap(k, p, 1);
        assertEquals(EFAULT, uc.copyout(p, null, h + PAGE - 8, b, 0, 16), "runs off the heap");
        long ro = k.mm().mmap().mmap(p, 0, PAGE, Mman.PROT_READ, Mman.MAP_PRIVATE
                | Mman.MAP_ANONYMOUS, null, null, true, true, 0);
        assertEquals(EFAULT, uc.copyout(p, null, ro, b, 0, 16), "PROT_READ mapping");
        assertTrue(uc.accessOk(p.mm, ro, 16, false));
        assertFalse(uc.accessOk(p.mm, ro, 16, true));
        assertFalse(uc.accessOk(p.mm, 1, 10, true));
        assertTrue(uc.accessOk(p.mm, p.mm.stack().start - PAGE, 16, true), "the stack would grow");
    }

    @Test
    void aProgramsViewFaultsOnABadStoreAndAPeekTakesNoFault() {
        Kernel k = boot();
        Proc p = proc(k, 500);
        long h = heap(k, p, 2);
        UserMemory mem = k.mm().view(0, p);
        mem.store(h, "abc".getBytes(), 0, 3);
        long faults = p.minFlt;
        byte[] b = new byte[3];
        assertTrue(mem.peek(h + PAGE, b, 0, 3), "a page not yet touched peeks as zeros");
        assertEquals(faults, p.minFlt, "peek took no fault");
        assertTrue(mem.peek(h, b, 0, 3));
        assertEquals("abc", new String(b));
        assertFalse(mem.peek(8, b, 0, 3));
        assertThrows(UserMemory.Fault.class, () -> mem.store(p.mm.layout.textBase(), b, 0, 3));
        assertEquals(p.mm.startStack, mem.sp());
    }

    /** Random copies in and out of a few regions, across forks, agree with plain arrays. */
    @Test
    void randomCopiesMatchAReference() {
        Kernel k = boot();
        Mm mm = k.mm();
        Random rnd = new Random(16);
        Proc a = proc(k, 500);
        int pages = 8;
        long h = heap(k, a, pages);
        byte[] refA = new byte[pages * PAGE];
        Proc b = null;
        byte[] refB = null;
        for (int step = 0; step < 2000; step++) {
            boolean onB = b != null && rnd.nextBoolean();
            Proc p = onB ? b : a;
            byte[] ref = onB ? refB : refA;
            int off = rnd.nextInt(ref.length);
            int len = rnd.nextInt(Math.min(3 * PAGE, ref.length - off) + 1);
            if (rnd.nextBoolean()) {
                byte[] src = bytes(len, step);
                assertEquals(0, mm.copy().copyout(p, null, h + off, src, 0, len));
                System.arraycopy(src, 0, ref, off, len);
            } else {
                byte[] got = new byte[len + 2];
                assertEquals(0, mm.copy().copyin(p, null, h + off, got, 1, len));
                byte[] want = new byte[len + 2];
                System.arraycopy(ref, off, want, 1, len);
                assertArrayEquals(want, got, "step " + step);
            }
            if (step % 500 == 250) {
                if (b != null) {
                    mm.release(b.mm);
                }
                b = new Proc(501 + step, false, 0);
                b.mm = mm.fork(a.mm, b.pid);
                refB = refA.clone();
            }
        }
        java.util.List<String> bad = new java.util.ArrayList<>();
        java.util.List<Proc> all = new java.util.ArrayList<>(java.util.List.of(a, b));
        for (int pid = k.procs().nextPid(0); pid > 0; pid = k.procs().nextPid(pid)) {
            all.add(k.procs().get(pid));
        }
        MmCheck.check(mm, all, bad);
        assertEquals(java.util.List.of(), bad, "frame invariants hold");
    }
}
