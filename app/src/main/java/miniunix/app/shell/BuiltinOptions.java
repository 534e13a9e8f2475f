package miniunix.app.shell;

import java.util.List;

/**
 * A builtin's options, read as bash's internal_getopt (builtins/bashgetopt.c) reads them: the
 * words after the name that start with '-' and are not "-" alone, each letter an option; "--"
 * ends them; the first other word is the first operand. In the option string a letter followed
 * by ':' takes an argument (the rest of the word, else the next word), by ';' may take one (the
 * rest of the word, else the next word unless it starts with '-': ulimit's limits).
 *
 * <p>A wrong letter or a missing argument is said as bash says it, under the builtin's name
 * (argv[0]) and followed by its usage line: {@code NAME: -X: invalid option} or
 * {@code NAME: -X: option requires an argument}; {@link #next} then returns {@link #BAD}, and
 * the builtin returns {@link #STATUS} (bash's EX_USAGE).
 *
 * <p>Simplified: {@code --help} is an invalid option "--" (bash prints the builtin's help).
 */
final class BuiltinOptions {
    /** No more options: the operands start at {@link #operands}. */
    static final int END = -1;
    /** A bad option or a missing argument, said already. */
    static final int BAD = '?';
    /** The status of a builtin after {@link #BAD}: bash's EX_USAGE. */
    static final int STATUS = 2;

    private final BuiltinFrame b;
    private final List<String> argv;
    private final String spec;
    private final String usage;
    /** The word being read, and the letter in it. */
    private int word = 1;
    private int letter = 1;
    private String arg;

    /**
     * Options of argv (argv[0] is the builtin's name) by spec, saying errors through b,
     * followed by usage ("NAME: usage: ...\n"); with no b, errors are not said (a look ahead).
     */
    BuiltinOptions(BuiltinFrame b, List<String> argv, String spec, String usage) {
        this.b = b;
        this.argv = argv;
        this.spec = spec;
        this.usage = usage;
    }

    /** The next option's letter (its argument in {@link #arg}), {@link #END} or {@link #BAD}. */
    int next() {
        arg = null;
        if (letter == 1) {
            String w = word < argv.size() ? argv.get(word) : null;
            if (w == null || !w.startsWith("-") || w.length() == 1) {
                return END;
            }
            if (w.equals("--")) {
                word++;
                return END;
            }
        }
        String w = argv.get(word);
        char c = w.charAt(letter);
        int at = c == ':' || c == ';' ? -1 : spec.indexOf(c);
        char kind = at >= 0 && at + 1 < spec.length() ? spec.charAt(at + 1) : ' ';
        if (at < 0) {
            step(w);
            return bad(c, "invalid option");
        }
        if (kind != ':' && kind != ';') {
            step(w);
            return c;
        }
        if (letter + 1 < w.length()) {                  // -d5: the rest of the word
            arg = w.substring(letter + 1);
            word++;
        } else if (word + 1 < argv.size() && (kind == ':' || !argv.get(word + 1).startsWith("-"))) {
            arg = argv.get(word + 1);
            word += 2;
        } else if (kind == ';') {
            word++;
        } else {
            letter = 1;
            word = argv.size();
            return bad(c, "option requires an argument");
        }
        letter = 1;
        return c;
    }

    /** The word the next option would come from, when no option is half read; else null. */
    String word() {
        return letter == 1 && word < argv.size() ? argv.get(word) : null;
    }

    /** The builtin's name, argv[0]. */
    String name() {
        return argv.get(0);
    }

    /** The argument of the option {@link #next} returned, or null. */
    String arg() {
        return arg;
    }

    /** The words after the options (after {@link #END}). */
    List<String> operands() {
        return argv.subList(Math.min(word, argv.size()), argv.size());
    }

    /** Past the letter just read: the next letter, or the next word. */
    private void step(String w) {
        if (++letter == w.length()) {
            letter = 1;
            word++;
        }
    }

    private int bad(char c, String what) {
        if (b == null) {
            return BAD;
        }
        b.error(argv.get(0) + ": -" + c + ": " + what + "\n" + usage);
        return BAD;
    }
}
