package miniunix.app.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's {@code --color=auto|always|never} (GNU's spelling; {@code --color} alone is
 * always), taken out of the arguments before the other options are parsed. It must come
 * before SCRIPT or -c COMMANDS: what follows those is theirs. The choice reaches the machine's
 * programs as the environment user.lib.Color reads (NO_COLOR=1 for never, CLICOLOR_FORCE=1
 * for always; auto passes the host's NO_COLOR on), and decides the prompt's and the command
 * line's colours in interactive mode.
 *
 * @param when  the choice
 * @param rest  the arguments without --color
 * @param error bash-style message for a bad WHEN, or null
 */
public record ColorChoice(When when, String[] rest, String error) {
    /** When to colour. */
    public enum When { AUTO, ALWAYS, NEVER }

    private static final String OPTION = "--color";

    /** Finds --color[=WHEN] among the launcher's own options. */
    public static ColorChoice take(String[] args) {
        List<String> rest = new ArrayList<>();
        When when = When.AUTO;
        String error = null;
        boolean options = true;
        String prev = "";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean valueOfPrev = prev.startsWith("--") && !prev.contains("=")
                    && !prev.equals(OPTION) || prev.equals("-c");
            if (options && (a.equals(OPTION) || a.startsWith(OPTION + "="))) {
                String w = a.equals(OPTION) ? "always" : a.substring(OPTION.length() + 1);
                switch (w) {
                    case "always", "yes", "force" -> when = When.ALWAYS;
                    case "never", "no", "none" -> when = When.NEVER;
                    case "auto", "tty", "if-tty" -> when = When.AUTO;
                    default -> error = "Invalid value for option '--color': '" + w
                            + "' (expected auto, always or never)";
                }
                prev = a;
                continue;
            }
            if (options && (a.equals("--") || prev.equals("-c") || !a.startsWith("-") && !valueOfPrev)) {
                options = false;     // SCRIPT, -c's COMMANDS: the rest is theirs
            }
            rest.add(a);
            prev = a;
        }
        return new ColorChoice(when, rest.toArray(new String[0]), error);
    }

    /** The environment the machine's programs get for this choice; hostNoColor is NO_COLOR. */
    public List<String> env(String hostNoColor) {
        return switch (when) {
            case NEVER -> List.of("NO_COLOR=1");
            case ALWAYS -> List.of("CLICOLOR_FORCE=1");
            case AUTO -> hostNoColor == null || hostNoColor.isEmpty() ? List.of()
                    : List.of("NO_COLOR=" + hostNoColor);
        };
    }

    /** Whether the interactive front end colours its prompt and command line. */
    public boolean colorsTerminal(String hostNoColor) {
        return when == When.ALWAYS
                || when == When.AUTO && (hostNoColor == null || hostNoColor.isEmpty());
    }
}
