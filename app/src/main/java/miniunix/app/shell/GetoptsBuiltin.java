package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The getopts builtin (bash 5.2's getopts.def and its sh_getopt): {@code getopts OPTSTRING
 * NAME [ARG ...]} reads the next option of ARGs (default: the positional parameters) into
 * NAME, its argument (a letter followed by ':' in OPTSTRING) into OPTARG, and the index of
 * the next argument into OPTIND. The place within a grouped {@code -abc} lives in
 * {@link Variables} between calls, and assigning OPTIND=1 starts over. At the end of the
 * options (a word not starting with '-', a lone '-', or '--', which is skipped) NAME is '?'
 * and the status 1. An unknown letter makes NAME '?', a missing argument too, each with
 * sh_getopt's message unless OPTERR is 0 or OPTSTRING starts with ':', which is silent and
 * sets OPTARG to the letter (NAME ':' for a missing argument).
 */
final class GetoptsBuiltin {
    private static final String USAGE = "getopts: usage: getopts optstring name [arg ...]\n";
    private static final int EOF = -1;

    private GetoptsBuiltin() {
    }

    static int run(BuiltinFrame b, Shell sh, List<String> argv) {
        int first = 1;
        if (argv.size() > 1 && argv.get(1).startsWith("-") && argv.get(1).length() > 1) {
            if (!argv.get(1).equals("--")) {
                b.error("getopts: " + argv.get(1).substring(0, 2) + ": invalid option\n");
                b.say(b.err(), USAGE);
                return 2;
            }
            first = 2;
        }
        if (argv.size() - first < 2) {
            b.say(b.err(), USAGE);
            return 2;
        }
        String optstring = argv.get(first);
        String name = argv.get(first + 1);
        Variables v = sh.vars;
        List<String> args = new ArrayList<>();
        args.add(v.arg0);
        if (argv.size() > first + 2) {
            args.addAll(argv.subList(first + 2, argv.size()));
        } else {
            args.addAll(v.positional());
        }
        boolean silent = optstring.startsWith(":");
        if (silent) {
            optstring = optstring.substring(1);
        }
        boolean report = !silent && opterr(v.value("OPTERR"));
        Parse p = new Parse(v, args, optstring);
        int c = p.next();
        if (p.message != null && report) {
            // sh_getopt's own message: $0 and no line ("miniunix" for the login shell's -sh)
            b.say(b.err(), (v.arg0.startsWith("-") ? "miniunix" : v.arg0) + ": " + p.message + "\n");
        }
        if (v.isReadonly("OPTIND")) {
            b.error("OPTIND: readonly variable\n");
        } else {
            v.setOptind(v.special.optind);
        }
        if (c == EOF) {
            v.unset("OPTARG");
            bind(b, v, name, "?");
            return 1;
        }
        if (c == '?' && (p.optarg == null || p.optarg.isEmpty())) {
            boolean missing = p.optarg != null;
            int status = bind(b, v, name, silent && missing ? ":" : "?");
            if (silent) {
                assign(b, v, "OPTARG", String.valueOf(p.optopt));
            } else {
                v.unset("OPTARG");
            }
            return status;
        }
        if (p.optarg == null) {
            v.unset("OPTARG");
        } else {
            assign(b, v, "OPTARG", p.optarg);
        }
        return bind(b, v, name, String.valueOf((char) c));
    }

    /** bash's sv_opterr: messages unless OPTERR's leading number is 0 (unset or empty: on). */
    private static boolean opterr(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        String s = value.strip();
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (s.charAt(i) != '0') {
                return true;
            }
            i++;
        }
        return false;
    }

    /** NAME=value: 1 for a bad name, 2 for a readonly one (bash's getopts_bind_variable). */
    private static int bind(BuiltinFrame b, Variables v, String name, String value) {
        if (!Variables.isName(name)) {
            b.error("getopts: `" + name + "': not a valid identifier\n");
            return 1;
        }
        if (v.isReadonly(name)) {
            b.error(name + ": readonly variable\n");
            return 2;
        }
        if (v.isNoassign(name)) {
            return 2;                   // getopts a GROUPS: refused, silently (bash)
        }
        v.set(name, value);
        return 0;
    }

    /** OPTARG's assignment: a readonly one stays, with bash's message, and getopts goes on. */
    private static void assign(BuiltinFrame b, Variables v, String name, String value) {
        if (v.isReadonly(name)) {
            b.error(name + ": readonly variable\n");
        } else {
            v.set(name, value);
        }
    }

    /** One step of sh_getopt over args (args[0] is $0), moving the place kept in v. */
    private static final class Parse {
        private final Variables v;
        private final List<String> args;
        private final String optstring;
        String optarg;
        char optopt;
        String message;

        Parse(Variables v, List<String> args, String optstring) {
            this.v = v;
            this.args = args;
            this.optstring = optstring;
        }

        int next() {
            int argc = args.size();
            if (v.special.optind >= argc || v.special.optind < 0) {
                v.special.optind = argc;
                return EOF;
            }
            if (v.special.optind == 0) {
                v.special.optind = 1;
                v.special.optNext = -1;
            }
            if (v.special.optNext >= 0 && (v.special.optCur >= argc || v.special.optNext > args.get(v.special.optCur).length())) {
                v.special.optNext = -1;
            }
            if (v.special.optNext < 0 || v.special.optNext >= args.get(v.special.optCur).length()) {
                if (v.special.optind >= argc) {
                    return EOF;
                }
                String word = args.get(v.special.optind);
                if (word.equals("--")) {
                    v.special.optind++;
                    return EOF;
                }
                if (!word.startsWith("-") || word.length() == 1) {
                    return EOF;
                }
                v.special.optCur = v.special.optind;
                v.special.optNext = 1;
            }
            String word = args.get(v.special.optCur);
            char c = word.charAt(v.special.optNext++);
            int at = optstring.indexOf(c);
            optopt = c;
            if (v.special.optNext >= word.length()) {
                v.special.optind++;
                v.special.optNext = -1;
            }
            if (at < 0 || c == ':') {
                message = "illegal option -- " + c;
                return '?';
            }
            if (at + 1 < optstring.length() && optstring.charAt(at + 1) == ':') {
                if (v.special.optNext >= 0 && v.special.optNext < word.length()) {
                    optarg = word.substring(v.special.optNext);
                    v.special.optind++;
                } else if (v.special.optind == argc) {
                    message = "option requires an argument -- " + c;
                    optarg = "";
                    v.special.optNext = -1;
                    return optstring.startsWith(":") ? ':' : '?';
                } else {
                    optarg = args.get(v.special.optind++);
                }
                v.special.optNext = -1;
            }
            return c;
        }
    }
}
