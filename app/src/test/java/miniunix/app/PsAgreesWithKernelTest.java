package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcTable;
import org.junit.jupiter.api.Test;

/**
 * ps's numbers, read from /proc through syscalls, against the kernel's own tables on the
 * whole system image: the same processes (and one task each), the same states, parents,
 * resident and virtual sizes, so the sum of RSS ps shows is the kernel's; and a process that
 * reads and writes sees its bytes in /proc/PID/io.
 */
class PsAgreesWithKernelTest {
    private static final long LIMIT = 10_000_000;

    // NO_COLOR: the test reads the console as a program would, so ps must not colour STAT.
    private final Kernel k = Kernel.boot(BootOptions.defaults()
            .withInitEnv(java.util.List.of("NO_COLOR=1")), new SystemImage());

    private String type(String line) {
        k.runUntilInputWanted(LIMIT);
        k.takeOutput();
        k.typeInput((line + "\n").getBytes(StandardCharsets.UTF_8));
        k.runUntilInputWanted(LIMIT);
        return new String(k.takeOutput(), StandardCharsets.UTF_8);
    }

    @Test
    void processesStatesAndSizesAreTheKernels() {
        type("sleep 100 & nice -n 3 sleep 200 & sleep 300 & tick; kill -STOP $!;"
                + " fork >/dev/null; kill $!; yes | head -c 100000 >/dev/null; tick");
        String out = type("ps -eLo pid=,lwp=,nlwp=,ppid=,s=,rss=,vsz=,comm=");
        Map<Integer, String[]> rows = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split(" +");
            rows.put(Integer.parseInt(f[0]), f);
        }
        ProcTable t = k.procs();
        TreeSet<Integer> kernelPids = new TreeSet<>();
        long kernelRssKb = 0;
        long psRssKb = 0;
        for (int pid = t.nextPid(0); pid > 0; pid = t.nextPid(pid)) {
            kernelPids.add(pid);
            Proc p = t.get(pid);
            String[] f = rows.get(pid);
            assertTrue(f != null, "ps lacks pid " + pid);
            assertEquals(Integer.toString(pid), f[1], "one task, its id the pid");
            assertEquals("1", f[2]);
            assertEquals(Integer.toString(p.ppid()), f[3]);
            assertEquals(String.valueOf(p.state.letter), f[4], "state of " + pid);
            long rss = p.mm == null ? 0 : p.mm.rssPages() * FrameTable.PAGE_SIZE / 1024;
            long vsz = p.mm == null ? 0 : p.mm.totalPages() * FrameTable.PAGE_SIZE / 1024;
            assertEquals(Long.toString(rss), f[5], "RSS of " + pid);
            assertEquals(Long.toString(vsz), f[6], "VSZ of " + pid);
            kernelRssKb += rss;
            psRssKb += Long.parseLong(f[5]);
        }
        TreeSet<Integer> extra = new TreeSet<>(rows.keySet());
        extra.removeAll(kernelPids);
        assertEquals(1, extra.size(), "only ps itself is gone since: " + extra);
        assertEquals("ps", rows.get(extra.first())[7]);
        assertEquals(kernelRssKb, psRssKb);
        assertTrue(out.contains(" T ") && out.contains(" Z "), "stopped and zombie: " + out);
    }

    @Test
    void ioCountsTheBytesReadBeforeItIsRead() {
        String size = type("wc -c < /etc/passwd").trim();
        String io = type("cat /etc/passwd /proc/self/io | tail -7");
        assertTrue(io.startsWith("rchar: " + size + "\nwchar: 0\nsyscr: "), io);
        assertTrue(!io.contains("syscr: 0\n"), io);
    }
}
