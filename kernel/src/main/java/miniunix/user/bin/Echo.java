package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * echo(1) of coreutils: prints its arguments separated by spaces. Leading options -n (no
 * newline), -e (interpret backslash escapes) and -E (don't) are recognised only as whole
 * words made of those letters; anything else is printed.
 * <pre>
 *   for (i = 1; i &lt; argc; i++) { fputs(argv[i], stdout); if (i + 1 &lt; argc) putchar(' '); }
 * </pre>
 */
public final class Echo extends Proc {
    public Echo(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        boolean newline = true;
        boolean escapes = false;
        int i = 1;
        for (; i < argv.size() && argv.get(i).matches("-[neE]+"); i++) {
            for (char c : argv.get(i).substring(1).toCharArray()) {
                newline &= c != 'n';
                escapes = c == 'e' || (escapes && c != 'E');
            }
        }
        for (int k = i; k < argv.size(); k++) {
            if (k > i) {
                out.print(' ');
            }
            if (escapes && !unescape(argv.get(k))) {
                return exit(0);
            }
            if (!escapes) {
                out.print(argv.get(k));
            }
        }
        if (newline) {
            out.print('\n');
        }
        return exit(0);
    }

    /** Prints s with -e escapes; returns false at \c (stop all output). */
    private boolean unescape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.print(String.valueOf(c));
                continue;
            }
            char e = s.charAt(++i);
            int at = "abefnrtv\\".indexOf(e);
            if (at >= 0) {
                out.print("\u0007\b\u001b\f\n\r\t\u000b\\".charAt(at));
            } else if (e == 'c') {
                return false;
            } else if (e == '0' || e == 'x') {
                i = number(s, i, e == 'x' ? 16 : 8, e == 'x' ? 2 : 3);
            } else {
                out.print('\\').print(String.valueOf(e));
            }
        }
        return true;
    }

    /** \0nnn (octal) or \xHH (hex) after s[i]; returns the index of the last digit used. */
    private int number(String s, int i, int radix, int max) {
        int v = 0;
        int n = 0;
        while (n < max && i + 1 < s.length() && Character.digit(s.charAt(i + 1), radix) >= 0) {
            v = v * radix + Character.digit(s.charAt(++i), radix);
            n++;
        }
        if (radix == 16 && n == 0) {
            out.print("\\x");
        } else {
            out.print((char) (v & 0xff));
        }
        return i;
    }
}
