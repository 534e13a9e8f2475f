package miniunix.kernel.mm;

import java.util.Locale;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.uapi.Signal;

/**
 * The OOM killer (mm/oom_kill.c): when no frame can be found, picks the user process with
 * the largest badness (resident plus swapped pages plus page tables, oom_badness), logs it as
 * Linux does, sends it SIGKILL and, as the oom_reaper does, unmaps its memory at once so the
 * frames come back even before it dies. init and kernel threads are never chosen.
 */
final class OomKiller {
    private final Kernel k;
    private final Mm mm;

    OomKiller(Kernel k, Mm mm) {
        this.k = k;
        this.mm = mm;
    }

    /** Kills the worst process; false if there is none or it is requester itself. */
    boolean kill(Proc requester) {
        Proc victim = null;
        long worst = 0;
        ProcTable t = k.procs();
        for (int pid = t.nextPid(0); pid > 0; pid = t.nextPid(pid)) {
            Proc q = t.get(pid);
            if (q.kthread || q.pid == 1 || q.mm == null || !q.isAlive()) {
                continue;
            }
            long badness = badness(q.mm);
            if (badness > worst) {
                worst = badness;
                victim = q;
            }
        }
        if (victim == null) {
            return false;
        }
        AddressSpace as = victim.mm;
        k.log(String.format(Locale.ROOT, "Out of memory: Killed process %d (%s) total-vm:%dkB, "
                        + "anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:%d pgtables:%dkB "
                        + "oom_score_adj:0", victim.pid, victim.comm, as.totalPages() * 4,
                as.rssAnon * 4, as.rssFile * 4, victim.uid, as.pt.tables() * 4));
        mm.stat.oomKill++;
        mm.unmapAll(as);
        k.sendSignal(victim, Signal.SIGKILL.number);
        return victim != requester;
    }

    static long badness(AddressSpace as) {
        return as.rssPages() + as.swapPages + as.pt.tables();
    }
}
