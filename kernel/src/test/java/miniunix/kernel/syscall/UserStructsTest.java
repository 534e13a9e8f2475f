package miniunix.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.Mman;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.StatfsBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.SyscallText;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/**
 * The structs the kernel copies out to user addresses, in Linux x86-64's layouts, and EFAULT
 * for an address the caller can't use.
 */
class UserStructsTest {

    /** Makes calls, one a step, with buffers in a page it maps; keeps each result and page. */
    abstract static class Calls extends Step {
        long page;
        List<Long> results = new ArrayList<>();
        List<byte[]> pages = new ArrayList<>();

        @Override
        public miniunix.kernel.uapi.Program copy() {
            Calls c = (Calls) super.copy();
            c.results = new ArrayList<>(results);
            c.pages = new ArrayList<>(pages);
            return c;
        }

        /** The fd the first call (an open) returned. */
        int fd() {
            return results.get(0).intValue();
        }

        /** The i-th call (page is mapped), or null when done. */
        abstract Trap call(int i);

        @Override
        protected Trap step(long ret) {
            if (pc == 0) {
                pc++;
                return new Syscall.Mmap(0, 4096, Mman.PROT_READ | Mman.PROT_WRITE,
                        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0);
            }
            if (pc == 1) {
                page = ret;
            } else {
                results.add(ret);
                byte[] b = new byte[4096];
                Libc.memory().load(page, b, 0, b.length);
                pages.add(b);
            }
            Trap t = call(pc++ - 1);
            return t != null ? t : new Syscall.Pause();
        }
    }

    private static <T extends Calls> T run(T program) {
        Kernel k = Sys.boot(new TestImage().with("/bin/calls", () -> program)
                .file("/etc/motd", "hello\n"), "/bin/calls");
        Sys.run(k, 20);
        @SuppressWarnings("unchecked")
        T p = (T) Sys.proc(k, Sys.pidOf(k, "calls")).program;
        return p;
    }

    @Test
    void statLandsAtStructStatsOffsets() {
        Calls p = run(new Calls() {
            Trap call(int i) {
                return switch (i) {
                    case 0 -> new Syscall.Stat(Libc.str("/etc/motd", 0), page + 8);
                    case 1 -> Libc.open("/dev/null", 0, 0);
                    case 2 -> new Syscall.Fstat(results.get(1).intValue(), page + 512);
                    default -> null;
                };
            }
        });
        assertEquals(0L, (long) p.results.get(0));
        assertEquals(0L, (long) p.results.get(2));
        byte[] b = p.pages.get(0);
        int o = 8;
        assertTrue(Le.getLong(b, o + 8) > 0, "st_ino");
        assertEquals(1, Le.getLong(b, o + 16), "st_nlink");
        assertEquals(StatBuf.S_IFREG | 0644, Le.getInt(b, o + 24), "st_mode");
        assertEquals(StatBuf.TMPFS_DEV, Le.getLong(b, o), "st_dev: the root tmpfs, 0,2");
        assertEquals(6, Le.getLong(b, o + 48), "st_size");
        assertEquals(4096, Le.getLong(b, o + 56), "st_blksize");
        assertEquals(8, Le.getLong(b, o + 64), "st_blocks: one tmpfs page");
        assertEquals(0, b[o - 1], "nothing before the struct");
        assertEquals(0, b[o + StatBuf.SIZE], "nothing after it");
        StatBuf dev = StatBuf.decode(p.pages.get(2), 512);
        assertTrue(dev.isCharDevice(), "fstat of /dev/null");
        assertEquals(1, dev.rdevMajor());
        assertEquals(3, dev.rdevMinor());
        assertEquals(0, dev.blocks, "a device holds no blocks");
        assertEquals(0, dev.devMajor(), "an anonymous device holds it: major 0");
        assertEquals(2, dev.devMinor());
    }

    @Test
    void aBadAddressIsEfaultAndStraceShowsTheAddress() {
        Calls p = run(new Calls() {
            Trap call(int i) {
                return switch (i) {
                    case 0 -> new Syscall.Stat(Libc.str("/etc", 0), 0x10);
                    case 1 -> new Syscall.Stat(Libc.str("/etc", 0), 0);
                    case 2 -> new Syscall.Stat(Libc.str("/nonexistent", 0), 0x10);    // ENOENT comes first
                    case 3 -> new Syscall.Stat(Libc.str("/etc", 0), page + 4000);       // runs off the page
                    case 4 -> new Syscall.Statfs(Libc.str("/", 0), 0x7fff_ffff_ffffL);
                    case 5 -> new Syscall.Getdents64(99, 0x10, 100);        // EBADF first
                    default -> null;
                };
            }
        });
        long efault = Errno.EFAULT.ret();
        assertEquals(List.of(efault, efault, Errno.ENOENT.ret(), efault, efault, Errno.EBADF.ret()),
                p.results);
        Syscall.Stat bad = new Syscall.Stat(0x4000, 0x10);
        assertEquals("stat(0x4000, 0x10)", SyscallText.call(bad, efault), "no memory to read: addresses");
        assertEquals("-1 EFAULT (Bad address)", SyscallText.result(bad, efault, false));
    }

    @Test
    void statfsFillsStructStatfs() {
        Calls p = run(new Calls() {
            Trap call(int i) {
                return i == 0 ? new Syscall.Statfs(Libc.str("/", 0), page) : null;
            }
        });
        byte[] b = p.pages.get(0);
        assertEquals(0x01021994L, Le.getLong(b, 0), "f_type TMPFS_MAGIC");
        assertEquals(4096, Le.getLong(b, 8), "f_bsize");
        StatfsBuf st = new StatfsBuf();
        st.decodeFrom(b, 0);
        assertTrue(st.blocks > 0 && st.bfree <= st.blocks && st.files > 0);
        assertEquals(255, Le.getLong(b, 64), "f_namelen");
    }

    @Test
    void getdents64WritesLinuxDirent64Records() {
        Calls p = run(new Calls() {
            Trap call(int i) {
                return switch (i) {
                    case 0 -> Libc.open("/etc", 0, 0);
                    case 1 -> new Syscall.Getdents64(fd(), page, 20);      // too small for one record
                    case 2 -> new Syscall.Getdents64(fd(), page, 4096);
                    case 3 -> new Syscall.Getdents64(fd(), page + 2048, 2048);
                    default -> null;
                };
            }
        });
        assertEquals(Errno.EINVAL.ret(), (long) p.results.get(1));
        long n = p.results.get(2);
        byte[] b = p.pages.get(2);
        List<String> names = new ArrayList<>();
        int off = 0;
        while (off < n) {
            int reclen = Le.getShort(b, off + 16);
            assertEquals(0, reclen % 8, "d_reclen 8-aligned");
            assertEquals(off + reclen, Le.getLong(b, off + 8), "d_off: where the next one starts");
            assertTrue(Le.getLong(b, off) > 0, "d_ino");
            int end = off + 19;
            while (b[end] != 0) {
                end++;
            }
            String name = new String(b, off + 19, end - off - 19, StandardCharsets.UTF_8);
            names.add(name + ":" + b[off + 18]);
            off += reclen;
        }
        assertEquals(n, off);
        assertEquals(".:4", names.get(0));
        assertEquals("..:4", names.get(1));
        assertTrue(names.contains("motd:8"), names.toString());
        assertEquals(0L, (long) p.results.get(3), "then the end");
    }

    @Test
    void rtSigactionsOldactIsAStructSigactionAndABadOneIsEfaultAfterTheChange() {
        long handler = 0x401000;
        int flags = SigAction.SA_RESTART;
        long usr2 = Signal.mask(Signal.SIGUSR2.number);
        int usr1 = Signal.SIGUSR1.number;
        Calls p = run(new Calls() {
            Trap call(int i) {
                return switch (i) {
                    case 0 -> new Syscall.RtSigaction(usr1, handler, usr2, flags, 0);
                    case 1 -> new Syscall.RtSigaction(usr1, SigAction.SIG_IGN, 0, 0, page + 64);
                    case 2 -> new Syscall.RtSigaction(usr1, SigAction.SIG_DFL, 0, 0, 0x10);
                    case 3 -> new Syscall.RtSigaction(usr1, Syscall.RtSigaction.QUERY, 0, 0, page + 128);
                    case 4 -> new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_BLOCK, usr2, 0x10);
                    case 5 -> new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_BLOCK, 0, page + 256);
                    case 6 -> new Syscall.RtSigpending(0);
                    default -> null;
                };
            }
        });
        long efault = Errno.EFAULT.ret();
        assertEquals(List.of(0L, 0L, efault, 0L, efault, 0L, efault), p.results);
        byte[] b = p.pages.get(1);
        assertEquals(handler, Le.getLong(b, 64), "sa_handler");
        assertEquals(flags, Le.getLong(b, 64 + 8), "sa_flags");
        assertEquals(0, Le.getLong(b, 64 + 16), "sa_restorer");
        assertEquals(usr2, Le.getLong(b, 64 + 24), "sa_mask");
        assertEquals(SigAction.SIG_DFL, Le.getLong(p.pages.get(3), 128),
                "the SIG_DFL whose oldact was EFAULT was set all the same, as Linux");
        assertEquals(usr2, Le.getLong(p.pages.get(5), 256), "so was the mask whose oldset was EFAULT");
    }

    @Test
    void aBlockedWait4StoresTheStatusWhenItCompletesAndPipeIsEfaultWithNoFdsLeft() {
        Calls p = run(new Calls() {
            Trap call(int i) {
                if (i == 1 && results.get(0) == 0) {
                    return new Syscall.Nanosleep(50_000_000L);      // the child: sleeps, exits 7
                }
                if (i == 2 && results.get(0) == 0) {
                    return new Syscall.Exit(7);
                }
                return switch (i) {
                    case 0 -> new Syscall.Fork();
                    case 1 -> new Syscall.Wait4(-1, page + 40, 0, page + 512);  // sleeps first
                    case 2 -> new Syscall.Pipe(0x10);
                    case 3 -> new Syscall.Pipe(page + 100);
                    default -> null;
                };
            }
        });
        long child = p.results.get(0);
        assertEquals(child, (long) p.results.get(1));
        byte[] b = p.pages.get(1);
        assertEquals(7 << 8, Le.getInt(b, 40), "the status, stored when the call completed");
        assertEquals(Errno.EFAULT.ret(), (long) p.results.get(2));
        assertEquals(0L, (long) p.results.get(3));
        byte[] fds = p.pages.get(3);
        assertEquals(List.of(0, 1), List.of(Le.getInt(fds, 100), Le.getInt(fds, 104)),
                "the fds of the failed pipe were closed again");
        assertEquals("pipe(0x10)", SyscallText.call(new Syscall.Pipe(0x10), Errno.EFAULT.ret()));
    }

    @Test
    void aBlockedPollStoresReventsWhenItCompletes() {
        Calls p = run(new Calls() {
            Trap call(int i) {
                boolean child = i >= 2 && results.get(1) == 0;
                if (child) {
                    return switch (i) {
                        case 2 -> new Syscall.Nanosleep(50_000_000L);   // the poller sleeps first
                        case 3 -> {
                            Libc.memory().store(page + 300, new byte[] {'x'}, 0, 1);
                            yield new Syscall.Write(1, page + 300, 1);
                        }
                        default -> new Syscall.Exit(0);
                    };
                }
                return switch (i) {
                    case 0 -> new Syscall.Pipe(page);                   // no fds open: 0 and 1
                    case 1 -> new Syscall.Fork();
                    case 2 -> {
                        byte[] fd = new byte[PollFd.SIZE];
                        PollFd.encode(new PollFd[] {new PollFd(0, PollFd.POLLIN)}, fd);
                        Libc.memory().store(page + 200, fd, 0, fd.length);
                        yield new Syscall.Poll(page + 200, 1, -1);      // sleeps: the pipe is empty
                    }
                    default -> null;
                };
            }
        });
        assertEquals(1L, (long) p.results.get(2), "one fd ready, after the child's write");
        PollFd back = PollFd.decode(java.util.Arrays.copyOfRange(p.pages.get(2), 200, 208), 1)[0];
        assertEquals(0, back.fd);
        assertEquals(PollFd.POLLIN, back.revents, "revents, stored when the call completed");
    }

    @Test
    void pathsAreCStringsCopiedInThroughThePageTable() {
        String tooLong = "/" + "a".repeat(4095);      // 4096 bytes: no NUL within PATH_MAX
        String longest = "/" + "a".repeat(4094);      // 4095 bytes and the NUL: looked up
        Calls p = run(new Calls() {
            long two;

            Trap call(int i) {
                return switch (i) {
                    case 0 -> new Syscall.Mmap(0, 8192, Mman.PROT_READ | Mman.PROT_WRITE,
                            Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0);
                    case 1 -> {
                        two = results.get(0);
                        yield new Syscall.Munmap(two + 4096, 4096);  // nothing mapped after its page
                    }
                    case 2 -> {
                        byte[] etc = "/etc/".getBytes(StandardCharsets.US_ASCII);
                        Libc.memory().store(two + 4096 - etc.length, etc, 0, etc.length);
                        yield new Syscall.Stat(two + 4096 - etc.length, page);   // runs off: EFAULT
                    }
                    case 3 -> {
                        byte[] etc = "/etc\0".getBytes(StandardCharsets.US_ASCII);
                        Libc.memory().store(two + 4096 - etc.length, etc, 0, etc.length);
                        yield new Syscall.Stat(two + 4096 - etc.length, page);   // NUL on the last byte
                    }
                    case 4 -> new Syscall.Stat(0x10, page);
                    case 5 -> new Syscall.Open(0, 0, 0);
                    case 6 -> Libc.stat(tooLong, new StatBuf());
                    case 7 -> Libc.stat(longest, new StatBuf());
                    case 8 -> new Syscall.Rename(Libc.str("/tmp/x", 0), 0x10);
                    default -> null;
                };
            }
        });
        long efault = Errno.EFAULT.ret();
        assertEquals(List.of(efault, 0L, efault, efault, Errno.ENAMETOOLONG.ret(), Errno.ENOENT.ret(),
                efault), p.results.subList(2, 9));
        assertTrue(StatBuf.decode(p.pages.get(3), 0).isDir(), "stat of /etc");
    }

    @Test
    void execveCopiesInArgvAndEnvpArraysWithLinuxsErrors() {
        String big = "x".repeat(Syscall.Execve.MAX_ARG_STRLEN);     // with its NUL: one too many
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            many.add("y".repeat(Syscall.Execve.MAX_ARG_STRLEN - 1));  // 17 x 128 KiB > ARG_MAX
        }
        Calls p = run(new Calls() {
            Trap call(int i) {
                return switch (i) {
                    case 0 -> new Syscall.Execve(Libc.str("/bin/calls", 0), 0x10, 0);
                    case 1 -> {
                        byte[] argv = new byte[16];
                        Le.putLong(argv, 0, 0x10);                   // a bad string pointer
                        Libc.memory().store(page, argv, 0, argv.length);
                        yield new Syscall.Execve(Libc.str("/bin/calls", 0), page, 0);
                    }
                    case 2 -> Libc.execve("/bin/calls", List.of("calls", big), List.of());
                    case 3 -> Libc.execve("/bin/calls", List.of("calls"), many);
                    case 4 -> Libc.execve("/nonexistent", List.of("x"), List.of("A=1"));
                    case 5 -> new Syscall.Execve(0x10, 0, 0);
                    default -> null;
                };
            }
        });
        long efault = Errno.EFAULT.ret();
        long e2big = Errno.E2BIG.ret();
        assertEquals(List.of(efault, efault, e2big, e2big, Errno.ENOENT.ret(), efault), p.results);
    }
}
