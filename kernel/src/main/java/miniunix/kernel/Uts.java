package miniunix.kernel;

import java.util.Arrays;
import miniunix.kernel.uapi.Utsname;

/**
 * The kernel's node name and domain name (Linux's init_uts_ns, kernel/utsname.c; set by
 * sethostname and setdomainname in kernel/sys.c, or by writing /proc/sys/kernel/hostname and
 * domainname, kernel/utsname_sysctl.c). Both start as "(none)", as on Linux: init names the
 * machine from /etc/hostname as it boots (systemd's hostname_setup). The other fields of
 * struct utsname are fixed ({@link Utsname}).
 *
 * <p>Invariant: each name is at most {@link Utsname#NEW_UTS_LEN} bytes, and holds no NUL.
 * Simplified: one UTS namespace for the whole machine (no unshare).
 */
public final class Uts {
    private byte[] nodename = unset();
    private byte[] domainname = unset();

    private static byte[] unset() {
        return Utsname.UNSET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The node name, as gethostname(2) and uname -n give it. */
    public byte[] nodename() {
        return nodename.clone();
    }

    public byte[] domainname() {
        return domainname.clone();
    }

    /** struct new_utsname as uname(2) copies it out. */
    public byte[] struct() {
        return Utsname.encode(nodename, domainname);
    }

    /**
     * sethostname's effect: the name becomes name's bytes, up to the first NUL (the kernel
     * copies len bytes and pads with NULs, so a C string ends there). Precondition: at most
     * {@link Utsname#NEW_UTS_LEN} bytes.
     */
    public void setNodename(byte[] name) {
        nodename = upToNul(name);
    }

    /** setdomainname's effect, as {@link #setNodename}. */
    public void setDomainname(byte[] name) {
        domainname = upToNul(name);
    }

    private static byte[] upToNul(byte[] name) {
        if (name.length > Utsname.NEW_UTS_LEN) {
            throw new KernelPanic("uts: name longer than __NEW_UTS_LEN");
        }
        int n = 0;
        while (n < name.length && name[n] != 0) {
            n++;
        }
        return Arrays.copyOf(name, n);
    }

    /**
     * A write of len bytes at file offset pos to /proc/sys/kernel/hostname or domainname
     * (proc_dostring in Linux's default strict mode): the name's first pos bytes stay, then
     * the written bytes up to the first newline or NUL, the name never longer than
     * {@link Utsname#NEW_UTS_LEN} (the rest is dropped, silently). A write that starts past
     * the name's end is ignored. Returns the file's new offset: pos + len, or pos if ignored.
     */
    public long procWrite(boolean hostname, long pos, byte[] buf, int off, int len) {
        byte[] old = hostname ? nodename : domainname;
        if (pos > old.length) {
            return pos;
        }
        byte[] name = Arrays.copyOf(old, Utsname.NEW_UTS_LEN);
        int n = (int) pos;
        for (int i = 0; i < len && n < Utsname.NEW_UTS_LEN; i++) {
            byte c = buf[off + i];
            if (c == 0 || c == '\n') {
                break;
            }
            name[n++] = c;
        }
        if (hostname) {
            nodename = Arrays.copyOf(name, n);
        } else {
            domainname = Arrays.copyOf(name, n);
        }
        return pos + len;
    }
}
