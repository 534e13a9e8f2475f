package miniunix.kernel.uapi;

/**
 * Scheduling policies of sched_setscheduler(2) as Linux numbers them (include/uapi/linux/sched.h),
 * and their priority ranges (sched_get_priority_min/max). SCHED_FIFO and SCHED_RR are the
 * real-time classes, served before every other process; the others belong to the machine's
 * time-sharing policy (CFS by default), SCHED_IDLE with the least weight there.
 * SCHED_DEADLINE is named so tools can print it; the kernel refuses it (EINVAL).
 */
public final class SchedPolicy {
    public static final int SCHED_OTHER = 0;
    public static final int SCHED_FIFO = 1;
    public static final int SCHED_RR = 2;
    public static final int SCHED_BATCH = 3;
    public static final int SCHED_IDLE = 5;
    public static final int SCHED_DEADLINE = 6;
    /** Or-ed into the policy: a child forked from it starts as SCHED_OTHER, nice 0 at most. */
    public static final int SCHED_RESET_ON_FORK = 0x40000000;
    /** The highest real-time priority (MAX_RT_PRIO - 1). */
    public static final int RT_PRIO_MAX = 99;

    private SchedPolicy() {
    }

    /** True for the real-time policies. */
    public static boolean realtime(int policy) {
        return policy == SCHED_FIFO || policy == SCHED_RR;
    }

    /** The policy's name as chrt and strace print it ("SCHED_RR"), or null for no policy. */
    public static String name(int policy) {
        return switch (policy) {
            case SCHED_OTHER -> "SCHED_OTHER";
            case SCHED_FIFO -> "SCHED_FIFO";
            case SCHED_RR -> "SCHED_RR";
            case SCHED_BATCH -> "SCHED_BATCH";
            case SCHED_IDLE -> "SCHED_IDLE";
            case SCHED_DEADLINE -> "SCHED_DEADLINE";
            default -> null;
        };
    }

    /** sched_get_priority_max(2): 99 for the real-time policies, 0 for the others; -1 if none. */
    public static int priorityMax(int policy) {
        return name(policy) == null ? -1 : realtime(policy) ? RT_PRIO_MAX : 0;
    }

    /** sched_get_priority_min(2): 1 for the real-time policies, 0 for the others; -1 if none. */
    public static int priorityMin(int policy) {
        return name(policy) == null ? -1 : realtime(policy) ? 1 : 0;
    }
}
