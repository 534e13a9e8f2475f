package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The state behind the variables whose assignment does more than store a value (bash's
 * special_vars and their sv_ functions): RANDOM=N reseeds $RANDOM's generator, OPTIND=N
 * moves getopts' place, unset FUNCNAME ends its being the calls' names; and what FUNCNAME,
 * BASH_SOURCE and BASH_LINENO are made of. {@link Variables} keeps the values themselves and
 * calls in here when one of these names is set, unset, made local or read.
 */
final class SpecialVars {
    /**
     * $RANDOM's generator: Park and Miller's minimal standard, x = 16807 x mod (2^31 - 1),
     * as bash uses; seeded from getrandom(2) at start, so from --seed, or by RANDOM=N.
     */
    private long randomState = 1;
    /**
     * getopts' place between calls (bash's sh_optind, curind and charindex): the index of the
     * next argument (0: start afresh at 1), the argument a grouped -abc is being read from and
     * the offset of its next letter (-1: none). Assigning OPTIND (or unset or local OPTIND)
     * sets the index from the new value, 1 starting over as POSIX says; getopts' own update
     * of OPTIND does not ({@link Variables#setOptind}).
     */
    int optind;
    int optCur;
    int optNext = -1;
    /**
     * FUNCNAME is still the array of the calls' names; unset FUNCNAME makes it a plain
     * variable for good (BASH_SOURCE and BASH_LINENO cannot be unset).
     */
    boolean funcnameDynamic = true;
    /**
     * DIRSTACK is still the directory stack ($PWD, then pushd's entries; assigning an element
     * changes an entry, bash's assign_dirstack); unset DIRSTACK makes it a plain variable for
     * good, the stack itself staying as it is.
     */
    boolean dirstackDynamic = true;
    /**
     * FUNCNAME shows its elements (bash's att_invisible off): from the start of a function call
     * until a call made at the top level ends; a call left by an error (the line dropped)
     * leaves it visible at the top level, as bash's longjmp skips make_funcname_visible(0).
     */
    boolean funcnameVisible;

    /**
     * Whether NAME is one of the arrays of the calls running: BASH_SOURCE and BASH_LINENO
     * always (they cannot be unset), FUNCNAME until it is unset (then it is a plain variable,
     * as bash's loses its dynamic value).
     */
    boolean isCallArray(String name) {
        return switch (name) {
            case "BASH_SOURCE", "BASH_LINENO" -> true;
            case "FUNCNAME" -> funcnameDynamic;
            default -> false;
        };
    }

    /**
     * FUNCNAME, BASH_SOURCE or BASH_LINENO, made afresh from the calls ({@link Variables#calls}):
     * element i is the name of call i (innermost first; "source" for . and source, "main" for
     * the script file), the file it runs from (where a function was defined, the file . read,
     * the script), and the line it was called on (0 for main). FUNCNAME is empty outside
     * functions, where bash keeps it invisible (declare -p shows it unset), even in a sourced
     * file or over a script's main (see {@link #funcnameVisible}).
     */
    ShellArray callArray(String name, Shell.Call calls) {
        List<String> list = new ArrayList<>();
        if (!name.equals("FUNCNAME") || funcnameVisible) {
            for (Shell.Call c = calls; c != null; c = c.up()) {
                list.add(switch (name) {
                    case "FUNCNAME" -> c.name();
                    case "BASH_SOURCE" -> c.file();
                    default -> Integer.toString(c.line());
                });
            }
        }
        return ShellArray.of(list);
    }

    SpecialVars copy() {
        SpecialVars s = new SpecialVars();
        s.randomState = randomState;
        s.setPlace(place());
        s.funcnameDynamic = funcnameDynamic;
        s.dirstackDynamic = dirstackDynamic;
        s.funcnameVisible = funcnameVisible;
        return s;
    }

    /** getopts' place, as a call that makes OPTIND local saves it (bash 5). */
    int[] place() {
        return new int[] {optind, optCur, optNext};
    }

    /** getopts' place becomes one {@link #place} gave. */
    void setPlace(int[] p) {
        optind = p[0];
        optCur = p[1];
        optNext = p[2];
    }

    /** bash's sv_optind: the index is atoi(value), and 1, a negative one or none (null) is 0 (afresh). */
    void optindAssigned(String v) {
        long n = 0;
        if (v != null) {
            int i = 0;
            while (i < v.length() && Character.isWhitespace(v.charAt(i))) {
                i++;
            }
            boolean minus = i < v.length() && v.charAt(i) == '-';
            if (i < v.length() && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
                i++;
            }
            for (; i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9' && n <= Integer.MAX_VALUE; i++) {
                n = n * 10 + (v.charAt(i) - '0');
            }
            n = minus ? -n : n;
        }
        optind = n < 0 || n == 1 || n > Integer.MAX_VALUE ? 0 : (int) n;
    }

    /** RANDOM=value: bash's sv_randomseed reseeds from strtoul(value). */
    void randomAssigned(String value) {
        seedRandom(leadingNumber(value));
    }

    /** strtoul(s, NULL, 10): the decimal digits s starts with (after blanks), or 0. */
    private static long leadingNumber(String s) {
        long n = 0;
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && n < 1L << 40; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Seeds $RANDOM's generator: at start from getrandom(2), or by RANDOM=N. */
    void seedRandom(long seed) {
        randomState = Math.floorMod(seed, 0x7fffffffL);
        randomState = randomState == 0 ? 123459876 : randomState;
    }

    /** The next $RANDOM, 0..32767: both halves of the generator's state folded together. */
    int nextRandom() {
        randomState = randomState * 16807 % 0x7fffffffL;
        return (int) (((randomState >> 16) ^ (randomState & 0xffff)) & 32767);
    }
}
