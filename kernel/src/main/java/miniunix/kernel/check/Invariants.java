package miniunix.kernel.check;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.mm.MmCheck;
import miniunix.kernel.proc.Lifecycle;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.sched.Cpu;
import miniunix.kernel.sched.CpuTime;
import miniunix.kernel.uapi.Signal;

/**
 * Checks the whole kernel's invariants and lists every violation (empty: all hold). Used by
 * the property tests after every tick, as xv6's grind.c hammers the kernel with random calls.
 *
 * <ul>
 *   <li>every proc in the table sits at its own pid, which lies in 1..pid_max;</li>
 *   <li>every proc but pid 1 and kernel threads has a live parent, and is in its children;</li>
 *   <li>a zombie has no program, no open files and no children;</li>
 *   <li>no proc is on two CPUs, and a proc on a CPU is RUNNING;</li>
 *   <li>a proc is in exactly one run queue, the one it names, iff it is RUNNING and on no CPU
 *       (RunLoop.check);</li>
 *   <li>a proc in D waits for a disk request not yet done; only a proc in D has signals
 *       pending;</li>
 *   <li>fd reference counts are positive;</li>
 *   <li>the table holds no more procs than the process limit allows (plus boot's);</li>
 *   <li>every CPU's published ticks (user, nice, system, idle, iowait) add up to the ticks
 *       since boot;</li>
 *   <li>memory: every frame free or owned, mapcounts equal mappings, RSS equals present
 *       pages ({@link MmCheck}).</li>
 * </ul>
 */
public final class Invariants {
    private Invariants() {
    }

    public static List<String> check(Kernel k) {
        List<String> bad = new ArrayList<>();
        ProcTable t = k.procs();
        int n = 0;
        List<Proc> all = new ArrayList<>();
        for (int pid = t.nextPid(0); pid > 0; pid = t.nextPid(pid)) {
            Proc p = t.get(pid);
            n++;
            all.add(p);
            checkProc(k, p, bad);
        }
        bad.addAll(k.runLoop().check(all));
        if (n != t.count()) {
            bad.add("table count " + t.count() + " but " + n + " procs");
        }
        for (Cpu c : k.cpus()) {
            Proc p = c.current;
            if (p != null && p.onCpu != c.id) {
                bad.add("cpu" + c.id + " runs " + p.pid + " whose onCpu is " + p.onCpu);
            }
            long ticks = 0;
            for (CpuTime kind : CpuTime.values()) {
                ticks += c.ticks(kind);
            }
            if (ticks != k.now()) {
                bad.add("cpu" + c.id + " published " + ticks + " ticks in " + k.now());
            }
        }
        MmCheck.check(k.mm(), all, bad);
        return bad;
    }

    private static void checkProc(Kernel k, Proc p, List<String> bad) {
        String who = "pid " + p.pid + ": ";
        if (p.state == ProcState.DEAD) {
            bad.add(who + "dead but still in the table");
        }
        if (p.pid != 1 && !p.kthread) {
            if (p.parent == null || !p.parent.isAlive()) {
                bad.add(who + "parent missing or not alive");
            } else if (!p.parent.children.contains(p)) {
                bad.add(who + "not among its parent's children");
            }
        }
        for (Proc c : p.children) {
            if (c.parent != p) {
                bad.add(who + "child " + c.pid + " names another parent");
            }
            if (p.childEvents == p.childrenQuietAt && !c.kthread && Lifecycle.reportable(c)) {
                bad.add(who + "child " + c.pid + " has a wait report, but its children are marked quiet");
            }
        }
        if (p.isZombie()) {
            if (p.program != null || !p.children.isEmpty()) {
                bad.add(who + "zombie still has a program or children");
            }
            for (var f : p.fds) {
                if (f != null) {
                    bad.add(who + "zombie still has open files");
                    break;
                }
            }
        }
        if (p.state == ProcState.DISK_SLEEP && (p.ioWait == null || p.ioWait.isDone())) {
            bad.add(who + "in D with no disk request in flight");
        }
        if ((p.blockedSignals & Signal.UNBLOCKABLE) != 0
                || ((p.ignoredSignals | p.caughtSignals) & Signal.UNBLOCKABLE) != 0) {
            bad.add(who + "SIGKILL or SIGSTOP blocked, ignored or caught");
        }
        if ((p.ignoredSignals & p.caughtSignals) != 0) {
            bad.add(who + "a signal both ignored and caught");
        }
        if (p.onCpu >= 0 && (p.state != ProcState.RUNNING || k.cpus()[p.onCpu].current != p)) {
            bad.add(who + "onCpu " + p.onCpu + " but state " + p.state);
        }
        for (var f : p.fds) {
            if (f != null && f.refs <= 0) {
                bad.add(who + "open file with refs " + f.refs);
            }
        }
    }
}
