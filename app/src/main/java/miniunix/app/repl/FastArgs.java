package miniunix.app.repl;

import java.util.List;

/**
 * The start-up fast path: recognises exactly the three common command lines (none,
 * {@code -c COMMANDS [NAME [ARG...]]}, {@code SCRIPT [ARG...]}) without loading picocli, which costs ~50 ms per start
 * (shared/STARTUP.md). Anything else returns null and goes to {@link Cli}, which defines every
 * option; this class only knows the two shapes that need no option table.
 */
public final class FastArgs {
    private FastArgs() {
    }

    /** The options for args, or null when picocli must parse them. */
    public static Options parse(String[] args) {
        Options defaults = Options.defaults();
        if (args.length == 0) {
            return defaults;
        }
        if (args.length >= 2 && args[0].equals("-c")) {
            return defaults.withCommand(args[1]).withArgs(List.of(args).subList(2, args.length));
        }
        if (!args[0].isEmpty() && args[0].charAt(0) != '-') {
            return defaults.withScript(args[0]).withArgs(List.of(args).subList(1, args.length));
        }
        return null;
    }
}
