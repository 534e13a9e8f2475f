package miniunix.app.repl;

import java.util.List;
import miniunix.kernel.tty.HostStdio;

/**
 * What the front end needs from the simulated machine: the console (tty1) and the clock.
 * {@link KernelMachine} is the real one; tests drive the front end with small fakes. The
 * methods are those of {@link miniunix.kernel.Kernel} and mean the same.
 */
public interface Machine {
    /** Runs until input is wanted, the session ends or maxTicks pass; returns ticks passed. */
    long runUntilInputWanted(long maxTicks);

    /** One clock tick on every CPU. */
    void tick();

    /** Ticks since boot. */
    long now();

    /** True when a process is blocked reading the console and no input is queued. */
    boolean inputWanted();

    /** Keyboard bytes into the console's input queue. */
    void typeInput(byte[] bytes);

    /** Ctrl-D: the next read of the console with nothing queued returns end of file. */
    void typeEof();

    /** The console's ECHO flag: false while a program reads a password (su). */
    default boolean echo() {
        return true;
    }

    /**
     * The console's ICANON flag: false while a program reads it key by key (top, watch), so
     * the front end sends each key as it is pressed rather than a line at a time.
     */
    default boolean canonical() {
        return true;
    }

    /** The console's ISIG flag: Ctrl-C, Ctrl-Z and Ctrl-\ are signals rather than bytes. */
    default boolean signalKeys() {
        return true;
    }

    /** The terminal's window is rows x cols (the console's winsize; SIGWINCH if it changed). */
    default void resize(int rows, int cols) {
    }

    /** Ctrl-C: SIGINT to the console's foreground process group. */
    void interrupt();

    /** Ctrl-Z: SIGTSTP to the console's foreground process group. */
    void suspend();

    /** Ctrl-\: SIGQUIT to the console's foreground process group. */
    default void quit() {
    }

    /** What processes wrote to the console since the last call. */
    byte[] takeOutput();

    /**
     * Whether the console's foreground group is the login shell's (not a job it started):
     * only then may Tab ask the shell, whose reads alone take a line ending in TAB as a request.
     */
    default boolean shellInForeground() {
        return true;
    }

    /** True until the console session's leader (login) has exited. */
    boolean sessionAlive();

    /** The session's exit status as a shell reports it. */
    int sessionExitStatus();

    /** Why the machine never gave the console a shell (the session is then over), or null. */
    default String bootFailure() {
        return null;
    }

    /** True when a process is blocked reading the host's stdin and nothing is queued. */
    default boolean hostInputWanted() {
        return false;
    }

    /** Bytes from the host's stdin, for /dev/host/stdin's readers. */
    default void typeHostInput(byte[] bytes) {
    }

    /** The host's stdin is at its end. */
    default void typeHostEof() {
    }

    /** What processes wrote to the host's stdout and stderr since the last call, in order. */
    default List<HostStdio.Chunk> takeHostOutput() {
        return List.of();
    }

    /** Names in a directory as the console's reader sees it, directories ending in '/'. */
    default List<String> listDir(String path) {
        return List.of();
    }
}
