package miniunix.kernel.mm;

import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Errno;

/**
 * Copies between user addresses and the kernel through the process's page table (xv6's
 * copyin/copyout, Linux's copy_from_user/copy_to_user). Each page of the range is one
 * reference through {@link Mm#access}, taking the faults a program's own reference would
 * (zero-fill, copy-on-write on a write, swap-in), then one array copy of that page's part: a
 * 4 KiB buffer costs a walk per page, never per byte. An address outside every region, in the
 * kernel half, or against the region's permissions (a copyout to read-only memory) gives
 * EFAULT instead of the SIGSEGV the program's own reference would raise.
 *
 * <p>{@link #peek} is what a tracer reads (strace's process_vm_readv): no faults are taken,
 * a page never touched reads as zeros.
 *
 * <p>Simplified: a copy that reads a page from swap does not put the caller to sleep for the
 * disk (the fault is counted as major and the copy goes on).
 */
public final class UserCopy {
    private static final int PAGE_MASK = FrameTable.PAGE_SIZE - 1;

    private final Mm mm;

    UserCopy(Mm mm) {
        this.mm = mm;
    }

    /** Kernel buffer dst[off..off+len) gets user bytes [va, va+len) of p: 0, or -EFAULT. */
    public long copyin(Proc p, Tlb tlb, long va, byte[] dst, int off, int len) {
        return copy(p, tlb, va, dst, off, len, false);
    }

    /** User bytes [va, va+len) of p get src[off..off+len): 0, or -EFAULT. */
    public long copyout(Proc p, Tlb tlb, long va, byte[] src, int off, int len) {
        return copy(p, tlb, va, src, off, len, true);
    }

    private long copy(Proc p, Tlb tlb, long va, byte[] buf, int off, int len, boolean out) {
        AddressSpace as = p.mm;
        if (len < 0 || va < 0 || va + len < va || as == null) {
            return Errno.EFAULT.ret();
        }
        FrameData data = mm.frames.data;
        while (len > 0) {
            int r = mm.access(p, tlb, va, out);
            if (r > Mm.MAJOR || p.mm != as) {
                return Errno.EFAULT.ret();
            }
            int pfn = (int) Pte.number(as.pt.lookup(va >>> FrameTable.PAGE_SHIFT));
            int in = (int) (va & PAGE_MASK);
            int n = Math.min(len, FrameTable.PAGE_SIZE - in);
            if (out) {
                System.arraycopy(buf, off, data.write(pfn), in, n);
            } else {
                byte[] b = data.read(pfn);
                if (b == null) {
                    java.util.Arrays.fill(buf, off, off + n, (byte) 0);
                } else {
                    System.arraycopy(b, in, buf, off, n);
                }
            }
            va += n;
            off += n;
            len -= n;
        }
        return 0;
    }

    /**
     * strncpy_from_user: the C string at the user address va of p into dst[0..max), a page at
     * a time (a reference through the page table per page, as {@link #copyin}). Returns the
     * string's length (the bytes before its NUL), max when no NUL is in the first max bytes
     * (the caller's ENAMETOOLONG or E2BIG), or -EFAULT: a bad address, or a string that runs
     * off the end of its mapping unterminated.
     */
    public long strncpy(Proc p, Tlb tlb, long va, byte[] dst, int max) {
        AddressSpace as = p.mm;
        if (va <= 0 || as == null) {
            return Errno.EFAULT.ret();
        }
        FrameData data = mm.frames.data;
        int len = 0;
        while (len < max) {
            if (va + (max - len) < va) {
                return Errno.EFAULT.ret();
            }
            int r = mm.access(p, tlb, va, false);
            if (r > Mm.MAJOR || p.mm != as) {
                return Errno.EFAULT.ret();
            }
            int pfn = (int) Pte.number(as.pt.lookup(va >>> FrameTable.PAGE_SHIFT));
            int in = (int) (va & PAGE_MASK);
            int n = Math.min(max - len, FrameTable.PAGE_SIZE - in);
            byte[] b = data.read(pfn);
            if (b == null) {
                return len;     // a page never written: zeros, so the NUL is here
            }
            for (int i = 0; i < n; i++) {
                byte c = b[in + i];
                if (c == 0) {
                    return len;
                }
                dst[len++] = c;
            }
            va += n;
        }
        return max;
    }

    /**
     * True if every byte of [va, va+len) lies in a region of as that allows the access (Linux's
     * access_ok and find_vma): checked before a call that would consume data (read) so a bad
     * buffer gives EFAULT with nothing lost. Takes no fault; a stack address just below the
     * stack counts (it would grow).
     */
    public boolean accessOk(AddressSpace as, long va, long len, boolean write) {
        if (as == null || len < 0 || va < 0 || va + len < va || va + len > as.layout.taskSize()) {
            return false;
        }
        long end = va + len;
        while (va < end) {
            Vma v = as.find(va);
            if (v == null) {
                Vma s = as.stack();
                if (s == null || va >= s.start || va < as.layout.stackTop() - Layout.STACK_LIMIT) {
                    return false;
                }
                va = s.start;
                continue;
            }
            if (write ? (v.prot & Vma.PROT_WRITE) == 0 : v.prot == 0) {
                return false;
            }
            va = v.end;
        }
        return true;
    }

    /**
     * A tracer's read of [va, va+len) of as into dst[off..]: no faults, no counts; a page not
     * present reads as zeros. False (dst partly filled) if a byte lies outside every region.
     */
    public boolean peek(AddressSpace as, long va, byte[] dst, int off, int len) {
        if (as == null || len < 0 || va < 0 || va + len < va || va + len > as.layout.taskSize()) {
            return false;
        }
        FrameData data = mm.frames.data;
        while (len > 0) {
            Vma v = as.find(va);
            if (v == null || v.prot == 0) {
                return false;
            }
            long pte = as.pt.lookup(va >>> FrameTable.PAGE_SHIFT);
            byte[] b = Pte.present(pte) ? data.read((int) Pte.number(pte)) : null;
            int in = (int) (va & PAGE_MASK);
            int n = Math.min(len, FrameTable.PAGE_SIZE - in);
            if (b == null) {
                java.util.Arrays.fill(dst, off, off + n, (byte) 0);
            } else {
                System.arraycopy(b, in, dst, off, n);
            }
            va += n;
            off += n;
            len -= n;
        }
        return true;
    }
}
