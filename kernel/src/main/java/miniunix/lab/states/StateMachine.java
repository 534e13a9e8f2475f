package miniunix.lab.states;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The process-state experiment (EXPERIMENTS.md section 3, OSTEP's process-run.py): processes
 * made of CPU ticks and I/Os share one CPU and a device, and every tick shows each one's
 * state. The rules, in the order they apply each tick t = 1, 2, ...: I/O completions in
 * process order, the holder executes one instruction, an {@code io} blocks its process, a
 * finished process is DONE, and the CPU passes on in cyclic order.
 *
 * <p>Simplified: this models the textbook's abstract machine (instructions, one device, no
 * quantum), not the kernel's processes; the live kernel's own states are ps's R/S/D.
 */
public final class StateMachine {
    /** A process's state, as the textbook names them. */
    public enum State { READY, RUNNING, BLOCKED, DONE }

    /** One instruction: {@code cpu}, {@code io} (issue a request), {@code io_done}. */
    public enum Instr {
        CPU("cpu"), IO("io"), IO_DONE("io_done");

        public final String label;

        Instr(String label) {
            this.label = label;
        }
    }

    /** When the CPU leaves a process: when it issues an I/O, or only when it ends. */
    public enum Switch { ON_IO, ON_END }

    /** What a completed I/O's process does: wait its turn, or take the CPU at once. */
    public enum IoDone { LATER, IMMEDIATE }

    /** One tick: each process's label (RUN:cpu, READY...), CPU busy, I/Os in flight. */
    public record Tick(int tick, boolean ioDone, List<String> states, boolean cpu, int ios) {
    }

    private final Switch switchRule;
    private final IoDone ioDoneRule;
    private final int ioLength;
    private final List<List<Instr>> code = new ArrayList<>();
    private final int[] pc;
    private final State[] state;
    /** Per process, the ticks at which its I/Os complete, in issue order. */
    private final List<List<Integer>> ioFinish = new ArrayList<>();
    private int current;

    public StateMachine(List<List<Instr>> programs, Switch switchRule, IoDone ioDoneRule,
            int ioLength) {
        this.switchRule = switchRule;
        this.ioDoneRule = ioDoneRule;
        this.ioLength = ioLength;
        int n = programs.size();
        pc = new int[n];
        state = new State[n];
        for (List<Instr> p : programs) {
            code.add(List.copyOf(p));
            ioFinish.add(new ArrayList<>());
        }
        Arrays.fill(state, State.READY);
    }

    /** Runs to the tick in which the last process becomes DONE. */
    public List<Tick> run() {
        List<Tick> ticks = new ArrayList<>();
        state[current] = State.RUNNING;
        for (int t = 1; active() > 0; t++) {
            boolean ioDone = completeIo(t);
            Instr ran = null;
            if (state[current] == State.RUNNING && pc[current] < code.get(current).size()) {
                ran = code.get(current).get(pc[current]++);
            }
            ticks.add(new Tick(t, ioDone, labels(ran), ran != null, inFlight(t)));
            if (ran == Instr.IO) {
                state[current] = State.BLOCKED;
                ioFinish.get(current).add(t + ioLength + 1);
                if (switchRule == Switch.ON_IO) {
                    nextReady();
                }
            }
            finishIfDone();
        }
        return ticks;
    }

    /** Step 1: completions in process order; true if any completed at the start of tick t. */
    private boolean completeIo(int t) {
        boolean any = false;
        for (int p = 0; p < state.length; p++) {
            if (!ioFinish.get(p).contains(t)) {
                continue;
            }
            any = true;
            state[p] = State.READY;
            if (ioDoneRule == IoDone.IMMEDIATE) {
                if (current != p && state[current] == State.RUNNING) {
                    state[current] = State.READY;
                }
                dispatch(p);
            } else {
                if (switchRule == Switch.ON_END && runnable() > 1) {
                    dispatch(p);
                }
                if (runnable() == 1) {
                    dispatch(p);
                }
            }
            finishIfDone();
        }
        return any;
    }

    private void dispatch(int p) {
        current = p;
        state[p] = State.RUNNING;
    }

    /** The CPU passes to the next READY process in cyclic order after the current one. */
    private void nextReady() {
        int n = state.length;
        for (int i = 1; i <= n; i++) {
            int p = (current + i) % n;
            if (state[p] == State.READY) {
                dispatch(p);
                return;
            }
        }
    }

    /** Step 4: a running process with no instructions left is DONE. */
    private void finishIfDone() {
        if (pc[current] == code.get(current).size() && state[current] == State.RUNNING) {
            state[current] = State.DONE;
            nextReady();
        }
    }

    private int active() {
        int n = 0;
        for (State s : state) {
            n += s != State.DONE ? 1 : 0;
        }
        return n;
    }

    private int runnable() {
        int n = 0;
        for (State s : state) {
            n += s == State.READY || s == State.RUNNING ? 1 : 0;
        }
        return n;
    }

    /** I/Os issued but not complete at the end of tick t. */
    private int inFlight(int t) {
        int n = 0;
        for (List<Integer> finish : ioFinish) {
            for (int f : finish) {
                n += f > t ? 1 : 0;
            }
        }
        return n;
    }

    private List<String> labels(Instr ran) {
        List<String> out = new ArrayList<>(state.length);
        for (int p = 0; p < state.length; p++) {
            out.add(p == current && ran != null ? "RUN:" + ran.label : state[p].name());
        }
        return out;
    }
}
