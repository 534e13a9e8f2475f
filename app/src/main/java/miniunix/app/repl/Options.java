package miniunix.app.repl;

import java.util.ArrayList;
import java.util.List;
import miniunix.app.shell.ScriptArgs;
import miniunix.kernel.BootOptions;
import miniunix.kernel.mm.VmOptions;
import miniunix.kernel.sched.PolicySpec;

/**
 * The launcher's options once parsed, by either parser (the fast path or picocli).
 *
 * @param seed      seed of the kernel's random generator (--seed)
 * @param cpus      simulated CPUs (--cpus)
 * @param memBytes  simulated physical memory in bytes (--mem)
 * @param command   the -c COMMANDS text, or null
 * @param script    the SCRIPT file name, or null
 * @param maxTicks  bound on the whole run in ticks, or 0 for none (--max-ticks)
 * @param speed     simulated seconds per wall second in interactive mode; 0 = time flows only
 *                  while the shell waits (--speed)
 * @param xtrace    print each command before running it, like set -x (-x)
 * @param pidMax    pids wrap after this (--pid-max; /proc/sys/kernel/pid_max)
 * @param sched     the scheduling policy at boot (--sched POLICY[,param=value...])
 * @param csCost    ticks each context switch costs (--cs-cost)
 * @param vm        virtual memory: --vm, --tlb, --asid, --swap, --vm-policy
 * @param args      the operands after -c COMMANDS (NAME, then $1 ...) or after SCRIPT ($1 ...)
 */
public record Options(long seed, int cpus, long memBytes, String command, String script,
                      long maxTicks, double speed, boolean xtrace, int pidMax, PolicySpec sched,
                      long csCost, VmOptions vm, List<String> args) {

    public Options {
        args = List.copyOf(args);
    }

    /** The options with the default virtual memory. */
    public Options(long seed, int cpus, long memBytes, String command, String script,
                   long maxTicks, double speed, boolean xtrace, int pidMax, PolicySpec sched,
                   long csCost, List<String> args) {
        this(seed, cpus, memBytes, command, script, maxTicks, speed, xtrace, pidMax, sched, csCost,
                VmOptions.defaults(), args);
    }

    /** The options without operands. */
    public Options(long seed, int cpus, long memBytes, String command, String script,
                   long maxTicks, double speed, boolean xtrace, int pidMax, PolicySpec sched,
                   long csCost) {
        this(seed, cpus, memBytes, command, script, maxTicks, speed, xtrace, pidMax, sched, csCost,
                VmOptions.defaults(), List.of());
    }

    public static final int MAX_CPUS = 64;
    public static final int MIN_PID_MAX = 400;
    public static final int MAX_PID_MAX = 4194304;

    /** No options at all: the defaults every parser starts from. */
    public static Options defaults() {
        BootOptions boot = BootOptions.defaults();
        return new Options(boot.seed(), boot.cpus(), boot.memBytes(), null, null, 0, 1.0, false,
                boot.pidMax(), boot.sched(), boot.csCost());
    }

    public Options withCommand(String c) {
        return new Options(seed, cpus, memBytes, c, script, maxTicks, speed, xtrace, pidMax, sched,
                csCost, vm, args);
    }

    public Options withScript(String s) {
        return new Options(seed, cpus, memBytes, command, s, maxTicks, speed, xtrace, pidMax, sched,
                csCost, vm, args);
    }

    public Options withArgs(List<String> a) {
        return new Options(seed, cpus, memBytes, command, script, maxTicks, speed, xtrace, pidMax, sched,
                csCost, vm, a);
    }

    public Options withVm(VmOptions v) {
        return new Options(seed, cpus, memBytes, command, script, maxTicks, speed, xtrace, pidMax, sched,
                csCost, v, args);
    }

    /** True when the commands come from -c or a SCRIPT rather than from stdin. */
    public boolean hasScriptSource() {
        return command != null || script != null;
    }

    /**
     * The kernel's boot options; flags is the MINIUNIX_FLAGS value the login shell sees
     * ("i" interactive, "x" xtrace).
     */
    public BootOptions bootOptions(boolean interactive) {
        String flags = (interactive ? "i" : "") + (xtrace ? "x" : "");
        return BootOptions.defaults().withSeed(seed).withCpus(cpus).withMemBytes(memBytes)
                .withPidMax(pidMax).withSched(sched).withCsCost(csCost).withVm(vm)
                .withInitEnv(List.of("MINIUNIX_FLAGS=" + flags));
    }

    /**
     * The boot options of a script run for the host: the login shell's fds 0-2 are the host's
     * streams (flag h, see Init), and it runs script (-c or a SCRIPT's text) when not null,
     * else reads its commands from its stdin.
     */
    public BootOptions hostBootOptions(ScriptArgs script) {
        List<String> env = new ArrayList<>();
        env.add("MINIUNIX_FLAGS=h" + (xtrace ? "x" : ""));
        if (script != null) {
            env.addAll(script.environment());
        }
        return bootOptions(false).withInitEnv(env);
    }
}
