package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;

/**
 * copy() is a deep copy: a filter copied mid-input and its original, both then told end of
 * file, finish with the same output. Shared state (counts, rings, buffers) would make the
 * second one to finish print different numbers.
 */
class ForkCopyTest {
    private static final String[] LINES = {"b 1\n", "a 2\n", "b 3\n", "c 4\n", "b 5\n"};

    @Test
    void filtersCopiedMidInputFinishAlike() {
        Map<List<String>, String> atEof = Map.of(List.of("grep", "-c", "b"), "2\n",
                List.of("wc"), "      3       6      12\n", List.of("tail", "-n", "2"), "a 2\nb 3\n",
                List.of("grep", "-n", "b"), "", List.of("head", "-n", "9"), "",
                List.of("sort", "-r"), "b 3\nb 1\na 2\n", List.of("uniq", "-c"), "      1 b 3\n");
        for (List<String> argv : atEof.keySet()) {
            Program p = new Binaries().load("/bin/" + argv.get(0), argv, List.of()).program();
            feed(p, 3);
            Program child = p.copy();
            FakeSys a = new FakeSys();
            FakeSys b = new FakeSys();
            assertEquals(a.run(p), b.run(child));
            assertEquals(atEof.get(argv), a.out(), argv.toString());
            assertEquals(a.out(), b.out(), argv.toString());
        }
    }

    /** Runs p until it has read n lines (one per read) and is blocked on the next read. */
    private static void feed(Program p, int n) {
        long ret = 0;
        int read = 0;
        FakeMemory mem = new FakeMemory();
        while (true) {
            Trap t = p.resume(ret, mem);
            if (t instanceof Syscall.Write) {
                ret = ((Syscall.Write) t).len();
            } else if (!(t instanceof Syscall.Read)) {
                ret = 0;
            } else if (read == n) {
                return;
            } else {
                Syscall.Read r = (Syscall.Read) t;
                byte[] b = LINES[read++].getBytes(StandardCharsets.UTF_8);
                mem.store(r.buf(), b, 0, b.length);
                ret = b.length;
            }
        }
    }
}
