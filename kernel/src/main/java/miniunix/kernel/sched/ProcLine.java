package miniunix.kernel.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.proc.Proc;

/** A plain line of procs, first come first served (FIFO's and round robin's queue). */
final class ProcLine implements RunQueue {
    private final ArrayDeque<Proc> line = new ArrayDeque<>();

    @Override
    public void add(Proc p, boolean atHead) {
        if (atHead) {
            line.addFirst(p);
        } else {
            line.addLast(p);
        }
    }

    @Override
    public Proc first() {
        return line.peekFirst();
    }

    @Override
    public Proc pollFirst() {
        return line.pollFirst();
    }

    @Override
    public void remove(Proc p) {
        line.remove(p);
    }

    @Override
    public int size() {
        return line.size();
    }

    @Override
    public List<Proc> inOrder() {
        return new ArrayList<>(line);
    }

    @Override
    public String check() {
        return null;
    }
}
