package miniunix.kernel.proc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

class GroupsTest {
    /**
     * As root: set the groups 1000, 100, 4 and read them back (the count alone first, then too
     * small a list, then enough); make /tmp/g root's, of group 100, mode 0640; become uid 1000
     * (gid 0) and try to set the groups again, then read /tmp/g through group 100.
     */
    static final class Grouper extends Step {
        final int[] got = new int[3];
        final int[] small = new int[2];

        {
            r = new long[8];
        }

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.Getgroups(0, 0);
                case 1: r[0] = ret; return Libc.setgroups(new int[] {1000, 100, 4});
                case 2: r[1] = ret; return Libc.getgroups(new int[0]);
                case 3: r[2] = ret; return Libc.getgroups(small);
                case 4: r[3] = ret; return Libc.getgroups(got);
                case 5: r[4] = ret; return new Syscall.Getgroups(-1, 0);
                case 6: r[5] = ret; return Libc.open("/tmp/g", Fcntl.O_WRONLY | Fcntl.O_CREAT, 0640);
                case 7: return new Syscall.Fchown((int) ret, 0, 100);
                case 8: return new Syscall.Setuid(1000);
                case 9: return Libc.setgroups(new int[] {0});
                case 10: r[6] = ret; return Libc.open("/tmp/g", Fcntl.O_RDONLY, 0);
                default: r[7] = ret; return new Syscall.Pause();
            }
        }
    }

    @Test
    void rootSetsGroupsGetgroupsReturnsThemSortedAndTheyGiveGroupAccess() {
        Kernel k = Sys.boot(new TestImage().with("/bin/grouper", Grouper::new), "/bin/grouper");
        Sys.run(k, 3);
        Grouper g = (Grouper) Sys.proc(k, Sys.pidOf(k, "grouper")).program;
        assertEquals(0, g.r[0], "a process started by the kernel has no supplementary groups");
        assertEquals(0, g.r[1]);
        assertEquals(3, g.r[2], "size 0 counts them");
        assertEquals(Errno.EINVAL.ret(), g.r[3], "a list too small for them");
        assertEquals(3, g.r[4]);
        assertArrayEquals(new int[] {4, 100, 1000}, g.got, "ascending, as Linux's groups_sort");
        assertEquals(Errno.EINVAL.ret(), g.r[5], "a negative size");
        assertEquals(Errno.EPERM.ret(), g.r[6], "setgroups needs CAP_SETGID");
        assertTrue(g.r[7] >= 0, "a supplementary group gives the file's group permissions");
        assertArrayEquals(new int[] {4, 100, 1000}, Sys.proc(k, Sys.pidOf(k, "grouper")).groups);
    }
}
