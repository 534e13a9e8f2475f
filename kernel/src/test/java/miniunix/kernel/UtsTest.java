package miniunix.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Utsname;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

class UtsTest {
    /**
     * As root: uname before anyone named the machine; sethostname "box" and read it back by
     * uname and /proc/sys/kernel/hostname; too long a name, a negative length, a bad address;
     * a write to /proc/sys/kernel/hostname; then as uid 1000, sethostname (even a bad one)
     * and an open of the file for writing.
     */
    static final class Namer extends Step {
        final byte[] first = new byte[Utsname.SIZE];
        final byte[] named = new byte[Utsname.SIZE];
        final byte[] written = new byte[Utsname.SIZE];
        final byte[] proc = new byte[80];

        {
            r = new long[17];
        }

        /** Each call's result lands in r[the number of its case]. */
        @Override
        protected Trap step(long ret) {
            if (pc > 0) {
                r[pc - 1] = ret;
            }
            switch (pc++) {
                case 0: return Libc.uname(first);
                case 1: return Libc.sethostname(bytes("box"));
                case 2: return Libc.uname(named);
                case 3: return Libc.open("/proc/sys/kernel/hostname", Fcntl.O_RDONLY, 0);
                case 4: return Libc.read((int) ret, proc, 0, proc.length);
                case 5: return Libc.sethostname(bytes("x".repeat(Utsname.NEW_UTS_LEN + 1)));
                case 6: return new Syscall.Sethostname(0x1000, -1);
                case 7: return new Syscall.Sethostname(0, 3);
                case 8: return Libc.open("/proc/sys/kernel/hostname", Fcntl.O_WRONLY, 0);
                case 9: return Libc.write((int) ret, bytes("web\nignored"), 0, 11);
                case 10: return Libc.uname(written);
                case 11: return new Syscall.Setuid(1000);
                case 12: return Libc.sethostname(bytes("user"));
                case 13: return new Syscall.Sethostname(0, -1);
                case 14: return Libc.open("/proc/sys/kernel/hostname", Fcntl.O_WRONLY, 0);
                case 15: return new Syscall.Uname(0);
                default: return new Syscall.Pause();
            }
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void rootNamesTheMachineWithSethostnameAndUnameReadsItBack() {
        Kernel k = Sys.boot(new TestImage().with("/bin/namer", Namer::new), "/bin/namer");
        Sys.run(k, 3);
        Namer n = (Namer) Sys.proc(k, Sys.pidOf(k, "namer")).program;
        assertEquals(0, n.r[0]);
        assertEquals("Linux", Utsname.field(n.first, Utsname.SYSNAME_FIELD));
        assertEquals("(none)", Utsname.field(n.first, Utsname.NODENAME_FIELD),
                "no one has named the machine: Linux's UTS_NODENAME");
        assertEquals(Utsname.RELEASE, Utsname.field(n.first, Utsname.RELEASE_FIELD));
        assertEquals(Utsname.VERSION, Utsname.field(n.first, Utsname.VERSION_FIELD));
        assertEquals("x86_64", Utsname.field(n.first, Utsname.MACHINE_FIELD));
        assertEquals("(none)", Utsname.field(n.first, Utsname.DOMAINNAME_FIELD));
        assertEquals(0, n.r[1]);
        assertEquals("box", Utsname.field(n.named, Utsname.NODENAME_FIELD));
        assertEquals("box\n", new String(n.proc, 0, (int) n.r[4], StandardCharsets.UTF_8));
        assertEquals(Errno.EINVAL.ret(), n.r[5], "longer than __NEW_UTS_LEN");
        assertEquals(Errno.EINVAL.ret(), n.r[6], "a negative length");
        assertEquals(Errno.EFAULT.ret(), n.r[7]);
        assertEquals(11, n.r[9], "the whole write is taken");
        assertEquals("web", Utsname.field(n.written, Utsname.NODENAME_FIELD),
                "proc_dostring stops at the newline");
        assertEquals(Errno.EPERM.ret(), n.r[12], "sethostname needs CAP_SYS_ADMIN");
        assertEquals(Errno.EPERM.ret(), n.r[13], "EPERM comes before EINVAL");
        assertEquals(Errno.EACCES.ret(), n.r[14], "the file is root's, mode 0644");
        assertEquals(Errno.EFAULT.ret(), n.r[15]);
        assertEquals("web", new String(k.uts().nodename(), StandardCharsets.UTF_8));
    }
}
