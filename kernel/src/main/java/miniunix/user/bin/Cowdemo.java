package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Mman;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Touch;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Proc;

/**
 * cowdemo [PAGES [WRITES]]: copy-on-write after fork, shown with the frames. The parent maps
 * PAGES (default 4) anonymous pages and writes them, then forks; the child stops itself, so
 * the parent can show that both map the same frames; then the child writes its first WRITES
 * (default 2) pages and stops again, and the parent shows which pages were copied to new
 * frames, the child's minor faults for those writes (/proc/PID/stat's minflt), and the counts.
 * Frames come from the page-table walk (the translate syscall, as translate(1) shows it).
 */
public final class Cowdemo extends Proc {
    private static final String USAGE = "Usage: cowdemo [PAGES [WRITES]]\n"
            + "Fork, then write: show the frames parent and child share and the copies.\n";
    private static final long PAGE = Mman.PAGE_SIZE;
    private static final int MAX_PAGES = 64;
    private static final int DEFAULT_PAGES = 4;
    private static final int DEFAULT_WRITES = 2;
    private static final int TRANSLATE_BUF = 8192;
    /** minflt's index among /proc/PID/stat's fields after the comm (field 10, state is 3). */
    private static final int MINFLT_AFTER_COMM = 7;
    private static final String FRAME_MARK = "(frame 0x";

    private enum Pc {
        START, MAPPED, WRITTEN, PID, WALK_PARENT, FORKED,
        STOPPED, STAT, WALK_CHILD, CONTINUED,
        CHILD_PID, CHILD_STOPPED, CHILD_WROTE, CHILD_DONE,
        REAPED
    }

    private Pc pc = Pc.START;
    private int pages = DEFAULT_PAGES;
    private int writes = DEFAULT_WRITES;
    private long addr;
    private int self;
    private int child;
    /** 0: the child stopped after fork; 1: after its writes. */
    private int round;
    private int page;
    private long[] parentFrames;
    private long[] sharedFrames;
    private long[] childFrames;
    private long faultsBefore;
    private long faultsAfter;
    private byte[] buf = new byte[TRANSLATE_BUF];
    private int[] wstatus = new int[1];
    private Fetch stat;

    public Cowdemo(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void deepen() {
        buf = buf.clone();
        wstatus = wstatus.clone();
        parentFrames = parentFrames == null ? null : parentFrames.clone();
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case MAPPED:
                if (ret < 0) {
                    return fail(1, "mmap: " + Errno.strerror(ret));
                }
                addr = ret;
                pc = Pc.WRITTEN;
                return new Touch(addr, pages * PAGE, true);
            case WRITTEN:
                pc = Pc.PID;
                return new Syscall.Getpid();
            case PID:
                self = (int) ret;
                out.print(String.format(Locale.ROOT,
                        "parent %d maps %d page%s at 0x%x and writes %s\n", self, pages,
                        pages == 1 ? "" : "s", addr, pages == 1 ? "it" : "them"));
                parentFrames = new long[pages];
                page = 0;
                pc = Pc.WALK_PARENT;
                return walk(self, 0);
            case WALK_PARENT:
                parentFrames[page] = frame(ret);
                if (++page < pages) {
                    return walk(self, page);
                }
                pc = Pc.FORKED;
                return new Syscall.Fork();
            case FORKED:
                return forked(ret);
            case STOPPED:
                return stopped(ret);
            case STAT:
                return statNext(ret);
            case WALK_CHILD:
                return walkChild(ret);
            case CONTINUED:
                pc = round == 0 ? Pc.STOPPED : Pc.REAPED;
                round++;
                return Libc.wait4(child, wstatus, round == 1 ? Wait.WUNTRACED : 0);
            case REAPED:
                return reaped(ret);
            case CHILD_PID:
                pc = Pc.CHILD_STOPPED;
                self = (int) ret;
                return new Syscall.Kill(self, Signal.SIGSTOP.number);
            case CHILD_STOPPED:
                pc = Pc.CHILD_WROTE;
                return new Touch(addr, writes * PAGE, true);
            case CHILD_WROTE:
                pc = Pc.CHILD_DONE;
                return new Syscall.Kill(self, Signal.SIGSTOP.number);
            default:
                return exit(0);
        }
    }

    private Trap start() {
        List<String> a = argv.subList(1, argv.size());
        if (a.contains("--help")) {
            out.print(USAGE);
            return exit(0);
        }
        for (String s : a) {
            if (s.startsWith("-")) {
                return fail(1, "unrecognized option '" + s + "'\n" + USAGE);
            }
        }
        if (a.size() > 2) {
            return fail(1, "extra operand '" + a.get(2) + "'\n" + USAGE);
        }
        if (!a.isEmpty()) {
            pages = count(a.get(0));
            if (pages < 1 || pages > MAX_PAGES) {
                return fail(1, "invalid number of pages '" + a.get(0) + "' (1 to " + MAX_PAGES + ")");
            }
            writes = Math.min(writes, pages);
        }
        if (a.size() == 2) {
            writes = count(a.get(1));
            if (writes < 0 || writes > pages) {
                return fail(1, "invalid number of writes '" + a.get(1) + "' (0 to " + pages + ")");
            }
        }
        pc = Pc.MAPPED;
        return new Syscall.Mmap(0, pages * PAGE, Mman.PROT_READ | Mman.PROT_WRITE,
                Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0);
    }

    private Trap forked(long ret) {
        if (ret < 0) {
            return fail(1, "fork: " + Errno.strerror(ret));
        }
        if (ret == 0) {
            pc = Pc.CHILD_PID;
            return new Syscall.Getpid();
        }
        child = (int) ret;
        out.print(String.format(Locale.ROOT,
                "fork: child %d gets the parent's page table; each page is read-only in both,"
                        + " marked copy-on-write\n", child));
        pc = Pc.STOPPED;
        return Libc.wait4(child, wstatus, Wait.WUNTRACED);
    }

    /** The child stopped itself: read its minflt, then walk its pages. */
    private Trap stopped(long ret) {
        if (ret < 0 || !Wait.ifStopped(wstatus[0])) {
            return fail(1, "child " + child + " ended before it stopped");
        }
        stat = new Fetch(Fetch.Kind.FILE, "/proc/" + child + "/stat", 0).use(new byte[TRANSLATE_BUF]);
        pc = Pc.STAT;
        return statNext(0);
    }

    private Trap statNext(long ret) {
        Trap t = stat.next(ret);
        if (t != null) {
            return t;
        }
        if (stat.error < 0) {
            return fail(1, stat.path + ": " + Errno.strerror(stat.error));
        }
        String text = stat.text();
        String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
        long minflt = Long.parseLong(f[MINFLT_AFTER_COMM]);
        if (round == 0) {
            faultsBefore = minflt;
            sharedFrames = new long[pages];
        } else {
            faultsAfter = minflt;
            childFrames = new long[pages];
        }
        page = 0;
        pc = Pc.WALK_CHILD;
        return walk(child, 0);
    }

    private Trap walkChild(long ret) {
        long[] into = round == 0 ? sharedFrames : childFrames;
        into[page] = frame(ret);
        if (++page < pages) {
            return walk(child, page);
        }
        if (round == 0) {
            table(sharedFrames);
            out.print(String.format(Locale.ROOT, "child %d writes %s\n", child,
                    writes == 0 ? "nothing" : writes == 1 ? "page 0" : "pages 0-" + (writes - 1)));
        } else {
            table(childFrames);
        }
        pc = Pc.CONTINUED;
        return new Syscall.Kill(child, Signal.SIGCONT.number);
    }

    /** The child is gone: the counts. */
    private Trap reaped(long ret) {
        if (ret < 0) {
            return fail(1, "wait4: " + Errno.strerror(ret));
        }
        int copied = 0;
        Set<Long> frames = new HashSet<>();
        for (int i = 0; i < pages; i++) {
            copied += childFrames[i] != sharedFrames[i] ? 1 : 0;
            frames.add(parentFrames[i]);
            frames.add(childFrames[i]);
        }
        out.print(String.format(Locale.ROOT,
                "%d page%s copied, %d still shared; the child's writes took %d minor fault%s;"
                        + " %d frames hold the %d pages of both\n",
                copied, copied == 1 ? "" : "s", pages - copied, faultsAfter - faultsBefore,
                faultsAfter - faultsBefore == 1 ? "" : "s", frames.size(), 2 * pages));
        return exit(0);
    }

    /** One row a page: its address, the parent's frame, the child's, shared or copied. */
    private void table(long[] childNow) {
        out.print("page  address         parent  child\n");
        for (int i = 0; i < pages; i++) {
            String how = childNow[i] < 0 || parentFrames[i] < 0 ? "not resident"
                    : childNow[i] == parentFrames[i] ? "shared" : "copied";
            out.print(String.format(Locale.ROOT, "%-4d  0x%-12x  %-6s  %-6s  %s\n", i,
                    addr + i * PAGE, hex(parentFrames[i]), hex(childNow[i]), how));
        }
    }

    private Trap walk(int pid, int i) {
        return Libc.translate(pid, addr + i * PAGE, buf);
    }

    /** The frame a translate walk ended in, or -1 when it ended in a fault. */
    private long frame(long ret) {
        if (ret < 0) {
            return -1;
        }
        String s = new String(buf, 0, (int) ret, StandardCharsets.UTF_8);
        int at = s.lastIndexOf(FRAME_MARK);
        if (at < 0) {
            return -1;
        }
        int from = at + FRAME_MARK.length();
        int to = from;
        while (to < s.length() && Character.digit(s.charAt(to), 16) >= 0) {
            to++;
        }
        return Long.parseLong(s.substring(from, to), 16);
    }

    private static String hex(long frame) {
        return frame < 0 ? "-" : String.format(Locale.ROOT, "0x%x", frame);
    }

    /** A small decimal count, or -1 if s is not one. */
    private static int count(String s) {
        return s.matches("[0-9]{1,4}") ? Integer.parseInt(s) : -1;
    }
}
