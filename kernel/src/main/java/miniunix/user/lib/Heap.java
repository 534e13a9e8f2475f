package miniunix.user.lib;

import java.util.Arrays;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Touch;
import miniunix.kernel.uapi.Trap;

/**
 * A program's heap as the C library keeps it: a base learnt from brk(0), a break moved up in
 * steps of at least {@link #TOP_PAD} as reservations outgrow it (glibc's M_TOP_PAD), and the
 * touches the program makes of its data, queued until its next trap and then handed to the
 * kernel as Touch traps. Offsets are from the heap's start, so reservations work before the
 * first brk.
 *
 * <p>Simplified: free never gives memory back (glibc trims only a large free top); a brk that
 * fails drops the queued touches, as a program that ignored malloc's NULL would not go on.
 */
final class Heap {
    /** The least the break moves by: 128 KiB. */
    static final long TOP_PAD = 128 * 1024;
    private static final int PAGE = 4096;

    private long base = -1;
    private long brk;
    private long used;
    private long[] off = new long[4];
    private long[] len = new long[4];
    private boolean[] write = new boolean[4];
    private int queued;
    private int next;
    private boolean askedBase;
    private long wanted;

    long reserve(long bytes) {
        long at = used;
        used += (bytes + 15) & ~15L;
        return at;
    }

    void touch(long offset, long n, boolean w) {
        if (n <= 0) {
            return;
        }
        if (queued == off.length) {
            off = Arrays.copyOf(off, queued * 2);
            len = Arrays.copyOf(len, queued * 2);
            write = Arrays.copyOf(write, queued * 2);
        }
        off[queued] = offset;
        len[queued] = n;
        write[queued] = w;
        queued++;
    }

    boolean busy() {
        return next < queued;
    }

    /** The next heap trap given the last one's result, or null when the queue is done. */
    Trap next(long ret) {
        if (askedBase) {
            askedBase = false;
            if (base < 0) {
                base = ret;
                brk = ret;
            } else if (ret < wanted) {
                queued = next = 0;
                return null;
            } else {
                brk = ret;
            }
        }
        if (next == queued) {
            queued = next = 0;
            return null;
        }
        if (base < 0 || base + used > brk) {
            askedBase = true;
            wanted = base < 0 ? 0 : (base + used + TOP_PAD + PAGE - 1) & ~(long) (PAGE - 1);
            return new Syscall.Brk(wanted);
        }
        int i = next++;
        return new Touch(base + off[i], len[i], write[i]);
    }

    Heap copy() {
        Heap h = new Heap();
        h.base = base;
        h.brk = brk;
        h.used = used;
        return h;
    }
}
