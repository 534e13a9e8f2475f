package miniunix.app.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import miniunix.kernel.tty.HostStdio;

/**
 * Script mode (DESIGN.md "Time in the front end"): no prompt, no terminal, and the clock
 * advances only while the shell waits. The login shell's fds 0, 1 and 2 are the host's
 * streams (kernel.tty.HostStdio): what it and its commands write to fd 1 goes to the host's
 * stdout, fd 2 to the host's stderr, in the order written; what they read from fd 0 comes from
 * the host's stdin, a line at a time and only when a process waits for it, so a shell reading
 * its script from stdin leaves the following lines to the commands that read (as bash does).
 * The console (tty1) stays the session's terminal but has no keyboard here: a read of it gets
 * end of file, and what is written to it goes to the host's stdout.
 *
 * <p>The loop: run the machine until some process wants input, copy what was written, give
 * the next line of the host's stdin (or end of file). Output is deterministic: it depends only
 * on the machine and the input bytes.
 */
public final class ScriptMode {
    /**
     * Most ticks run between two flushes of the console's output. A run that printed goes
     * on one tick at a time, so the output of an endless job (yes) streams instead of piling
     * up in memory; a quiet run doubles its stride up to this, so long sleeps stay cheap.
     */
    static final long MAX_CHUNK_TICKS = 1000;
    /** Exit status when --max-ticks ends the run, as timeout(1). */
    public static final int TIMED_OUT = 124;

    private final Machine machine;
    private final LineSource input;
    private final OutputStream out;
    private final PrintStream err;
    private final long maxTicks;

    /** input is the host's stdin; maxTicks bounds the whole run, 0 for no bound. */
    public ScriptMode(Machine machine, LineSource input, OutputStream out, PrintStream err,
                      long maxTicks) {
        this.machine = machine;
        this.input = input;
        this.out = out;
        this.err = err;
        this.maxTicks = maxTicks;
    }

    /** Runs the session to its end and returns its exit status. */
    public int run() throws IOException {
        long budget = maxTicks > 0 ? maxTicks : Long.MAX_VALUE;
        long used = 0;
        long chunk = 1;
        while (true) {
            used += machine.runUntilInputWanted(Math.min(chunk, budget - used));
            boolean printed = copyOutput();
            chunk = printed ? 1 : Math.min(2 * chunk, MAX_CHUNK_TICKS);
            if (!machine.sessionAlive()) {
                if (machine.bootFailure() != null) {
                    err.println("miniunix: " + machine.bootFailure());
                    err.flush();
                }
                return machine.sessionExitStatus();
            }
            if (machine.hostInputWanted()) {
                feedOneLine();
            } else if (machine.inputWanted()) {
                machine.typeEof();
            } else if (used >= budget) {
                err.println("miniunix: --max-ticks " + maxTicks + " reached");
                err.flush();
                return TIMED_OUT;
            }
        }
    }

    /**
     * Writes what the machine wrote: the console's output, then the host streams' chunks, each
     * flushed before the other stream is written, so that 2&gt;&amp;1 keeps their order.
     * Returns whether anything was written.
     */
    private boolean copyOutput() throws IOException {
        byte[] console = machine.takeOutput();
        out.write(console);
        out.flush();
        List<HostStdio.Chunk> chunks = machine.takeHostOutput();
        for (HostStdio.Chunk c : chunks) {
            if (c.fd() == HostStdio.STDERR) {
                err.write(c.bytes());
                err.flush();
            } else {
                out.write(c.bytes());
                out.flush();
            }
        }
        return console.length > 0 || !chunks.isEmpty();
    }

    private void feedOneLine() throws IOException {
        byte[] line = input.next();
        if (line == null) {
            machine.typeHostEof();
        } else {
            machine.typeHostInput(line);
        }
    }
}
