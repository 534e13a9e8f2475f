package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** free against free.txt, free-h.txt and free-m.txt, fed the meminfo they were taken from. */
class FreeTest {
    private static final String MEMINFO = "MemTotal:       24684092 kB\n"
            + "MemFree:        24301312 kB\nMemAvailable:   24298812 kB\nBuffers:            4188 kB\n"
            + "Cached:          244836 kB\nSwapCached:            0 kB\nSwapTotal:             0 kB\n"
            + "SwapFree:              0 kB\nShmem:              8856 kB\n";

    private FakeSys sys;

    private String out(String... argv) {
        sys = new FakeSys().file("/proc/meminfo", MEMINFO);
        assertEquals(0, sys.run(new Binaries().load("/usr/bin/free", List.of(argv), List.of())
                .program()), sys.err());
        return sys.out();
    }

    private static String ref(String name) throws Exception {
        return Files.readString(Path.of("/work/shared/reference/" + name));
    }

    @Test
    void asProcpsPrintsIt() throws Exception {
        assertEquals(ref("free.txt"), out("free"));
        assertEquals(ref("free-h.txt"), out("free", "-h"));
        assertEquals(ref("free-m.txt"), out("free", "-m"));
    }

    @Test
    void usedIsTotalLessAvailableAndTheJsonSaysTheSame() {
        assertEquals("{\"unit\":\"MiB\",\"mem\":{\"total\":24105,\"used\":376,\"free\":23731,"
                + "\"shared\":8,\"buff_cache\":243,\"available\":23729},\"swap\":{\"total\":0,"
                + "\"used\":0,\"free\":0}}\n", out("free", "-m", "--json"));
    }

    @Test
    void repeatsWithABlankLineAndSleepsBetween() {
        String one = out("free");
        assertEquals(one + "\n" + one + "\n" + one + "\n", out("free", "-s", "2", "-c", "3"));
        assertEquals(4_000_000_000L, sys.slept);
    }
}
