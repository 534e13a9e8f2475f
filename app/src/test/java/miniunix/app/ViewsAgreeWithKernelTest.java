package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.sched.Cpu;
import miniunix.kernel.sched.CpuTime;
import org.junit.jupiter.api.Test;

/**
 * vmstat, free and /proc/stat tell the kernel's own numbers: the counters vmstat -s prints lie
 * between the kernel's just before and just after it ran (it reads them once, in between), the
 * memory totals are the frame table's, and every cpuN line of /proc/stat adds up to the ticks
 * since boot at the moment it was read.
 */
class ViewsAgreeWithKernelTest {
    private static final long LIMIT = 10_000_000;
    private final Kernel k = Kernel.boot(BootOptions.defaults()
            .withInitEnv(List.of("NO_COLOR=1")), new SystemImage());

    private String type(String line) {
        k.runUntilInputWanted(LIMIT);
        k.takeOutput();
        k.typeInput((line + "\n").getBytes(StandardCharsets.UTF_8));
        k.runUntilInputWanted(LIMIT);
        return new String(k.takeOutput(), StandardCharsets.UTF_8);
    }

    private static void between(long before, long got, long after, String what) {
        assertTrue(before <= got && got <= after, what + ": " + before + " <= " + got + " <= "
                + after);
    }

    @Test
    void vmstatCountersAreTheKernels() {
        type("spin 300 & spin 200 & yes | head -c 2000000 > /tmp/f; sync; wait");
        k.runUntilInputWanted(LIMIT);
        long cs0 = k.contextSwitches();
        long in0 = k.interrupts().total();
        long forks0 = k.forks();
        String out = type("vmstat -s");
        Map<String, Long> v = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split(" +", 2);
            if (f.length == 2 && f[0].matches("[0-9]+")) {
                v.put(f[1], Long.parseLong(f[0]));
            }
        }
        between(cs0, v.get("CPU context switches"), k.contextSwitches(), "cs");
        between(in0, v.get("interrupts"), k.interrupts().total(), "in");
        between(forks0, v.get("forks"), k.forks(), "forks");
        assertEquals(k.mm().frames.frames() * FrameTable.PAGE_SIZE / 1024,
                (long) v.get("K total memory"));
        assertTrue(v.get("K paged out") >= 1953, "sync wrote the 2 MB: " + v.get("K paged out"));
        long ticks = 0;
        for (Cpu c : k.cpus()) {
            for (CpuTime kind : CpuTime.values()) {
                ticks += c.ticks(kind);
            }
        }
        long printed = v.get("non-nice user cpu ticks") + v.get("nice user cpu ticks")
                + v.get("system cpu ticks") + v.get("idle cpu ticks") + v.get("IO-wait cpu ticks");
        between(0, ticks - printed, 2L * k.cpus().length, "ticks since vmstat read them");
    }

    @Test
    void freeIsTheFrameTable() {
        String out = type("free -k");
        String[] mem = out.split("\n")[1].trim().split(" +");
        FrameTable f = k.mm().frames;
        assertEquals(f.frames() * 4, Long.parseLong(mem[1]), "total");
        long used = Long.parseLong(mem[2]);
        long free = Long.parseLong(mem[3]);
        long cache = Long.parseLong(mem[5]);
        long available = Long.parseLong(mem[6]);
        assertEquals(Long.parseLong(mem[1]) - available, used, "used is total - available");
        assertTrue(Math.abs(f.freeFrames() * 4 - free) <= 64, "free " + free + " vs frames "
                + f.freeFrames() * 4);
        assertTrue(free + cache >= available - 64, "available is free plus reclaimable cache");
    }

    @Test
    void everyCpuLineAddsUpToTheTicksSinceBoot() {
        type("spin 150 & sleep 2; sync");
        long before = k.now();
        String out = type("cat /proc/stat");
        long after = k.now();
        int lines = 0;
        for (String line : out.split("\n")) {
            if (line.matches("cpu[0-9]+ .*")) {
                long sum = 0;
                for (String n : line.split(" +", 2)[1].split(" ")) {
                    sum += Long.parseLong(n);
                }
                between(before, sum, after, line);
                lines++;
            }
        }
        assertEquals(k.cpus().length, lines);
        assertTrue(out.contains("\nintr ") && out.contains("\nsoftirq "), out);
    }
}
