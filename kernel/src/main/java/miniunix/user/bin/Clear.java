package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * clear(1) of ncurses: writes the terminal's clear sequence for $TERM (or -T TERM), cursor
 * home and erase display, then E3 (erase the scrollback, \033[3J) unless -x; for xterm
 * {@code \033[H\033[2J\033[3J}, for the Linux console (TERM=linux, tty1's) {@code
 * \033[H\033[J\033[3J}.
 * <pre>
 *   setupterm(NULL, 1, &amp;err); putp(tigetstr("clear")); putp(tigetstr("E3"));
 * </pre>
 * Simplified: a built-in table of a few terminfo entries instead of the terminfo database.
 */
public final class Clear extends Proc {
    private static final String USAGE = "Usage: clear [options]\n\n"
            + "Options:\n"
            + "  -T TERM     use this instead of $TERM\n"
            + "  -V          print curses-version\n"
            + "  -x          do not try to clear scrollback\n";
    private static final String HOME_ERASE2 = "\033[H\033[2J";
    private static final String HOME_ERASE = "\033[H\033[J";
    private static final String E3 = "\033[3J";

    public Clear(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        Opts o = Opts.parse(argv, "T:Vx");
        if (o.error != null) {
            err.print(prog()).print(": ").print(o.error).print('\n').print(USAGE);
            return exit(1);
        }
        if (o.help || o.has('V')) {
            out.print(o.help ? USAGE : "ncurses 6.4.20221231\n");
            return exit(0);
        }
        String term = o.get('T', getenv("TERM"));
        if (term == null || term.isEmpty()) {
            err.print("TERM environment variable not set.\n");
            return exit(1);
        }
        String[] seq = sequences(term);
        if (seq == null) {
            err.print("'").print(term).print("': unknown terminal type.\n");
            return exit(1);
        }
        out.print(seq[0]).print(o.has('x') ? "" : seq[1]);
        return exit(0);
    }

    /** {clear, E3} of the terminfo entry for term, or null if we don't know it. */
    private static String[] sequences(String term) {
        if (term.startsWith("xterm")) {
            return new String[] {HOME_ERASE2, E3};
        }
        if (term.startsWith("linux") || term.startsWith("tmux")) {
            return new String[] {HOME_ERASE, E3};
        }
        if (term.startsWith("screen") || term.startsWith("vt") || term.startsWith("ansi")) {
            return new String[] {HOME_ERASE, ""};
        }
        return term.equals("dumb") ? new String[] {"", ""} : null;
    }
}
