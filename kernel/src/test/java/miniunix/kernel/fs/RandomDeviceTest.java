package miniunix.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

class RandomDeviceTest {
    /** Reads 16 bytes of /dev/urandom into a, then 16 from getrandom(2) into b. */
    static final class Reader extends Step {
        final byte[] a = new byte[16];
        final byte[] b = new byte[16];

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return Libc.open("/dev/urandom", Fcntl.O_RDONLY, 0);
                case 1: return Libc.read((int) ret, a, 0, a.length);
                case 2: r[0] = ret; return Libc.getrandom(b, 0, b.length, 0);
                default: r[1] = ret; return new Syscall.Pause();
            }
        }
    }

    private static Reader read(long seed) {
        Kernel k = Sys.boot(BootOptions.defaults().withSeed(seed),
                new TestImage().with("/bin/reader", Reader::new), "/bin/reader");
        Sys.run(k, 3);
        return (Reader) Sys.proc(k, Sys.pidOf(k, "reader")).program;
    }

    @Test
    void theSameSeedReadsTheSameRandomBytesAndAnotherSeedOthers() {
        Reader one = read(1);
        assertEquals(16, one.r[0]);
        assertEquals(16, one.r[1]);
        assertFalse(Arrays.equals(one.a, one.b), "the generator moves on");
        Reader again = read(1);
        assertArrayEquals(one.a, again.a);
        assertArrayEquals(one.b, again.b);
        assertFalse(Arrays.equals(one.a, read(2).a));
    }
}
