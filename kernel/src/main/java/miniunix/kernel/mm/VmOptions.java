package miniunix.kernel.mm;

import java.util.Optional;
import miniunix.kernel.mm.replace.Policy;

/**
 * How virtual memory is set up at boot.
 *
 * @param vmBits   virtual-address width: 32 (two-level tables, 10/10/12) or 48 (four, 9/9/9/9/12)
 * @param tlbSize  entries of each CPU's TLB
 * @param asids    keep TLB entries across context switches, tagged with address-space ids;
 *                 false flushes the TLB on every switch to another address space
 * @param swapBytes size of the swap area (0: no swap)
 * @param policy   page-replacement policy name (sysctl vm.policy)
 */
public record VmOptions(int vmBits, int tlbSize, boolean asids, long swapBytes, String policy) {
    public static final int TLB_DEFAULT = 64;
    public static final int TLB_MAX = 4096;
    /** Largest swap area: 64 GiB. */
    public static final long SWAP_MAX = 64L << 30;

    public VmOptions {
        if (vmBits != 32 && vmBits != 48) {
            throw new IllegalArgumentException("vm must be 32 or 48");
        }
        if (tlbSize < 1 || tlbSize > TLB_MAX) {
            throw new IllegalArgumentException("TLB size must be 1..4096");
        }
        if (swapBytes < 0 || swapBytes > SWAP_MAX) {
            throw new IllegalArgumentException("swap must be 0..64G");
        }
        String why = policyError(policy);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    /**
     * Why name cannot be the live replacement policy, or null if it can: unknown names, and
     * opt and unopt, which need the future (only vm replay runs them).
     */
    public static String policyError(String name) {
        Optional<Policy> p = Policy.parse(name);
        if (p.isEmpty()) {
            return "'" + name + "' is not a policy (fifo, lru, clock, random, mru)";
        }
        if (p.get().needsFuture()) {
            return name + " needs the future: only vm replay runs it";
        }
        return null;
    }

    public static VmOptions defaults() {
        return new VmOptions(48, TLB_DEFAULT, false, 0, "clock");
    }

    public VmOptions withVmBits(int b) {
        return new VmOptions(b, tlbSize, asids, swapBytes, policy);
    }

    public VmOptions withSwapBytes(long s) {
        return new VmOptions(vmBits, tlbSize, asids, s, policy);
    }

    public VmOptions withTlb(int size, boolean tagged) {
        return new VmOptions(vmBits, size, tagged, swapBytes, policy);
    }

    public VmOptions withPolicy(String p) {
        return new VmOptions(vmBits, tlbSize, asids, swapBytes, p);
    }
}
