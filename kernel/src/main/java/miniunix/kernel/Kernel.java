package miniunix.kernel;

import miniunix.kernel.uapi.ProgramLoader;

/**
 * The simulated machine, as the front end drives it. IN PROGRESS: signatures are the contract;
 * bodies land with the kernel core.
 */
public final class Kernel {
    public static final int HZ = 100;

    /** Boots: init (pid 1), kthreadd (pid 2) and its threads; init starts daemons and the login shell. */
    public static Kernel boot(BootOptions opts, ProgramLoader loader) {
        throw new UnsupportedOperationException("kernel core in progress");
    }

    /** Ticks since boot. */
    public long now() { throw new UnsupportedOperationException(); }

    /** One clock tick on every CPU. */
    public void tick() { throw new UnsupportedOperationException(); }

    /**
     * Runs until some process is blocked reading the console (tty1) with no input queued, or the
     * console session has ended, or maxTicks have passed. Idle stretches are skipped quickly.
     * Returns the ticks that passed.
     */
    public long runUntilInputWanted(long maxTicks) { throw new UnsupportedOperationException(); }

    /** True when a process is blocked reading tty1 and its input queue is empty. */
    public boolean inputWanted() { throw new UnsupportedOperationException(); }

    /** Keyboard bytes into tty1's input queue (canonical mode: reads return whole lines). */
    public void typeInput(byte[] bytes) { throw new UnsupportedOperationException(); }

    /** Ctrl-D: a read of tty1 with no queued input returns 0 (end of file), once per call. */
    public void typeEof() { throw new UnsupportedOperationException(); }

    /** Ctrl-C: SIGINT to tty1's foreground process group; discards queued input. */
    public void interrupt() { throw new UnsupportedOperationException(); }

    /** Drains what processes wrote to tty1 since the last call. */
    public byte[] takeOutput() { throw new UnsupportedOperationException(); }

    /** True until the console session's leader (the login process) has exited. */
    public boolean sessionAlive() { throw new UnsupportedOperationException(); }

    /** The login session's exit status as a shell reports it (code, or 128 + signal). */
    public int sessionExitStatus() { throw new UnsupportedOperationException(); }
}
