package miniunix.user.lib;

import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * Colour for people, none for programs. A program colours its output when it is forced to
 * (CLICOLOR_FORCE set and not "0": the launcher's {@code --color=always}), or when its output
 * is a terminal (isatty: ioctl TCGETS succeeds) and NO_COLOR is unset or empty (no-color.org;
 * the launcher's {@code --color=never} sets it). Colours are ANSI SGR sequences.
 *
 * <p>Process states (ps's STAT and S columns, top's S): R green (running or runnable), D and
 * Z red (stuck on the disk; dead and not waited for), T and t yellow (stopped, traced), the
 * rest (S, I) plain.
 */
public final class Color {
    /** Whether to colour, before isatty is asked. */
    public enum When { AUTO, ALWAYS, NEVER }

    public static final String GREEN = "\u001b[32m";
    public static final String RED = "\u001b[31m";
    public static final String YELLOW = "\u001b[33m";
    public static final String BOLD = "\u001b[1m";
    public static final String RESET = "\u001b[0m";

    private Color() {
    }

    /** The environment's choice: NO_COLOR wins, then CLICOLOR_FORCE, else auto. */
    public static When fromEnv(List<String> envp) {
        String noColor = Proc.getenv(envp, "NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return When.NEVER;
        }
        String force = Proc.getenv(envp, "CLICOLOR_FORCE");
        return force != null && !force.isEmpty() && !force.equals("0") ? When.ALWAYS : When.AUTO;
    }

    /** isatty(fd)'s call: it succeeds (a result >= 0, the terminal's c_lflag) on a terminal. */
    public static Trap isatty(int fd) {
        return new Syscall.Ioctl(fd, Syscall.Ioctl.TCGETS, 0);
    }

    /** The colour of a process state's text ("R+", "Ss", "Z"), or null for none. */
    public static String ofState(CharSequence stat) {
        if (stat.length() == 0) {
            return null;
        }
        return switch (stat.charAt(0)) {
            case 'R' -> GREEN;
            case 'D', 'Z' -> RED;
            case 'T', 't' -> YELLOW;
            default -> null;
        };
    }
}
