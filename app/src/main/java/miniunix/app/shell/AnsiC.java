package miniunix.app.shell;

/**
 * The backslash escapes of bash's $'...' quoting (ansicstr in strtrans.c), also what
 * {@link SetBuiltin} undoes when it prints a value with control characters in it.
 */
final class AnsiC {
    private AnsiC() {
    }

    /**
     * The escape whose letter is at src[i] (the backslash before it already read): appends
     * what it stands for to sb and returns the index after it.
     */
    static int escape(String src, int i, StringBuilder sb) {
        char c = src.charAt(i);
        switch (c) {
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'e', 'E' -> sb.append('\u001b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000b');
            case '\\', '\'', '"', '?' -> sb.append(c);
            case 'x' -> {
                return number(src, i + 1, 16, 2, sb, "\\x");
            }
            case 'u' -> {
                return number(src, i + 1, 16, 4, sb, "\\u");
            }
            case 'U' -> {
                return number(src, i + 1, 16, 8, sb, "\\U");
            }
            case 'c' -> {
                if (i + 1 < src.length()) {
                    sb.append((char) (src.charAt(i + 1) & 0x1f));
                    return i + 2;
                }
                sb.append("\\c");
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    return number(src, i, 8, 3, sb, "\\");
                }
                sb.append('\\').append(c);
            }
        }
        return i + 1;
    }

    /** Up to max digits of a number in radix at i, appended as the character (code point) it names. */
    private static int number(String src, int i, int radix, int max, StringBuilder sb, String none) {
        int end = i;
        int v = 0;
        while (end < src.length() && end - i < max && Character.digit(src.charAt(end), radix) >= 0) {
            v = v * radix + Character.digit(src.charAt(end++), radix);
        }
        if (end == i) {
            sb.append(none);
        } else if (radix == 8 || radix == 16 && max == 2) {
            sb.append((char) (v & 0xff));
        } else if (Character.isValidCodePoint(v)) {
            sb.appendCodePoint(v);
        }
        return end;
    }
}
