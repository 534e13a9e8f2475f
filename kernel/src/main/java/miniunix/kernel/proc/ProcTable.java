package miniunix.kernel.proc;

import java.util.Arrays;
import java.util.BitSet;
import miniunix.kernel.KernelPanic;

/**
 * The process table: every proc by pid, and pid allocation (Linux kernel/pid.c, xv6 allocpid).
 *
 * <p>Pids increase from the last one given out and wrap at pid_max (the largest pid is
 * pid_max - 1, as on Linux) to the lowest free pid
 * above {@link #RESERVED_PIDS}, as Linux's alloc_pid does (idr_alloc_cyclic from
 * RESERVED_PIDS). A pid stays taken while its proc is in the table, zombies included, so a
 * zombie's pid is never handed out twice.
 *
 * <p>Invariant: {@code table[p.pid] == p} for every proc in the table; {@code count} is the
 * number of non-null slots; {@code inUse} has exactly their pids set, so walking the table
 * costs a word per 64 pids, not a slot per pid.
 */
public final class ProcTable {
    /** Pids 1..300 are handed out only once, at boot: daemons keep small numbers. */
    public static final int RESERVED_PIDS = 300;

    private Proc[] table;
    private int pidMax;
    private int lastPid;
    private int count;
    private final BitSet inUse = new BitSet();

    public ProcTable(int pidMax) {
        this.pidMax = pidMax;
        this.table = new Proc[Math.min(pidMax, 65536) + 1];
    }

    public int pidMax() {
        return pidMax;
    }

    /** Sets /proc/sys/kernel/pid_max. Pids already given out above it stay valid. */
    public void setPidMax(int max) {
        pidMax = max;
        if (table.length <= max) {
            table = Arrays.copyOf(table, max + 1);
        }
    }

    /**
     * RLIMIT_NPROC's count (Linux's user_struct.processes): the processes of each real user,
     * charged at fork, moved by setuid, freed with the pid. Boot's processes are not charged.
     */
    private final java.util.HashMap<Integer, Integer> userProcs = new java.util.HashMap<>();

    /** How many processes real user uid has (forked since boot, not yet reaped). */
    public int userProcs(int uid) {
        Integer n = userProcs.get(uid);
        return n == null ? 0 : n;
    }

    /** p, just forked, counts against its real user. */
    public void charge(Proc p) {
        p.nprocUid = p.ruid;
        userProcs.merge(p.ruid, 1, Integer::sum);
    }

    /** p's real uid may have changed from before: its count moves with it. */
    public void recharge(Proc p, int before) {
        if (p.nprocUid >= 0 && p.ruid != before) {
            uncharge(p);
            charge(p);
        }
    }

    private void uncharge(Proc p) {
        if (p.nprocUid >= 0) {
            userProcs.merge(p.nprocUid, -1, Integer::sum);
            p.nprocUid = -1;
        }
    }

    public int count() {
        return count;
    }

    /** The last pid handed out (/proc/loadavg's last field). */
    public int lastPid() {
        return lastPid;
    }

    /** The proc with this pid (zombies included), or null. */
    public Proc get(int pid) {
        return pid > 0 && pid < table.length ? table[pid] : null;
    }

    /** The next free pid after the last one, wrapping past pid_max; -1 if none is free. */
    public int allocPid() {
        int pid = lastPid;
        int scanned = 0;
        int span = pidMax - 1 - RESERVED_PIDS;
        while (scanned <= span) {
            pid++;
            if (pid >= pidMax) {
                pid = RESERVED_PIDS + 1;
            }
            scanned++;
            if (table[pid] == null) {
                lastPid = pid;
                return pid;
            }
        }
        return -1;
    }

    public void insert(Proc p) {
        if (table[p.pid] != null) {
            throw new KernelPanic("insert: pid in use");
        }
        table[p.pid] = p;
        inUse.set(p.pid);
        count++;
    }

    /** Frees p's pid: the last step of reaping. */
    public void remove(Proc p) {
        if (table[p.pid] != p) {
            throw new KernelPanic("remove: not in table");
        }
        table[p.pid] = null;
        inUse.clear(p.pid);
        count--;
        uncharge(p);
    }

    /** The pid after {@code pid} that is in the table, or -1: iteration in pid order. */
    public int nextPid(int pid) {
        return inUse.nextSetBit(pid + 1);
    }
}
