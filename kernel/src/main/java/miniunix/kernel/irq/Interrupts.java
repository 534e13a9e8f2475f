package miniunix.kernel.irq;

/**
 * Interrupt and softirq counts since boot: /proc/stat's intr and softirq lines, vmstat's "in".
 * The machine's interrupts are the local timer of each CPU (once per CPU per tick the clock
 * runs; none while every CPU idles and the clock skips ahead, as with Linux's NO_HZ idle),
 * the keyboard (IRQ 1, once per byte typed on the console) and the disk (IRQ 14, once per
 * completed request). A timer interrupt raises the TIMER softirq, a disk completion BLOCK.
 *
 * <p>Linux: kernel/irq/proc.c and fs/proc/stat.c (the intr line is the total, then a count
 * per IRQ number; arch interrupts such as the local timer, LOC in /proc/interrupts, are in
 * the total only), kernel/softirq.c (softirq_to_name).
 *
 * <p>Simplified: sixteen IRQ lines (the legacy PIC's), where Linux lists every number up to
 * nr_irqs; no network, RCU or hrtimer softirqs; handlers take no CPU time.
 */
public final class Interrupts {
    /** IRQ lines listed after the total. */
    public static final int NR_IRQS = 16;
    /** The i8042 keyboard controller's line. */
    public static final int IRQ_KEYBOARD = 1;
    /** The primary ATA channel's line (the disk). */
    public static final int IRQ_DISK = 14;
    /** Linux's softirq names, in /proc/stat's order. */
    private static final int NR_SOFTIRQS = 10;
    private static final int TIMER_SOFTIRQ = 1;
    private static final int BLOCK_SOFTIRQ = 4;

    private final long[] irqs = new long[NR_IRQS];
    /** Local timer interrupts, all CPUs. */
    private long localTimer;
    private final long[] softirqs = new long[NR_SOFTIRQS];

    /** One tick ran: each of ncpus CPUs took its timer interrupt. */
    public void timerTick(int ncpus) {
        localTimer += ncpus;
        softirqs[TIMER_SOFTIRQ] += ncpus;
    }

    /** bytes were typed on the console's keyboard. */
    public void keyboard(int bytes) {
        irqs[IRQ_KEYBOARD] += bytes;
    }

    /** The disk completed a request. */
    public void disk() {
        irqs[IRQ_DISK]++;
        softirqs[BLOCK_SOFTIRQ]++;
    }

    /** Interrupts since boot, every kind (/proc/stat intr's first number, vmstat's "in"). */
    public long total() {
        long n = localTimer;
        for (long c : irqs) {
            n += c;
        }
        return n;
    }

    /** "intr TOTAL N0 N1 ... N15". */
    public String intrLine() {
        StringBuilder sb = new StringBuilder(64).append("intr ").append(total());
        for (long c : irqs) {
            sb.append(' ').append(c);
        }
        return sb.append('\n').toString();
    }

    /** "softirq TOTAL HI TIMER NET_TX NET_RX BLOCK IRQ_POLL TASKLET SCHED HRTIMER RCU". */
    public String softirqLine() {
        long total = 0;
        for (long c : softirqs) {
            total += c;
        }
        StringBuilder sb = new StringBuilder(48).append("softirq ").append(total);
        for (long c : softirqs) {
            sb.append(' ').append(c);
        }
        return sb.append('\n').toString();
    }
}
