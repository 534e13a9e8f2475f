package miniunix.app.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Script mode (DESIGN.md "Time in the front end"): no prompt, no terminal, and the clock
 * advances only while the shell waits. The loop is the terminal's: run the machine until
 * the console wants input, copy what it printed, type the next script line; at the end of
 * the script type end-of-file (every time input is wanted, as a file at EOF stays there).
 * Output is deterministic: it depends only on the machine and the script bytes.
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

    /** maxTicks bounds the whole run; 0 means no bound. */
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
            byte[] output = machine.takeOutput();
            out.write(output);
            out.flush();
            chunk = output.length > 0 ? 1 : Math.min(2 * chunk, MAX_CHUNK_TICKS);
            if (!machine.sessionAlive()) {
                return machine.sessionExitStatus();
            }
            if (machine.inputWanted()) {
                feedOneLine();
            } else if (used >= budget) {
                err.println("miniunix: --max-ticks " + maxTicks + " reached");
                err.flush();
                return TIMED_OUT;
            }
        }
    }

    private void feedOneLine() throws IOException {
        byte[] line = input.next();
        if (line == null) {
            machine.typeEof();
        } else {
            machine.typeInput(line);
        }
    }
}
