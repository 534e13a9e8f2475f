package miniunix.app.shell;

/**
 * Key sequences as readline writes and reads them (lib/readline/bind.c): {@link #translate}
 * turns {@code "\C-x\C-k"}, {@code \e}, {@code \M-}, octal and hex escapes into the
 * characters the keys send; {@link #name} writes a bound sequence back as bind -p does, and
 * {@link #macroText} a macro's text as bind -s and -X do. A key is a char below 256, as
 * readline's keymaps index bytes.
 */
public final class KeySeq {
    static final char ESC = 27;
    static final char RUBOUT = 127;

    private KeySeq() {
    }

    /** rl_translate_keyseq with convert-meta on (the C locale's). */
    public static String translate(String seq) {
        return translate(seq, true);
    }

    /**
     * rl_translate_keyseq: the keys SEQ names (backslash escapes, \C- and \M- prefixes); a
     * meta key is ESC and the key when convertMeta, else the key with its eighth bit set.
     */
    public static String translate(String seq, boolean convertMeta) {
        StringBuilder out = new StringBuilder();
        boolean control = false;
        boolean meta = false;
        for (int i = 0; i < seq.length() || control || meta; i++) {
            int c = i < seq.length() ? seq.charAt(i) : 0;
            if (c == '\\' && i + 1 < seq.length()) {
                c = seq.charAt(++i);
                if ((c == 'C' || c == 'M') && i + 1 < seq.length() && seq.charAt(i + 1) == '-') {
                    i++;
                    control |= c == 'C';
                    meta |= c == 'M';
                    continue;
                }
                switch (c) {
                    case 'a' -> c = 7;
                    case 'b' -> c = '\b';
                    case 'd' -> c = RUBOUT;
                    case 'e' -> c = ESC;
                    case 'f' -> c = '\f';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    case 'v' -> c = 11;
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        c -= '0';
                        for (int k = 0; k < 2 && i + 1 < seq.length() && isOctal(seq.charAt(i + 1));
                                k++) {
                            c = c * 8 + seq.charAt(++i) - '0';
                        }
                        c &= 0xff;
                    }
                    case 'x' -> {
                        int v = 0;
                        int k = 0;
                        for (; k < 2 && i + 1 < seq.length()
                                && Character.digit(seq.charAt(i + 1), 16) >= 0; k++) {
                            v = v * 16 + Character.digit(seq.charAt(++i), 16);
                        }
                        c = k == 0 ? 'x' : v;
                    }
                    default -> c &= 0xff;
                }
            }
            if (control) {
                c = c == '?' ? RUBOUT : Character.toUpperCase(c) & 0x1f;
                control = false;
            }
            if (meta && convertMeta) {
                out.append(ESC);
            } else if (meta) {
                c |= 0x80;
            }
            meta = false;
            out.append((char) c);
            if (i >= seq.length()) {
                break;
            }
        }
        return out.toString();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /**
     * A bound sequence as bind -p, -P and -q print it: each key before the last as
     * rl_invoking_keyseqs_in_map names a prefix (ESC as \M- with convert-meta on), the last by
     * _rl_get_keyname.
     */
    public static String name(String keys, boolean convertMeta) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.length() - 1; i++) {
            char c = keys.charAt(i);
            if (c == ESC) {
                sb.append(convertMeta ? "\\M-" : "\\e");
                continue;
            }
            if (c < 0x20 || c == RUBOUT) {
                sb.append("\\C-");
                c = c == RUBOUT ? '?' : Character.toLowerCase((char) (c | 0x40));
            }
            sb.append(c == '\\' || c == '"' ? "\\" : "").append(c);
        }
        return keys.isEmpty() ? "" : sb.append(keyName(keys.charAt(keys.length() - 1))).toString();
    }

    /** As bind -s and -X name a sequence: ESC as \e, every other key by _rl_get_keyname. */
    static String macroName(String keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.length(); i++) {
            sb.append(keys.charAt(i) == ESC ? "\\e" : keyName(keys.charAt(i)));
        }
        return sb.toString();
    }

    /** _rl_get_keyname: one key, as it would be typed in an inputrc. */
    static String keyName(int c) {
        if (c == ESC) {
            return "\\e";
        } else if (c == RUBOUT) {
            return "\\C-?";
        }
        StringBuilder sb = new StringBuilder();
        if (c < 0x20) {
            sb.append("\\C-");
            c = Character.toLowerCase((char) (c | 0x40));
        }
        if (c >= 128 && c <= 159) {
            sb.append("\\2").append((char) ('0' + (c - 128) / 8));
            c = '0' + (c - 128) % 8;
        } else if (c >= 160) {
            sb.append('\\').append((char) ('0' + ((c >> 6) & 7)))
                    .append((char) ('0' + ((c >> 3) & 7)));
            c = '0' + c % 8;
        }
        if (c == '\\' || c == '"') {
            sb.append('\\');
        }
        return sb.append((char) c).toString();
    }

    /** _rl_untranslate_macro_value without escapes: a macro's (or -x command's) text. */
    static String macroText(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (c >= 128 && c < 256) {
                sb.append("\\M-");
                c -= 128;
            } else if (c == ESC) {
                sb.append("\\e");
                continue;
            } else if (c < 0x20) {
                sb.append("\\C-");
                c = Character.toLowerCase((char) (c | 0x40));
            } else if (c == RUBOUT) {
                sb.append("\\C-");
                c = '?';
            }
            if (c == '\\' || c == '"') {
                sb.append('\\');
            }
            sb.append((char) c);
        }
        return sb.toString();
    }
}
