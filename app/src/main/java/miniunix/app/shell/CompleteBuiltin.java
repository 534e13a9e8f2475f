package miniunix.app.shell;

import java.util.EnumSet;
import java.util.List;

/**
 * The complete and compopt builtins (bash 5.2's complete.def): complete stores a
 * {@link CompSpec} for each NAME (or for -D, -E, -I: the default, the empty line, the
 * command word), prints them with -p (or with no arguments) as commands that make them again,
 * and removes them with -r; compopt turns a spec's -o options on (-o) and off (+o), or prints
 * them. The messages and statuses are bash's: "NAME: no completion specification" (1), a bad
 * option with the usage line (2), "NAME: invalid option name" and "NAME: invalid action name"
 * (2, no usage line).
 */
final class CompleteBuiltin {
    static final String COMPLETE_USAGE = "complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] "
            + "[-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] "
            + "[-S suffix] [name ...]\n";
    static final String COMPOPT_USAGE = "compopt: usage: compopt [-o|+o option] [-DEI] [name ...]\n";

    private CompleteBuiltin() {
    }

    /**
     * A compspec's options as complete and compgen read them (complete.def's build_actions):
     * the actions, -o options and the arguments of -G -W -P -S -X -F -C, complete's -p -r and
     * -D -E -I, and the words after them.
     */
    static final class Parsed {
        final EnumSet<CompSpec.Action> actions = EnumSet.noneOf(CompSpec.Action.class);
        final EnumSet<CompSpec.Option> options = EnumSet.noneOf(CompSpec.Option.class);
        String globpat;
        String words;
        String prefix;
        String suffix;
        String funcname;
        String command;
        String filterpat;
        boolean print;
        boolean remove;
        /** -D, -E or -I: the special name they stand for (-D wins over -E, -E over -I); or null. */
        String special;
        boolean given;
        List<String> operands;

        CompSpec spec() {
            return new CompSpec(actions, options, globpat, words, prefix, suffix, funcname, command, filterpat);
        }
    }

    /**
     * Reads argv's options by spec (complete's, or compgen's without p r D E I); null, having
     * said why, when one is bad.
     */
    static Parsed parse(BuiltinFrame b, List<String> argv, String spec, String usage) {
        BuiltinOptions opts = new BuiltinOptions(b, argv, spec, usage);
        Parsed p = new Parsed();
        boolean d = false;
        boolean e = false;
        boolean i = false;
        for (int c = opts.next(); c != BuiltinOptions.END; c = opts.next()) {
            if (c == BuiltinOptions.BAD) {
                return null;
            }
            p.given = true;
            CompSpec.Action letter = CompSpec.Action.ofLetter((char) c);
            if (letter != null) {
                p.actions.add(letter);
                continue;
            }
            String arg = opts.arg();
            switch (c) {
                case 'o' -> {
                    CompSpec.Option o = CompSpec.Option.named(arg);
                    if (o == null) {
                        b.error(argv.get(0) + ": " + arg + ": invalid option name\n");
                        return null;
                    }
                    p.options.add(o);
                }
                case 'A' -> {
                    CompSpec.Action a = CompSpec.Action.named(arg);
                    if (a == null) {
                        b.error(argv.get(0) + ": " + arg + ": invalid action name\n");
                        return null;
                    }
                    p.actions.add(a);
                }
                case 'G' -> p.globpat = arg;
                case 'W' -> p.words = arg;
                case 'P' -> p.prefix = arg;
                case 'S' -> p.suffix = arg;
                case 'X' -> p.filterpat = arg;
                case 'F' -> p.funcname = arg;
                case 'C' -> p.command = arg;
                case 'p' -> p.print = true;
                case 'r' -> p.remove = true;
                case 'D' -> d = true;
                case 'E' -> e = true;
                case 'I' -> i = true;
                default -> throw new AssertionError((char) c);
            }
        }
        p.special = d ? CompSpecs.DEFAULT : e ? CompSpecs.EMPTY : i ? CompSpecs.INITIAL : null;
        p.operands = opts.operands();
        return p;
    }

    /** complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [...] [name ...]. */
    static int complete(BuiltinFrame b, Shell sh, List<String> argv) {
        if (argv.size() == 1) {
            printAll(b, sh);
            return 0;
        }
        Parsed p = parse(b, argv, "abcdefgjko:prsuvA:G:W:P:S:X:F:C:DEI", COMPLETE_USAGE);
        if (p == null) {
            return BuiltinOptions.STATUS;
        }
        List<String> names = p.special != null ? List.of(p.special) : p.operands;
        if (p.print || p.operands.isEmpty() && p.special == null && !p.given) {
            if (names.isEmpty()) {
                printAll(b, sh);
                return 0;
            }
            int status = 0;
            for (String name : names) {
                CompSpec cs = sh.compSpecs.get(name);
                if (cs == null) {
                    status = noSpec(b, "complete", name);
                } else {
                    b.say(b.out(), cs.printed(name));
                }
            }
            return status;
        }
        if (p.remove) {
            if (names.isEmpty()) {
                sh.compSpecs.clear();
                return 0;
            }
            int status = 0;
            for (String name : names) {
                if (!sh.compSpecs.remove(name)) {
                    status = noSpec(b, "complete", name);
                }
            }
            return status;
        }
        if (names.isEmpty()) {
            b.say(b.err(), COMPLETE_USAGE);
            return BuiltinOptions.STATUS;
        }
        CompSpec cs = p.spec();
        for (String name : names) {
            sh.compSpecs.put(name, cs);
        }
        return 0;
    }

    private static void printAll(BuiltinFrame b, Shell sh) {
        StringBuilder sb = new StringBuilder();
        for (String name : sh.compSpecs.names()) {
            sb.append(sh.compSpecs.get(name).printed(name));
        }
        if (sb.length() > 0) {
            b.say(b.out(), sb.toString());
        }
    }

    private static int noSpec(BuiltinFrame b, String builtin, String name) {
        b.error(builtin + ": " + name + ": no completion specification\n");
        return 1;
    }

    /**
     * compopt [-o|+o option] [-DEI] [name ...]: options after '-' are turned on, after '+'
     * off. Without a NAME (or -D -E -I) it acts on the completion being generated
     * ({@link Shell#completing}), and fails outside one.
     */
    static int compopt(BuiltinFrame b, Shell sh, List<String> argv) {
        EnumSet<CompSpec.Option> on = EnumSet.noneOf(CompSpec.Option.class);
        EnumSet<CompSpec.Option> off = EnumSet.noneOf(CompSpec.Option.class);
        boolean d = false;
        boolean e = false;
        boolean i = false;
        int w = 1;
        for (; w < argv.size(); w++) {
            String word = argv.get(w);
            if (word.equals("--")) {
                w++;
                break;
            }
            if (word.length() < 2 || word.charAt(0) != '-' && word.charAt(0) != '+') {
                break;
            }
            char sign = word.charAt(0);
            for (int k = 1; k < word.length(); k++) {
                char c = word.charAt(k);
                if (c == 'o') {
                    String arg;
                    if (k + 1 < word.length()) {
                        arg = word.substring(k + 1);
                    } else if (w + 1 < argv.size()) {
                        arg = argv.get(++w);
                    } else {
                        b.error("compopt: " + sign + "o: option requires an argument\n" + COMPOPT_USAGE);
                        return BuiltinOptions.STATUS;
                    }
                    CompSpec.Option o = CompSpec.Option.named(arg);
                    if (o == null) {
                        b.error("compopt: " + arg + ": invalid option name\n");
                        return BuiltinOptions.STATUS;
                    }
                    (sign == '-' ? on : off).add(o);
                    break;
                } else if (c == 'D' || c == 'E' || c == 'I') {
                    d |= c == 'D';
                    e |= c == 'E';
                    i |= c == 'I';
                } else {
                    b.error("compopt: " + sign + c + ": invalid option\n" + COMPOPT_USAGE);
                    return BuiltinOptions.STATUS;
                }
            }
        }
        String special = d ? CompSpecs.DEFAULT : e ? CompSpecs.EMPTY : i ? CompSpecs.INITIAL : null;
        List<String> names = special != null ? List.of(special) : argv.subList(w, argv.size());
        if (names.isEmpty()) {
            Compgen.Running run = sh.completing;
            if (run == null) {
                b.error("compopt: not currently executing completion function\n");
                return 1;
            }
            if (on.isEmpty() && off.isEmpty()) {
                b.say(b.out(), run.spec().optionsPrinted(run.name()));
            } else {
                sh.completing = run.withSpec(run.spec().withOptions(on, off));
            }
            return 0;
        }
        int status = 0;
        for (String name : names) {
            CompSpec cs = sh.compSpecs.get(name);
            if (cs == null) {
                status = noSpec(b, "compopt", name);
            } else if (on.isEmpty() && off.isEmpty()) {
                b.say(b.out(), cs.optionsPrinted(name));
            } else {
                sh.compSpecs.put(name, cs.withOptions(on, off));
            }
        }
        return status;
    }
}
