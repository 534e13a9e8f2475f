package miniunix.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Mman;
import org.junit.jupiter.api.Test;

/**
 * The memory invariants after random workloads, seeded (a failure names the seed and step):
 * processes map and unmap regions, write and read single bytes through copyout/copyin on
 * CPU 0's TLB, fork and exit, on a machine whose RAM is smaller than what they touch, so
 * pages go to swap and come back, COW pages are copied, and the replacement policy is
 * switched on the way. After every step the kernel's own check ({@link MmCheck}: every frame
 * free or owned, mapcounts equal the entries that map them, swap-slot counts, the evictable
 * set) must find nothing, and each process's resident plus swapped pages must equal the pages
 * it has touched (a model kept beside it); every byte read (two modelled bytes a page, so a
 * COW copy that lost the other shows) must be the one last written there by that process or,
 * before its fork, its parent. Found on the way: mutating swap-in or the COW copy fails it.
 */
class MmPropertyTest {
    private static final long PAGE = FrameTable.PAGE_SIZE;
    private static final int STEPS = 3000;
    private static final int MAX_PROCS = 5;
    private static final int MAX_REGION_PAGES = 96;
    private static final String[] POLICIES = {"fifo", "lru", "clock", "random", "mru"};

    /** A process of the workload and the model of what it touched: page address to byte. */
    private static final class Model {
        final Proc p;
        final List<long[]> regions = new ArrayList<>();
        /** Page address to its two modelled bytes (at {@link #at}). */
        final Map<Long, byte[]> touched = new HashMap<>();

        Model(Proc p) {
            this.p = p;
        }
    }

    @Test
    void invariantsHoldAfterRandomWorkloads() {
        long[] seen = new long[3];
        for (long seed = 1; seed <= 6; seed++) {
            VmStat st = run(seed);
            seen[0] += st.pswpout;
            seen[1] += st.pswpin;
            seen[2] += st.cowFaults;
        }
        assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, "the workloads swapped out "
                + seen[0] + ", in " + seen[1] + " and copied " + seen[2] + " COW pages");
    }

    /** One seeded workload; its counters, for the test to see what it exercised. */
    private static VmStat run(long seed) {
        Random r = new Random(seed);
        String policy = POLICIES[(int) (seed % POLICIES.length)];
        Kernel k = Kernel.boot(BootOptions.defaults().withMemBytes(1L << 20).withVm(
                VmOptions.defaults().withSwapBytes(8L << 20).withPolicy(policy)
                        .withVmBits(seed % 2 == 0 ? 32 : 48)), new TestImage());
        Mm mm = k.mm();
        List<Model> models = new ArrayList<>();
        int nextPid = 1000;
        models.add(new Model(newProc(mm, nextPid++)));
        byte[] one = new byte[1];
        for (int step = 0; step < STEPS; step++) {
            String where = "seed " + seed + " (" + policy + ") step " + step;
            Model m = models.get(r.nextInt(models.size()));
            int op = r.nextInt(40);
            if (op <= 1 && m.regions.size() < 3) {
                long pages = 1 + r.nextInt(MAX_REGION_PAGES);
                long a = mm.mmap().mmap(m.p, 0, pages * PAGE, Mman.PROT_READ | Mman.PROT_WRITE,
                        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, null, null, true, true, 0);
                m.regions.add(new long[] {a, pages});
            } else if (op == 2 && !m.regions.isEmpty()) {
                long[] reg = m.regions.remove(r.nextInt(m.regions.size()));
                mm.mmap().munmap(m.p, reg[0], reg[1] * PAGE);
                m.touched.keySet().removeIf(va -> va >= reg[0] && va < reg[0] + reg[1] * PAGE);
            } else if (op == 3 && models.size() < MAX_PROCS) {
                AddressSpace as = mm.fork(m.p.mm, nextPid);
                if (as != null) {
                    Proc c = new Proc(nextPid++, false, 0);
                    c.mm = as;
                    Model cm = new Model(c);
                    for (long[] reg : m.regions) {
                        cm.regions.add(reg.clone());
                    }
                    for (Map.Entry<Long, byte[]> e : m.touched.entrySet()) {
                        cm.touched.put(e.getKey(), e.getValue().clone());
                    }
                    models.add(cm);
                }
            } else if (op == 4 && models.size() > 1) {
                models.remove(m);
                mm.release(m.p.mm);
                m.p.mm = null;
            } else if (op == 5) {
                mm.reclaim().setPolicy(POLICIES[r.nextInt(POLICIES.length)]);
            } else if (op == 6 && !m.regions.isEmpty()) {
                // A sweep: a write to every page of a region, as memhog does.
                long[] reg = m.regions.get(r.nextInt(m.regions.size()));
                one[0] = (byte) (1 + r.nextInt(255));
                int slot = r.nextInt(2);
                mm.switchTo(0, m.p);
                for (long page = reg[0]; page < reg[0] + reg[1] * PAGE; page += PAGE) {
                    if (mm.copy().copyout(m.p, mm.tlb(0), at(page, slot), one, 0, 1) == 0) {
                        m.touched.computeIfAbsent(page, x -> new byte[2])[slot] = one[0];
                    }
                }
            } else if (!m.regions.isEmpty()) {
                long[] reg = m.regions.get(r.nextInt(m.regions.size()));
                long page = reg[0] + r.nextInt((int) reg[1]) * PAGE;
                int slot = r.nextInt(2);
                long va = at(page, slot);
                mm.switchTo(0, m.p);
                if (r.nextBoolean()) {
                    one[0] = (byte) (1 + r.nextInt(255));
                    if (mm.copy().copyout(m.p, mm.tlb(0), va, one, 0, 1) == 0) {
                        m.touched.computeIfAbsent(page, x -> new byte[2])[slot] = one[0];
                    }
                } else if (mm.copy().copyin(m.p, mm.tlb(0), va, one, 0, 1) == 0) {
                    byte[] want = m.touched.computeIfAbsent(page, x -> new byte[2]);
                    assertEquals(want[slot], one[0], where + ": the byte read is the one written");
                }
            }
            check(k, mm, models, where);
        }
        for (Model m : models) {
            mm.release(m.p.mm);
        }
        List<String> bad = new ArrayList<>();
        MmCheck.check(mm, tableProcs(k), bad);
        assertEquals(List.of(), bad, "seed " + seed + ": everything freed at the end");
        long boot = 0;
        for (Proc q : tableProcs(k)) {
            boot += q.mm == null ? 0 : q.mm.swapPages;
        }
        assertEquals(boot, mm.swapSlots() - mm.swapFreeSlots(),
                "seed " + seed + ": only the boot's processes' pages still in swap");
        return mm.stat;
    }

    /** The address of a page's modelled byte slot (0 or 1): two offsets of its own. */
    private static long at(long page, int slot) {
        long half = PAGE / 2;
        return page + slot * half + (page >>> FrameTable.PAGE_SHIFT) % (half - 1);
    }

    private static Proc newProc(Mm mm, int pid) {
        Proc p = new Proc(pid, false, 0);
        p.mm = mm.exec(pid, null, "/bin/t", 20, 8, 4);
        return p;
    }

    /** The boot's processes (init, the kernel threads): their frames count too. */
    private static List<Proc> tableProcs(Kernel k) {
        List<Proc> all = new ArrayList<>();
        for (int pid = k.procs().nextPid(0); pid > 0; pid = k.procs().nextPid(pid)) {
            all.add(k.procs().get(pid));
        }
        return all;
    }

    private static void check(Kernel k, Mm mm, List<Model> models, String where) {
        List<Proc> procs = tableProcs(k);
        for (Model m : models) {
            procs.add(m.p);
        }
        List<String> bad = new ArrayList<>();
        MmCheck.check(mm, procs, bad);
        assertEquals(List.of(), bad, where);
        for (Model m : models) {
            long n = 0;
            for (long[] reg : m.regions) {
                for (long va = reg[0]; va < reg[0] + reg[1] * PAGE; va += PAGE) {
                    long pte = m.p.mm.pt.lookup(va >>> FrameTable.PAGE_SHIFT);
                    n += Pte.present(pte) || Pte.swapped(pte) ? 1 : 0;
                }
            }
            assertEquals(m.touched.size(), n, where + ": pid " + m.p.pid
                    + " resident + swapped = touched");
        }
    }
}
