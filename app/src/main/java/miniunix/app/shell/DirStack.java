package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * bash's directory stack (pushd.def): pushd, popd and dirs. The stack is
 * {@link Variables#dirStack}, most recent first; the current directory ($PWD) is entry 0 of
 * what dirs shows and of DIRSTACK, the stack's entries follow from 1. A change of directory
 * goes through cd's own code ({@link BuiltinFrame#changeDir}), so its messages and $PWD and
 * $OLDPWD are cd's; the builtin's name stands in its messages, as in bash.
 */
final class DirStack {
    /** What pushd or popd returns when it has asked its frame to change directory first. */
    static final int MOVE = -1;

    private DirStack() {
    }

    private static final String PUSHD_USAGE = "pushd: usage: pushd [-n] [+N | -N | dir]\n";
    private static final String POPD_USAGE = "popd: usage: popd [-n] [+N | -N]\n";
    private static final String DIRS_USAGE = "dirs: usage: dirs [-clpv] [+N] [-N]\n";

    /** bash's legal_number: blanks, an optional sign, digits, blanks; null when not one. */
    static Long number(String s) {
        String t = s.strip();
        if (!t.matches("[+-]?[0-9]+")) {
            return null;
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return t.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static int usage(BuiltinFrame f, String word, String what, String usage) {
        f.error(word + ": " + what + "\n");
        f.say(f.err(), usage);
        return BuiltinOptions.STATUS;
    }

    /** bash's pushd_error: the stack is empty, or ARG is out of its range. */
    private static int rangeError(BuiltinFrame f, String name, int size, String arg) {
        f.error(name + ": " + (size == 0 ? "directory stack empty" : arg + ": directory stack index out of range")
                + "\n");
        return 1;
    }

    /** bash's polite_directory_format: $HOME at the start of DIR (HOME longer than "/") becomes ~. */
    static String polite(Shell sh, String dir) {
        String home = sh.vars.value("HOME");
        if (home != null && home.length() > 1 && dir.startsWith(home)
                && (dir.length() == home.length() || dir.charAt(home.length()) == '/')) {
            return "~" + dir.substring(home.length());
        }
        return dir;
    }

    /** Entry i of the list dirs shows: 0 the current directory, then the stack. */
    private static String entry(Shell sh, int i) {
        String pwd = sh.vars.get("PWD");
        return i == 0 ? (pwd == null ? "" : pwd) : sh.vars.dirStack.get(i - 1);
    }

    /** What dirs prints without arguments: the entries on one line, ~ for $HOME. */
    private static void show(BuiltinFrame f, Shell sh) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= sh.vars.dirStack.size(); i++) {
            b.append(i == 0 ? "" : " ").append(polite(sh, entry(sh, i)));
        }
        f.say(f.out(), b.append('\n').toString());
    }

    /** dirs [-clpv] [+N] [-N]. */
    static int dirs(BuiltinFrame f, Shell sh, List<String> argv) {
        boolean lng = false;
        boolean clear = false;
        boolean verbose = false;
        boolean perLine = false;
        int index = -1;
        boolean indexed = false;
        String word = null;
        int n = sh.vars.dirStack.size();
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("-l")) {
                lng = true;
            } else if (a.equals("-c")) {
                clear = true;
            } else if (a.equals("-v")) {
                verbose = true;
            } else if (a.equals("-p")) {
                perLine = true;
            } else if (a.equals("--")) {
                break;
            } else if (a.startsWith("+") || a.startsWith("-")) {
                word = a.substring(1);
                Long k = number(word);
                if (k == null) {
                    return usage(f, "dirs: " + a, "invalid number", DIRS_USAGE);
                }
                long at = a.startsWith("+") ? k : n - k;
                index = at < 0 || at > n ? -1 : (int) at;
                indexed = true;
            } else {
                return usage(f, "dirs: " + a, "invalid option", DIRS_USAGE);
            }
        }
        if (clear) {
            sh.vars.dirStack = new ArrayList<>();
            return 0;
        }
        if (indexed && index < 0) {
            return rangeError(f, "dirs", n, word);
        }
        StringBuilder b = new StringBuilder();
        int from = indexed ? index : 0;
        int to = indexed ? index : n;
        for (int i = from; i <= to; i++) {
            String d = lng ? entry(sh, i) : polite(sh, entry(sh, i));
            if (verbose) {
                b.append(String.format("%2d  %s\n", i, d));
            } else if (perLine || indexed) {
                b.append(d).append('\n');
            } else {
                b.append(i == from ? "" : " ").append(d);
            }
        }
        if (!verbose && !perLine && !indexed) {
            b.append('\n');
        }
        f.say(f.out(), b.toString());
        return 0;
    }

    /** pushd [-n] [+N | -N | DIR]. */
    static int pushd(BuiltinFrame f, Shell sh, List<String> argv) {
        boolean noCd = false;
        int i = 1;
        long rotate = -1;
        for (; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("-n")) {
                noCd = true;
            } else if (a.equals("--")) {
                i++;
                break;
            } else if (a.equals("-")) {
                break;
            } else if (a.startsWith("+") || a.startsWith("-")) {
                Long k = number(a.substring(1));
                if (k == null) {
                    return usage(f, "pushd: " + a, "invalid number", PUSHD_USAGE);
                }
                int n = sh.vars.dirStack.size();
                long at = a.startsWith("+") ? k : n - k;
                if (at < 0 || at > n) {
                    return rangeError(f, "pushd", n, a);
                }
                rotate = at;
                break;
            } else {
                break;
            }
        }
        List<String> stack = sh.vars.dirStack;
        if (rotate >= 0) {
            // the list rotates so that entry N is first: it is then the directory to go to
            String temp = entry(sh, 0);
            List<String> s = new ArrayList<>(stack);
            for (long k = rotate; k > 0; k--) {
                String top = s.remove(0);
                s.add(temp);
                temp = top;
            }
            return noCd ? keep(sh, s, 0) : move(f, sh, temp, s);
        }
        if (i >= argv.size()) {
            if (noCd) {
                return 0;
            }
            if (stack.isEmpty()) {
                f.error("pushd: no other directory\n");
                return 1;
            }
            List<String> s = new ArrayList<>(stack);
            String to = s.set(0, entry(sh, 0));
            return move(f, sh, to, s);
        }
        if (i + 1 < argv.size()) {
            f.error("pushd: too many arguments\n");
            return 1;
        }
        String dir = argv.get(i);
        List<String> s = new ArrayList<>(stack);
        if (noCd) {
            s.add(0, dir);
            sh.vars.dirStack = s;
            show(f, sh);
            return 0;
        }
        String old = entry(sh, 0);
        f.changeDir(dir, () -> {
            s.add(0, old);
            sh.vars.dirStack = s;
            show(f, sh);
            return 0;
        });
        return MOVE;
    }

    private static int keep(Shell sh, List<String> s, int status) {
        sh.vars.dirStack = s;
        return status;
    }

    /** Goes to DIR through cd's code; when that works the stack becomes S and dirs shows it. */
    private static int move(BuiltinFrame f, Shell sh, String dir, List<String> s) {
        IntSupplier after = () -> {
            sh.vars.dirStack = s;
            show(f, sh);
            return 0;
        };
        f.changeDir(dir, after);
        return MOVE;
    }

    /** popd [-n] [+N | -N]. */
    static int popd(BuiltinFrame f, Shell sh, List<String> argv) {
        boolean noCd = false;
        long which = 0;
        boolean fromTop = true;
        String word = null;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("-n")) {
                noCd = true;
            } else if (a.equals("--")) {
                break;
            } else if (a.startsWith("+") || a.startsWith("-")) {
                Long k = number(a.substring(1));
                if (k == null) {
                    return usage(f, "popd: " + a, "invalid number", POPD_USAGE);
                }
                which = k;
                fromTop = a.startsWith("+");
                word = a;
            } else if (!a.isEmpty()) {
                return usage(f, "popd: " + a, "invalid argument", POPD_USAGE);
            } else {
                break;
            }
        }
        List<String> s = new ArrayList<>(sh.vars.dirStack);
        int n = s.size();
        long at = fromTop ? which : n - which;
        if (n == 0 || at < 0 || at > n) {
            return rangeError(f, "popd", n, word);
        }
        if (at == 0) {
            String to = s.remove(0);
            if (!noCd) {
                return move(f, sh, to, s);
            }
        } else {
            s.remove((int) at - 1);
        }
        sh.vars.dirStack = s;
        show(f, sh);
        return 0;
    }
}
