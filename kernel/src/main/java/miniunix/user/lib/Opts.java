package miniunix.user.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * getopt(3) and getopt_long(3) for /bin programs: short options from an optstring ("vicn",
 * "n:" takes an argument, "I::" an optional one that must be attached: -Iseconds), clustered
 * flags (-vn), "-n 5" and "-n5", "--" ending the options, and --help. Long options name a
 * short one ({@code "reverse=r key=k"}: --reverse is -r) and take an argument when it does, as
 * {@code --key=2} or {@code --key 2}; any unambiguous prefix will do ({@code --rev}), as in
 * glibc. A long option with no short form names a character from U+0080 up, which no short
 * option can be. Like GNU's getopt, options may follow operands
 * ({@code grep foo file -n}) unless optstring starts with '+' (the first operand ends the
 * options); "-" alone is an operand. --help stops the parsing, as GNU tools exit at it.
 * An error is kept as glibc's message, {@code invalid option -- 'z'}, for the caller to print
 * with {@link #tryHelp}.
 */
public final class Opts {
    /**
     * Per option character: null when absent, the argument (or "" for a flag) when present.
     * Made at the first option: most runs of a program in a loop give none (`sleep 2 &`).
     */
    private String[] value;
    /** Every option with an argument as given, in order: "e" + argument, for {@link #all}. */
    private final List<String> given = new ArrayList<>();
    /** Every option character in the order given, for programs where the last one wins. */
    private final StringBuilder sequence = new StringBuilder();
    public final List<String> operands = new ArrayList<>();
    /** glibc's error line without the program name, or null. */
    public String error;
    public boolean help;

    private Opts() {
    }

    /** Parses argv[1..] against optstring. */
    public static Opts parse(List<String> argv, String optstring) {
        return parse(argv, optstring, "");
    }

    /**
     * Parses argv[1..] against optstring and longopts, a space-separated list of name=c: the
     * long option --name is the short option c (which optstring must list).
     */
    public static Opts parse(List<String> argv, String optstring, String longopts) {
        Opts o = new Opts();
        boolean inOrder = optstring.startsWith("+");
        int i = 1;
        for (; i < argv.size() && o.error == null && !o.help; i++) {
            String a = argv.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.startsWith("--")) {
                i = o.longOption(argv, i, optstring, longopts);
            } else if (a.length() < 2 || a.charAt(0) != '-') {
                if (inOrder) {
                    break;
                }
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
            int at = c == ':' || c == '+' ? -1 : optstring.indexOf(c);
            if (at < 0 || c >= 128) {
                error = "invalid option -- '" + c + "'";
                return i;
            }
            if (optionalArgument(optstring, c)) {
                set(c, a.substring(k + 1));
                return i;
            }
            if (takesArgument(optstring, c)) {
                if (k + 1 < a.length()) {
                    set(c, a.substring(k + 1));
                } else if (i + 1 < argv.size()) {
                    set(c, argv.get(++i));
                } else {
                    error = "option requires an argument -- '" + c + "'";
                }
                return i;
            }
            flag(c);
        }
        return i;
    }

    /** Parses the long option argv[i]; returns the index of the last argument it consumed. */
    private int longOption(List<String> argv, int i, String optstring, String longopts) {
        String a = argv.get(i);
        int eq = a.indexOf('=');
        String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        List<String> possible = new ArrayList<>();
        for (String entry : (longopts + " help=?").trim().split(" ")) {
            String n = entry.substring(0, entry.length() - 2);
            if (n.equals(name)) {
                possible = List.of(entry);
                break;
            }
            if (n.startsWith(name)) {
                possible.add(entry);
            }
        }
        if (possible.isEmpty()) {
            error = "unrecognized option '" + a + "'";
        } else if (ambiguous(possible)) {
            StringBuilder list = new StringBuilder();
            for (String entry : possible) {
                list.append(" '--").append(entry, 0, entry.length() - 2).append('\'');
            }
            error = "option '" + a + "' is ambiguous; possibilities:" + list;
        } else {
            String arg = eq < 0 ? null : a.substring(eq + 1);
            return longValue(argv, i, possible.get(0), arg, optstring);
        }
        return i;
    }

    /** glibc's rule: a prefix of several names is ambiguous if they are different options. */
    private static boolean ambiguous(List<String> possible) {
        String first = possible.get(0);
        for (String entry : possible) {
            if (entry.charAt(entry.length() - 1) != first.charAt(first.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Records the long option entry ("key=k") with its argument; returns the last index used. */
    private int longValue(List<String> argv, int i, String entry, String arg, String optstring) {
        String full = "--" + entry.substring(0, entry.length() - 2);
        char c = entry.charAt(entry.length() - 1);
        if (optionalArgument(optstring, c)) {
            set(c, arg != null ? arg : "");
            return i;
        }
        if (c == '?' || !takesArgument(optstring, c)) {
            if (arg != null) {
                error = "option '" + full + "' doesn't allow an argument";
            } else if (c == '?') {
                help = true;
            } else {
                flag(c);
            }
            return i;
        }
        if (arg == null && i + 1 == argv.size()) {
            error = "option '" + full + "' requires an argument";
            return i;
        }
        set(c, arg != null ? arg : argv.get(++i));
        return i;
    }

    private static boolean takesArgument(String optstring, char c) {
        int at = optstring.indexOf(c);
        return at >= 0 && at + 1 < optstring.length() && optstring.charAt(at + 1) == ':';
    }

    private static boolean optionalArgument(String optstring, char c) {
        int at = optstring.indexOf(c);
        return takesArgument(optstring, c) && at + 2 < optstring.length()
                && optstring.charAt(at + 2) == ':';
    }

    private void set(char c, String arg) {
        values()[c] = arg;
        given.add(c + arg);
        sequence.append(c);
    }

    private void flag(char c) {
        values()[c] = "";
        sequence.append(c);
    }

    private String[] values() {
        if (value == null) {
            value = new String[256];
        }
        return value;
    }

    public boolean has(char c) {
        return value != null && value[c] != null;
    }

    /** The option's argument, or dflt when the option is absent. */
    public String get(char c, String dflt) {
        return value != null && value[c] != null ? value[c] : dflt;
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

    /**
     * Every option given, in order, a character each (a long option as its short one), so a
     * program can apply them in turn as getopt's loop does ({@code ls -l1} is long, {@code
     * ls -1l} too, {@code ls -lC} columns).
     */
    public String sequence() {
        return sequence.toString();
    }

    /** GNU's hint after a usage error: {@code Try 'prog --help' for more information.} */
    public static String tryHelp(String prog) {
        return "Try '" + prog + " --help' for more information.";
    }
}
