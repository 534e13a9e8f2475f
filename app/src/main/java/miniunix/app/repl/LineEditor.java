package miniunix.app.repl;

import java.util.Map;
import miniunix.app.shell.Keymap;
import miniunix.app.shell.ReadlineFunction;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Macro;
import org.jline.reader.Reference;

/**
 * JLine as the shell's readline: its emacs keymap and variables are the shell's
 * ({@link Keymap}: bash's defaults at the start, then whatever bind made of them, which the
 * shell sends before its prompt). Each readline function runs as the JLine widget
 * {@link ReadlineFunction} names; the few JLine lacks are added here. A key bound by bind -x
 * ends the line read with a {@link BindX}, for the terminal thread to have the shell run
 * the command; the line it leaves comes back as the next line's start ({@link #resume}).
 *
 * <p>The front end's own keys stay bound whatever the shell binds: Ctrl-C and Ctrl-\ signal
 * (a tty's VINTR and VQUIT), as the tty takes them before readline sees them.
 */
final class LineEditor {
    private static final String BIND_X_WIDGET = "miniunix-bind-x";
    /** readline's unix-word-rubout: a word is what lies between whitespace. */
    private static final String ALL_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final LineReader reader;
    /** The front end's own keys (Ctrl-C, Ctrl-\) and their widgets, bound over any keymap. */
    private final Map<String, String> ownKeys;
    /** The cursor for the next line read (what a bind -x command left), or -1. */
    private int point = -1;
    /** The line read is the shell's (its prompt), not a program's (cat reading the terminal). */
    private boolean shellReads;

    /** A key bound by bind -x was typed: the keys, and the line and cursor as they were. */
    static final class BindX extends RuntimeException {
        final String keys;
        final String line;
        final int point;

        BindX(String keys, String line, int point) {
            super(null, null, false, false);
            this.keys = keys;
            this.line = line;
            this.point = point;
        }
    }

    LineEditor(LineReader reader, Map<String, String> ownKeys) {
        this.reader = reader;
        this.ownKeys = Map.copyOf(ownKeys);
        reader.getWidgets().put(ReadlineFunction.UNIX_WORD_RUBOUT.widget, this::unixWordRubout);
        reader.getWidgets().put(ReadlineFunction.DELETE_HORIZONTAL_SPACE.widget,
                this::deleteHorizontalSpace);
        reader.getWidgets().put(BIND_X_WIDGET, this::bindX);
        reader.getWidgets().put(LineReader.CALLBACK_INIT, this::placeCursor);
        apply(Keymap.emacs());
    }

    /** The shell's keymap and variables become JLine's (its emacs keymap, which is main). */
    void apply(Keymap k) {
        KeyMap<Binding> map = new KeyMap<>();
        map.setUnicode(new Reference(ReadlineFunction.SELF_INSERT.widget));
        for (Map.Entry<String, Keymap.Binding> e : k.bindings().entrySet()) {
            Keymap.Binding b = e.getValue();
            map.bind(switch (b.kind()) {
                case FUNCTION -> new Reference(b.function().widget);
                case MACRO -> new Macro(b.text());
                case COMMAND -> new Reference(BIND_X_WIDGET);
            }, e.getKey());
        }
        ownKeys.forEach((key, widget) -> map.bind(new Reference(widget), key));
        Map<Keymap.Variable, String> vars = k.variables();
        long timeout = Long.parseLong(vars.get(Keymap.Variable.KEYSEQ_TIMEOUT));
        map.setAmbiguousTimeout(timeout);
        reader.setVariable(LineReader.AMBIGUOUS_BINDING, timeout);
        reader.getKeyMaps().put(LineReader.EMACS, map);
        reader.getKeyMaps().put(LineReader.MAIN, map);
        reader.setVariable(LineReader.BELL_STYLE, vars.get(Keymap.Variable.BELL_STYLE));
        reader.setVariable(LineReader.COMMENT_BEGIN, vars.get(Keymap.Variable.COMMENT_BEGIN));
        reader.setVariable(LineReader.LIST_MAX,
                Integer.parseInt(vars.get(Keymap.Variable.COMPLETION_QUERY_ITEMS)));
        reader.option(LineReader.Option.CASE_INSENSITIVE,
                vars.get(Keymap.Variable.COMPLETION_IGNORE_CASE).equals("on"));
    }

    /** The next line read is the shell's (bind -x keys run commands) or a program's. */
    void reading(boolean shell) {
        shellReads = shell;
    }

    /** The next line read starts at this cursor (in the buffer readLine is given). */
    void resume(int cursor) {
        point = cursor;
    }

    private boolean placeCursor() {
        if (point >= 0) {
            Buffer buf = reader.getBuffer();
            buf.cursor(Math.min(point, buf.length()));
            point = -1;
        }
        return true;
    }

    private boolean bindX() {
        if (!shellReads) {
            return false;                       // a program reads the tty: no readline there
        }
        Buffer buf = reader.getBuffer();
        throw new BindX(reader.getLastBinding(), buf.toString(), buf.cursor());
    }

    /** readline's unix-word-rubout: JLine's backward-kill-word with every non-blank a word char. */
    private boolean unixWordRubout() {
        Object wordChars = reader.getVariable(LineReader.WORDCHARS);
        reader.setVariable(LineReader.WORDCHARS, ALL_PUNCTUATION);
        try {
            return reader.getWidgets().get(LineReader.BACKWARD_KILL_WORD).apply();
        } finally {
            if (wordChars == null) {
                reader.getVariables().remove(LineReader.WORDCHARS);
            } else {
                reader.setVariable(LineReader.WORDCHARS, wordChars);
            }
        }
    }

    /** readline's delete-horizontal-space: the blanks on both sides of the cursor go. */
    private boolean deleteHorizontalSpace() {
        Buffer buf = reader.getBuffer();
        int start = buf.cursor();
        while (start > 0 && isBlank(buf.atChar(start - 1))) {
            start--;
        }
        int end = buf.cursor();
        while (end < buf.length() && isBlank(buf.atChar(end))) {
            end++;
        }
        buf.cursor(end);
        buf.backspace(end - start);
        return true;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }
}
