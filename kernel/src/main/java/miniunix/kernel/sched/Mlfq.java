package miniunix.kernel.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;

/**
 * Multi-level feedback queue (OSTEP chapter 8; shared/EXPERIMENTS.md section 2 is the
 * contract). Level 0 is the highest. New procs start at level 0; the head of the highest
 * non-empty level runs, round robin within a level; a quantum is a number of ticks, an
 * allotment a number of quanta a proc may use at a level before it moves down one. The
 * allotment is counted across blocking and yielding (nothing is refilled when a proc sleeps,
 * unless io-stay), so a proc can't keep its level by yielding just before its quantum ends.
 * Every boost ticks all procs go back to level 0.
 *
 * <p>A preempted proc goes back to the head of its level and carries on with the rest of its
 * quantum. A proc woken with io-front goes to the head of its level, in front of the proc
 * running at that level, which is thereby preempted. A proc that was away (asleep) across a
 * boost comes back at level 0 with a fresh quantum and allotment (the boost reaches it lazily,
 * by its epoch).
 *
 * <p>Parameters: queues, quantum (ticks, one or one per level), allotment (quanta, likewise),
 * boost (ticks, 0 = never), io-stay and io-front (0 or 1).
 */
public final class Mlfq implements Scheduler {
    private final PolicySpec spec;
    private final ArrayDeque<Proc>[] levels;
    private final long[] quantumUs;
    private final int[] allotment;
    private final long boost;
    private final boolean ioStay;
    private final boolean ioFront;
    private int queued;
    /** Boosts so far: a proc whose se.epoch differs was boosted while away. */
    private long epoch;

    @SuppressWarnings("unchecked")
    public Mlfq(PolicySpec spec) {
        this.spec = spec;
        int n = (int) spec.get("queues");
        levels = new ArrayDeque[n];
        quantumUs = new long[n];
        allotment = new int[n];
        for (int i = 0; i < n; i++) {
            levels[i] = new ArrayDeque<>();
            quantumUs[i] = spec.at("quantum", i) * Kernel.TICK_US;
            allotment[i] = (int) Math.min(Integer.MAX_VALUE, spec.at("allotment", i));
        }
        boost = spec.get("boost");
        ioStay = spec.get("io-stay") != 0;
        ioFront = spec.get("io-front") != 0;
    }

    @Override
    public PolicySpec spec() {
        return spec;
    }

    /** p gets a fresh quantum and allotment at level. */
    private void fresh(Proc p, int level) {
        p.se.level = level;
        p.se.quantumLeftUs = quantumUs[level];
        p.se.allotLeft = allotment[level];
        p.se.epoch = epoch;
    }

    @Override
    public void enqueue(Proc p, Enqueue why) {
        SchedEntity se = p.se;
        if (why == Enqueue.NEW || se.epoch != epoch) {
            fresh(p, 0);
        }
        ArrayDeque<Proc> q = levels[se.level];
        se.front = false;
        if (why == Enqueue.PREEMPTED) {
            behindFront(q, p);
        } else if (why == Enqueue.WAKEUP && ioFront) {
            se.front = true;
            q.addFirst(p);
        } else {
            q.addLast(p);
        }
        queued++;
    }

    /** Puts p at the head of q, but behind procs put there by io-front since it ran. */
    private static void behindFront(ArrayDeque<Proc> q, Proc p) {
        ArrayDeque<Proc> fronts = new ArrayDeque<>();
        while (!q.isEmpty() && q.peekFirst().se.front) {
            fronts.addLast(q.pollFirst());
        }
        q.addFirst(p);
        while (!fronts.isEmpty()) {
            q.addFirst(fronts.pollLast());
        }
    }

    private int highest() {
        for (int i = 0; i < levels.length; i++) {
            if (!levels[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Proc pick() {
        int h = highest();
        if (h < 0) {
            return null;
        }
        Proc p = levels[h].pollFirst();
        p.se.front = false;
        queued--;
        return p;
    }

    @Override
    public void remove(Proc p) {
        if (levels[p.se.level].remove(p)) {
            queued--;
        }
    }

    @Override
    public int queued() {
        return queued;
    }

    /**
     * Rule 5 of the contract: the quantum is judged before an io-stay refill; a proc whose
     * allotment is used up moves down one level (at the lowest it stays), with that level's
     * fresh quantum and allotment.
     */
    @Override
    public boolean charge(Proc p, long us) {
        SchedEntity se = p.se;
        se.quantumLeftUs -= us;
        boolean expired = se.quantumLeftUs <= 0;
        if (ioStay && p.state != ProcState.RUNNING) {
            se.quantumLeftUs = quantumUs[se.level];
            se.allotLeft = allotment[se.level];
        }
        if (expired) {
            se.allotLeft--;
            if (se.allotLeft <= 0) {
                fresh(p, Math.min(se.level + 1, levels.length - 1));
            } else {
                se.quantumLeftUs = quantumUs[se.level];
            }
        }
        return expired;
    }

    @Override
    public long sliceLeftUs(Proc p) {
        return Math.max(0, p.se.quantumLeftUs);
    }

    @Override
    public boolean preempts(Proc running) {
        int h = highest();
        if (h < 0) {
            return false;
        }
        return h < running.se.level || h == running.se.level && levels[h].peekFirst().se.front;
    }

    @Override
    public boolean boostDue(long now) {
        return boost > 0 && now > 0 && now % boost == 0;
    }

    /** Lowest level's queue first, level 1 last, each in its own order, to level 0's tail. */
    @Override
    public void boost() {
        epoch++;
        for (int i = levels.length - 1; i >= 1; i--) {
            levels[0].addAll(levels[i]);
            levels[i].clear();
        }
        for (Proc p : levels[0]) {
            fresh(p, 0);
            p.se.front = false;
        }
    }

    @Override
    public List<Proc> inOrder() {
        List<Proc> out = new ArrayList<>(queued);
        for (ArrayDeque<Proc> q : levels) {
            out.addAll(q);
        }
        return out;
    }

    /** Levels, for sched show. */
    public int levels() {
        return levels.length;
    }
}
