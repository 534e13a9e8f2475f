package miniunix.user.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What echo prints for its arguments, shared by /bin/echo (coreutils) and the shell's echo
 * builtin (bash's echo.def): leading options -n (no newline), -e (interpret backslash
 * escapes) and -E (don't) are recognised only as whole words made of those letters; anything
 * else, "--" included, is printed, the words separated by spaces.
 * <pre>
 *   for (i = 1; i &lt; argc; i++) { fputs(argv[i], stdout); if (i + 1 &lt; argc) putchar(' '); }
 * </pre>
 * With -e: \a \b \e \f \n \r \t \v \\, \0NNN (octal, up to three digits after the 0), \xHH,
 * and \c, which ends all output (the newline too); bash adds \E (escape) and \\uHHHH,
 * \\UHHHHHHHH (a character, in UTF-8). Any other escape is printed as it is.
 */
public final class EchoArgs {
    private EchoArgs() {
    }

    /** The bytes echo prints for argv (argv[0] is the command's name). */
    public static byte[] render(List<String> argv, Dialect dialect) {
        boolean newline = true;
        boolean escapes = false;
        int i = 1;
        for (; i < argv.size() && isOption(argv.get(i)); i++) {
            for (int k = 1; k < argv.get(i).length(); k++) {
                char c = argv.get(i).charAt(k);
                newline &= c != 'n';
                escapes = c == 'e' || (escapes && c != 'E');
            }
        }
        if (!escapes && i == argv.size() - 1 && newline) {
            return (argv.get(i) + "\n").getBytes(StandardCharsets.UTF_8);     // the common case
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = i; k < argv.size(); k++) {
            if (k > i) {
                out.write(' ');
            }
            byte[] word = argv.get(k).getBytes(StandardCharsets.UTF_8);
            if (!escapes) {
                out.write(word, 0, word.length);
            } else if (!unescape(word, dialect, out)) {
                return out.toByteArray();
            }
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** -n, -e, -E or a word of those letters, such as -neE. */
    private static boolean isOption(String a) {
        if (a.length() < 2 || a.charAt(0) != '-') {
            return false;
        }
        for (int k = 1; k < a.length(); k++) {
            if ("neE".indexOf(a.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Appends s with -e's escapes done; returns false at \c (stop all output). */
    private static boolean unescape(byte[] s, Dialect dialect, ByteArrayOutputStream out) {
        boolean bash = dialect == Dialect.BASH;
        for (int i = 0; i < s.length; i++) {
            byte c = s[i];
            if (c != '\\' || i + 1 == s.length) {
                out.write(c);
                continue;
            }
            byte e = s[++i];
            int at = "abefnrtv\\".indexOf(e);
            if (at >= 0) {
                out.write("\u0007\b\u001b\f\n\r\t\u000b\\".charAt(at));
            } else if (e == 'E' && bash) {
                out.write(0x1b);
            } else if (e == 'c') {
                return false;
            } else if (e == '0' || e == 'x' || bash && (e == 'u' || e == 'U')) {
                i = number(s, i, e, out);
            } else {
                out.write('\\');
                out.write(e);
            }
        }
        return true;
    }

    /**
     * \0NNN (octal), \xHH (hex), \\uHHHH or \\UHHHHHHHH (a character) whose letter is s[i];
     * returns the index of the last byte used. A \x or \\u without digits is printed as it is.
     */
    private static int number(byte[] s, int i, byte letter, ByteArrayOutputStream out) {
        int radix = letter == '0' ? 8 : 16;
        int max = letter == '0' ? 3 : letter == 'x' ? 2 : letter == 'u' ? 4 : 8;
        int v = 0;
        int n = 0;
        while (n < max && i + 1 < s.length && Character.digit(s[i + 1], radix) >= 0) {
            v = v * radix + Character.digit(s[++i], radix);
            n++;
        }
        if (letter != '0' && n == 0) {
            out.write('\\');
            out.write(letter);
        } else if (letter == 'u' || letter == 'U') {
            utf8(v, out);
        } else {
            out.write(v & 0xff);
        }
        return i;
    }

    /** The character cp in UTF-8, or '?' when it is none (as the coreutils do). */
    static void utf8(int cp, ByteArrayOutputStream out) {
        String c = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "?";
        byte[] b = c.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }
}
