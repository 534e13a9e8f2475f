package miniunix.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The shell's readline state: the emacs keymap (each key sequence bound to a readline
 * function, a macro, or a shell command for bind -x) and the readline variables, as bind
 * reads and changes them. In bash readline runs inside the shell; here the line editor is the
 * terminal's front end (JLine), so this is the state it is told to follow: at each prompt
 * of an interactive shell whose state changed, the shell writes it to the terminal
 * ({@link #sync}), a private DCS sequence the front end takes off the screen and applies.
 * Both start from the same defaults (emacs.inputrc), so bind -p tells what each key does.
 *
 * <p>Keys are chars below 256 (readline's keymaps index bytes); the map is sorted, which is
 * the order readline walks its keymaps in. Copied by fork (a subshell's bind is its own).
 *
 * <p>Simplified: one keymap (emacs); no $if/$include directives in an inputrc; a key bound
 * both alone and as a prefix is listed as it was bound (readline lists the lone one as
 * KEY\000); only the variables in {@link Variable}, which the front end carries out.
 */
public final class Keymap {
    /** The DCS that carries {@link #sync}'s text to the terminal: ESC P, the name, ESC \. */
    public static final String SYNC_START = "\033Pminiunix-readline;";
    public static final String SYNC_END = "\033\\";
    /**
     * A key bound by bind -x was typed: the line the terminal sends the shell in place of a
     * command, X_REQUEST, the keys, the cursor and the line (keys and line in hex), SYNC_END.
     */
    public static final String X_REQUEST = "\033Pminiunix-readline-x;";
    /** The shell's answer once the command ran: LINE_START, cursor, line (hex), SYNC_END. */
    public static final String LINE_START = "\033Pminiunix-readline-line;";

    /** What a key does. */
    public enum Kind { FUNCTION, MACRO, COMMAND }

    /** A binding: a function, a macro's text, or a shell command's text (bind -x). */
    public record Binding(Kind kind, ReadlineFunction function, String text) {
        public Binding {
            Objects.requireNonNull(kind);
        }

        static Binding of(ReadlineFunction f) {
            return new Binding(Kind.FUNCTION, f, null);
        }
    }

    /**
     * The readline variables the front end carries out, in the order bind -v lists them
     * (bash's: the booleans, then the others, each set alphabetically), with their defaults.
     */
    public enum Variable {
        COMPLETION_IGNORE_CASE("completion-ignore-case", "off", true),
        /**
         * A meta key (\M-x) is ESC and the key, and bound ESC prefixes list as \M-: readline's
         * default in the C locale, off in an eight-bit one (set when bind first runs).
         */
        CONVERT_META("convert-meta", "on", true),
        BELL_STYLE("bell-style", "audible", false),
        COMMENT_BEGIN("comment-begin", "#", false),
        COMPLETION_QUERY_ITEMS("completion-query-items", "100", false),
        KEYSEQ_TIMEOUT("keyseq-timeout", "500", false);

        public final String readlineName;
        final String initial;
        final boolean bool;

        Variable(String readlineName, String initial, boolean bool) {
            this.readlineName = readlineName;
            this.initial = initial;
            this.bool = bool;
        }

        /** sv_bell_style: none (or off), audible (or on, or nothing), visible; else null. */
        private static String bellStyle(String v) {
            if (v.isEmpty() || v.equalsIgnoreCase("audible") || v.equalsIgnoreCase("on")) {
                return "audible";
            } else if (v.equalsIgnoreCase("none") || v.equalsIgnoreCase("off")) {
                return "none";
            }
            return v.equalsIgnoreCase("visible") ? "visible" : null;
        }

        static Variable named(String name) {
            for (Variable v : values()) {
                if (v.readlineName.equalsIgnoreCase(name)) {
                    return v;
                }
            }
            return null;
        }

        /** rl_variable_bind's reading of VALUE; null when it can't be set to it. */
        String value(String value) {
            String v = value == null ? "" : value;
            if (bool) {
                return v.isEmpty() || v.equalsIgnoreCase("on") || v.equals("1") ? "on" : "off";
            }
            return switch (this) {
                case BELL_STYLE -> bellStyle(v);
                case COMPLETION_QUERY_ITEMS -> Integer.toString(v.isEmpty() ? 100
                        : Math.max(0, atoi(v)));
                case KEYSEQ_TIMEOUT -> Integer.toString(Math.max(0, atoi(v)));
                default -> v;
            };
        }
    }

    private static final class Defaults {
        static final Keymap EMACS = load();
    }

    private final TreeMap<String, Binding> keys;
    private final EnumMap<Variable, String> variables;
    /** Changes so far, and how many of them the terminal has been told of. */
    private int version;
    private int synced;

    private Keymap(TreeMap<String, Binding> keys, EnumMap<Variable, String> variables) {
        this.keys = keys;
        this.variables = variables;
    }

    /**
     * The keymap a shell starts with: one shared object, never changed; bind changes a
     * {@link #copy} (so a fork shares its parent's keymap until either binds).
     */
    public static Keymap emacs() {
        return Defaults.EMACS;
    }

    Keymap copy() {
        Keymap k = new Keymap(new TreeMap<>(keys), new EnumMap<>(variables));
        k.version = version;
        k.synced = synced;
        return k;
    }

    private static Keymap load() {
        EnumMap<Variable, String> vars = new EnumMap<>(Variable.class);
        for (Variable v : Variable.values()) {
            vars.put(v, v.initial);
        }
        Keymap k = new Keymap(new TreeMap<>(), vars);
        for (char c = ' '; c <= 0xff; c++) {
            if (c != KeySeq.RUBOUT && (c < 0x80 || c >= 0x80 && c <= 0xff)) {
                k.keys.put(Character.toString(c), Binding.of(ReadlineFunction.SELF_INSERT));
            }
        }
        try (InputStream in = Keymap.class.getResourceAsStream("emacs.inputrc")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (k.parseAndBind(line) != null) {
                    throw new IllegalStateException("emacs.inputrc: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        k.version = 0;
        return k;
    }

    // ---- what bind reads ----

    /** The sequences bound to f, in keymap order. */
    List<String> invokers(ReadlineFunction f) {
        List<String> l = new ArrayList<>();
        for (Map.Entry<String, Binding> e : keys.entrySet()) {
            if (e.getValue().kind() == Kind.FUNCTION && e.getValue().function() == f) {
                l.add(e.getKey());
            }
        }
        return l;
    }

    /** The sequences bound to macros (MACRO) or to shell commands (COMMAND), with their text. */
    Map<String, String> texts(Kind kind) {
        Map<String, String> m = new TreeMap<>();
        keys.forEach((k, b) -> {
            if (b.kind() == kind) {
                m.put(k, b.text());
            }
        });
        return m;
    }

    Binding get(String seq) {
        return keys.get(seq);
    }

    String variable(Variable v) {
        return variables.get(v);
    }

    boolean convertMeta() {
        return variables.get(Variable.CONVERT_META).equals("on");
    }

    /** Readline starts in a locale: an eight-bit one (not C or POSIX) turns convert-meta off. */
    void initLocale(String locale) {
        boolean c = locale == null || locale.isEmpty() || locale.equals("C")
                || locale.equals("POSIX");
        variables.put(Variable.CONVERT_META, c ? "on" : "off");
    }

    // ---- what bind changes ----

    void bind(String seq, Binding b) {
        if (!seq.isEmpty() && !Objects.equals(keys.get(seq), b)) {
            if (b == null) {
                keys.remove(seq);
            } else {
                keys.put(seq, b);
            }
            version++;
        }
    }

    /** bind -u: every key bound to f unbound. */
    void unbindAll(ReadlineFunction f) {
        for (String k : invokers(f)) {
            bind(k, null);
        }
    }

    /**
     * rl_parse_and_bind: one inputrc line ("KEYSEQ": FUNCTION, "KEYSEQ": "MACRO", KEYNAME:
     * FUNCTION, set VARIABLE VALUE, a comment). Returns readline's complaint (to follow
     * "readline: "), or null. A FUNCTION that is none unbinds the key, as readline's does.
     */
    String parseAndBind(String line) {
        String s = line.stripLeading();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("$")) {
            return null;
        }
        int i = 0;
        if (s.charAt(0) == '"') {
            i = skipToDelim(s, 1, '"');
            if (i >= s.length()) {
                return s + ": no closing `\"' in key binding";
            }
            i++;
        }
        while (i < s.length() && s.charAt(i) != ':' && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
            i++;
        }
        if (i == 0) {
            return "`" + s + "': invalid key binding: missing key sequence";
        }
        boolean foundSep = i < s.length();
        String name = s.substring(0, i);
        String rest = i < s.length() ? s.substring(i + 1) : "";
        if (name.equalsIgnoreCase("set")) {
            return setVariable(rest.strip());
        }
        rest = rest.stripLeading();
        int end = 0;
        if (!rest.isEmpty() && (rest.charAt(0) == '\'' || rest.charAt(0) == '"')) {
            end = skipToDelim(rest, 1, rest.charAt(0));
            if (end >= rest.length()) {
                return "`" + rest + "': missing closing quote for macro";
            }
            end++;
        }
        while (end < rest.length() && rest.charAt(end) != ' ' && rest.charAt(end) != '\t') {
            end++;
        }
        String fun = rest.substring(0, end);
        if (!foundSep) {
            return name + ": no key sequence terminator";
        }
        String seq;
        if (name.charAt(0) == '"') {
            seq = KeySeq.translate(name.substring(1, name.length() - 1), convertMeta());
        } else {
            seq = keyName(name, convertMeta());
            if (seq == null) {
                return name + ": unknown key modifier";
            }
        }
        boolean macro = !fun.isEmpty() && (fun.charAt(0) == '\'' || fun.charAt(0) == '"');
        if (macro) {
            String body = fun.length() > 1 && fun.endsWith(fun.substring(0, 1))
                    ? fun.substring(1, fun.length() - 1) : fun.substring(1);
            bind(seq, new Binding(Kind.MACRO, null, KeySeq.translate(body, convertMeta())));
        } else {
            bind(seq, ReadlineFunction.named(fun).map(Binding::of).orElse(null));
        }
        return null;
    }

    /** An old-style key name (Control-k, M-x, RET, TAB...): its key, or null for a bad modifier. */
    private static String keyName(String name, boolean convertMeta) {
        int dash = name.lastIndexOf('-');
        String k = dash < 0 ? name : name.substring(dash + 1);
        int key = switch (k.toUpperCase(Locale.ROOT)) {
            case "DEL", "RUBOUT" -> KeySeq.RUBOUT;
            case "ESC", "ESCAPE" -> KeySeq.ESC;
            case "LFD", "NEWLINE" -> '\n';
            case "RET", "RETURN" -> '\r';
            case "SPC", "SPACE" -> ' ';
            case "TAB" -> '\t';
            default -> k.isEmpty() ? 0 : k.charAt(0);
        };
        String lower = name.toLowerCase(Locale.ROOT);
        boolean mod = false;
        if (lower.contains("control-") || lower.contains("c-") || lower.contains("ctrl-")) {
            key = Character.toUpperCase(key) & 0x1f;
            mod = true;
        }
        boolean meta = lower.contains("meta-") || lower.contains("m-");
        if (!mod && !meta && dash >= 0) {
            return null;
        }
        return meta && convertMeta ? KeySeq.ESC + Character.toString((char) key)
                : Character.toString((char) (meta ? key | 0x80 : key));
    }

    private String setVariable(String rest) {
        int sp = 0;
        while (sp < rest.length() && !Character.isWhitespace(rest.charAt(sp))) {
            sp++;
        }
        String var = rest.substring(0, sp);
        String value = rest.substring(sp).strip();
        Variable v = Variable.named(var);
        if (v == null) {
            return var + ": unknown variable name";
        }
        if (v.bool) {
            int e = 0;
            while (e < value.length() && !Character.isWhitespace(value.charAt(e))) {
                e++;
            }
            value = value.substring(0, e);
        } else if (value.startsWith("\"")) {
            int e = skipToDelim(value, 1, '"');
            value = value.substring(1, Math.min(e, value.length()));
        }
        String set = v.value(value);
        if (set == null) {
            return v.readlineName + ": could not set value to `" + value + "'";
        }
        if (!set.equals(variables.get(v))) {
            variables.put(v, set);
            version++;
        }
        return null;
    }

    /** _rl_skip_to_delim: the index of the delimiter from START, a backslash quoting a char. */
    private static int skipToDelim(String s, int start, char delim) {
        boolean passc = false;
        int i = start;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (passc) {
                passc = false;
            } else if (c == '\\') {
                passc = true;
            } else if (c == delim) {
                break;
            }
        }
        return i;
    }

    private static int atoi(String s) {
        int i = 0;
        boolean neg = false;
        String t = s.strip();
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            neg = t.charAt(0) == '-';
            i = 1;
        }
        long n = 0;
        for (; i < t.length() && Character.isDigit(t.charAt(i)) && n < Integer.MAX_VALUE; i++) {
            n = n * 10 + t.charAt(i) - '0';
        }
        return (int) Math.min(Integer.MAX_VALUE, neg ? -n : n);
    }

    // ---- the terminal's copy ----

    /**
     * The DCS that tells the terminal this state, when it changed since the last one (else
     * null): every binding that differs from the defaults and every variable, a line each,
     * keys and texts in hex so no byte of them can end the sequence.
     */
    String sync() {
        if (version == synced) {
            return null;
        }
        synced = version;
        StringBuilder sb = new StringBuilder(SYNC_START);
        Keymap d = Defaults.EMACS;
        for (Map.Entry<String, Binding> e : d.keys.entrySet()) {
            if (!keys.containsKey(e.getKey())) {
                sb.append("U ").append(hex(e.getKey())).append('\n');
            }
        }
        keys.forEach((k, b) -> {
            if (!b.equals(d.keys.get(k))) {
                sb.append(switch (b.kind()) {
                    case FUNCTION -> "F " + hex(k) + " " + b.function().name();
                    case MACRO -> "M " + hex(k) + " " + hex(b.text());
                    case COMMAND -> "X " + hex(k);
                }).append('\n');
            }
        });
        variables.forEach((v, value) -> sb.append("V ").append(v.name()).append(' ')
                .append(hex(value)).append('\n'));
        return sb.append(SYNC_END).toString();
    }

    /** The keymap a {@link #sync} text (between its start and end) describes. */
    public static Keymap fromSync(String text) {
        Keymap k = emacs().copy();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ", -1);
            switch (f[0]) {
                case "U" -> k.keys.remove(unhex(f[1]));
                case "F" -> k.keys.put(unhex(f[1]), Binding.of(ReadlineFunction.valueOf(f[2])));
                case "M" -> k.keys.put(unhex(f[1]), new Binding(Kind.MACRO, null, unhex(f[2])));
                case "X" -> k.keys.put(unhex(f[1]), new Binding(Kind.COMMAND, null, ""));
                case "V" -> k.variables.put(Variable.valueOf(f[1]), unhex(f[2]));
                default -> {
                }
            }
        }
        return k;
    }

    /** The bindings, in keymap order (for the front end). */
    public Map<String, Binding> bindings() {
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The variables' values (for the front end). */
    public Map<Variable, String> variables() {
        return java.util.Collections.unmodifiableMap(variables);
    }

    /** The line the terminal sends for a bind -x key: keys typed, cursor, the line as it was. */
    public static String xRequest(String keys, int point, String line) {
        return X_REQUEST + hex(keys) + ";" + point + ";" + hex(line) + SYNC_END + "\n";
    }

    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16))
                    .append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    public static String unhex(String h) {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
