package miniunix.kernel.uapi;

/**
 * A CPU mask (sched_setaffinity(2)'s, bit i for CPU i) as text, shared by the kernel's
 * /proc/PID/status and taskset(1).
 */
public final class CpuMask {
    private CpuMask() {
    }

    /** The mask as a list with ranges, as Linux prints it (bitmap_print_to_pagebuf): "0-1", "0,2-3". */
    public static String list(long mask) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            if ((mask & (1L << i)) == 0) {
                continue;
            }
            int j = i;
            while (j + 1 < 64 && (mask & (1L << (j + 1))) != 0) {
                j++;
            }
            sb.append(sb.length() == 0 ? "" : ",").append(i);
            if (j > i) {
                sb.append('-').append(j);
            }
            i = j;
        }
        return sb.toString();
    }
}
