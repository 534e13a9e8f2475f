package miniunix.user;

import java.util.HashMap;
import java.util.Map;
import miniunix.kernel.uapi.UserMemory;

/**
 * A test stand-in for a process's memory: pages made on first store, zeros elsewhere, and a
 * fault below {@link #LOW} (the unmapped first pages, as a NULL dereference). sp() is a
 * stack pointer as execve leaves it.
 *
 * <p>It lives in src/testFixtures, which both the kernel's and the app's test compilations
 * read as a source root (their pom.xml): no test-jar, so a build that skips the tests
 * (the launcher's) needs no test artifact.
 */
public final class FakeMemory implements UserMemory {
    public static final long SP = 0x7ffffffde000L;
    /** Addresses below this fault. */
    public static final long LOW = 0x10000;
    private static final int PAGE = 4096;
    private final Map<Long, byte[]> pages = new HashMap<>();

    @Override
    public void load(long addr, byte[] dst, int off, int len) {
        if (!peek(addr, dst, off, len)) {
            throw new Fault(addr);
        }
    }

    @Override
    public void store(long addr, byte[] src, int off, int len) {
        check(addr);
        for (int i = 0; i < len; i++) {
            long a = addr + i;
            pages.computeIfAbsent(a / PAGE, k -> new byte[PAGE])[(int) (a % PAGE)] = src[off + i];
        }
    }

    @Override
    public boolean peek(long addr, byte[] dst, int off, int len) {
        if (addr < LOW) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            long a = addr + i;
            byte[] p = pages.get(a / PAGE);
            dst[off + i] = p == null ? 0 : p[(int) (a % PAGE)];
        }
        return true;
    }

    @Override
    public long sp() {
        return SP;
    }

    /** The C string at addr (up to its NUL), decoded as UTF-8; null for NULL. */
    public String cstring(long addr) {
        if (addr == 0) {
            return null;
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        byte[] one = new byte[1];
        for (long a = addr; ; a++) {
            load(a, one, 0, 1);
            if (one[0] == 0) {
                return b.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
            b.write(one[0]);
        }
    }

    /** The len bytes at addr. */
    public byte[] bytes(long addr, int len) {
        byte[] b = new byte[len];
        load(addr, b, 0, len);
        return b;
    }

    private static void check(long addr) {
        if (addr < LOW) {
            throw new Fault(addr);
        }
    }
}
