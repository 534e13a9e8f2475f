package miniunix.kernel.uapi;

import java.nio.charset.StandardCharsets;

/**
 * The kernel's identity, as struct new_utsname and /proc publish it (Linux
 * include/uapi/linux/utsname.h, kernel/utsname_sysctl.c): the values of the machine the
 * reference captures come from (shared/reference uname-a.txt). uname(2) copies the struct out;
 * the kernel shows the same strings in /proc/version and /proc/sys/kernel/{ostype,osrelease,
 * version,hostname,domainname}. The node name and the domain name are the kernel's to keep
 * (sethostname(2), setdomainname(2)); the rest is fixed.
 *
 * <p>Layout (x86-64): six fields of {@link #FIELD} bytes, each a NUL-terminated string padded
 * with NULs: sysname, nodename, release, version, machine, domainname.
 */
public final class Utsname {
    public static final String SYSNAME = "Linux";
    public static final String RELEASE = "6.18.44-fc-v657";
    public static final String VERSION = "#1 SMP PREEMPT_DYNAMIC @0";
    public static final String MACHINE = "x86_64";
    /** What Linux calls a node or domain name no one has set (UTS_NODENAME, UTS_DOMAINNAME). */
    public static final String UNSET = "(none)";

    /** __NEW_UTS_LEN: the longest name, without its NUL. */
    public static final int NEW_UTS_LEN = 64;
    /** One field: the name and its NUL. */
    public static final int FIELD = NEW_UTS_LEN + 1;
    /** sizeof(struct new_utsname). */
    public static final int SIZE = 6 * FIELD;

    /** The fields in the struct's order. */
    public static final int SYSNAME_FIELD = 0;
    public static final int NODENAME_FIELD = 1;
    public static final int RELEASE_FIELD = 2;
    public static final int VERSION_FIELD = 3;
    public static final int MACHINE_FIELD = 4;
    public static final int DOMAINNAME_FIELD = 5;

    private Utsname() {
    }

    /** A struct new_utsname with the fixed strings and the given node and domain names. */
    public static byte[] encode(byte[] nodename, byte[] domainname) {
        byte[] b = new byte[SIZE];
        put(b, SYSNAME_FIELD, SYSNAME.getBytes(StandardCharsets.UTF_8));
        put(b, NODENAME_FIELD, nodename);
        put(b, RELEASE_FIELD, RELEASE.getBytes(StandardCharsets.UTF_8));
        put(b, VERSION_FIELD, VERSION.getBytes(StandardCharsets.UTF_8));
        put(b, MACHINE_FIELD, MACHINE.getBytes(StandardCharsets.UTF_8));
        put(b, DOMAINNAME_FIELD, domainname);
        return b;
    }

    private static void put(byte[] b, int field, byte[] s) {
        System.arraycopy(s, 0, b, field * FIELD, Math.min(s.length, NEW_UTS_LEN));
    }

    /** The bytes of field (up to its NUL) of the struct at b[off..off+SIZE). */
    public static byte[] fieldBytes(byte[] b, int off, int field) {
        int at = off + field * FIELD;
        int n = 0;
        while (n < NEW_UTS_LEN && b[at + n] != 0) {
            n++;
        }
        byte[] s = new byte[n];
        System.arraycopy(b, at, s, 0, n);
        return s;
    }

    /** {@link #fieldBytes} as text (UTF-8), as a C program would print it. */
    public static String field(byte[] b, int field) {
        return new String(fieldBytes(b, 0, field), StandardCharsets.UTF_8);
    }
}
