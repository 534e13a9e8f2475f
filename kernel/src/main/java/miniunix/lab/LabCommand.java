package miniunix.lab;

import java.util.List;

/**
 * One experiment's command: its arguments (argv[0] excluded) in, its whole output out. It runs
 * on a machine of its own, so it needs nothing from the caller but whether stdout is a
 * terminal (for colour).
 */
public interface LabCommand {
    /** Runs the experiment; never throws for bad input (that is an {@link Output#fail}). */
    Output run(List<String> args, boolean tty);

    /** What the program prints and its exit status. */
    record Output(String stdout, String stderr, int status) {
        /** Normal output, status 0. */
        public static Output ok(String stdout) {
            return new Output(stdout, "", 0);
        }

        /** Bad input: one line on stderr, status 1, nothing on stdout. */
        public static Output fail(String prog, String message) {
            return new Output("", prog + ": " + message + "\n", 1);
        }
    }
}
