package miniunix.user.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * getopt(3) for /bin programs: short options from an optstring ("vicn", "n:" takes an argument),
 * clustered flags (-vn), "-n 5" and "-n5", "--" ending the options, and --help. Like GNU's
 * getopt, options may follow operands ({@code grep foo file -n}); "-" alone is an operand.
 * An error is kept as GNU's message, {@code prog: invalid option -- 'z'}, for the caller to print
 * with {@link #tryHelp}.
 */
public final class Opts {
    /** Per option character: null when absent, the argument (or "" for a flag) when present. */
    private final String[] value = new String[128];
    /** Every option with an argument as given, in order: "e" + argument, for {@link #all}. */
    private final List<String> given = new ArrayList<>();
    public final List<String> operands = new ArrayList<>();
    /** GNU's error line without the program name, or null. */
    public String error;
    public boolean help;

    private Opts() {
    }

    /** Parses argv[1..] against optstring. */
    public static Opts parse(List<String> argv, String optstring) {
        Opts o = new Opts();
        int i = 1;
        for (; i < argv.size() && o.error == null; i++) {
            String a = argv.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("--help")) {
                o.help = true;
            } else if (a.startsWith("--")) {
                o.error = "unrecognized option '" + a + "'";
            } else if (a.length() < 2 || a.charAt(0) != '-') {
                o.operands.add(a);
            } else {
                i = o.cluster(argv, i, optstring);
            }
        }
        o.operands.addAll(argv.subList(Math.min(i, argv.size()), argv.size()));
        return o;
    }

    /** Parses the cluster argv[i]; returns the index of the last argument it consumed. */
    private int cluster(List<String> argv, int i, String optstring) {
        String a = argv.get(i);
        for (int k = 1; k < a.length(); k++) {
            char c = a.charAt(k);
            int at = c == ':' ? -1 : optstring.indexOf(c);
            if (at < 0 || c >= 128) {
                error = "invalid option -- '" + c + "'";
                return i;
            }
            if (at + 1 < optstring.length() && optstring.charAt(at + 1) == ':') {
                if (k + 1 < a.length()) {
                    value[c] = a.substring(k + 1);
                } else if (i + 1 < argv.size()) {
                    value[c] = argv.get(++i);
                } else {
                    error = "option requires an argument -- '" + c + "'";
                    return i;
                }
                given.add(c + value[c]);
                return i;
            }
            value[c] = "";
        }
        return i;
    }

    public boolean has(char c) {
        return value[c] != null;
    }

    /** The option's argument, or dflt when the option is absent. */
    public String get(char c, String dflt) {
        return value[c] != null ? value[c] : dflt;
    }

    /** Every argument of a repeatable option, in order ({@code grep -e a -e b}). */
    public List<String> all(char c) {
        List<String> out = new ArrayList<>();
        for (String g : given) {
            if (g.charAt(0) == c) {
                out.add(g.substring(1));
            }
        }
        return out;
    }

    /** GNU's hint after a usage error: {@code Try 'prog --help' for more information.} */
    public static String tryHelp(String prog) {
        return "Try '" + prog + " --help' for more information.";
    }
}
