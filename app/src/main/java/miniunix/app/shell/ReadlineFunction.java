package miniunix.app.shell;

import java.util.Optional;

/**
 * The readline functions the terminal's line editor (JLine, in the front end) carries out,
 * each with the readline name bind uses and the JLine widget that does its work. JLine's
 * widgets mostly keep zsh's names (down-case-word, set-mark-command); a few readline
 * functions have no JLine widget and get one of the front end's own ({@link #ownWidget}).
 * bind -l lists these names, in this (strcmp) order.
 *
 * <p>Simplified: readline functions with no counterpart here (kbd macros, the completion
 * variants, shell-expand-line, yank-last-arg, edit-and-execute-command, vi mode...) are
 * unknown to bind, as a function name that is no readline function is.
 */
public enum ReadlineFunction {
    ABORT("abort", "abort"),
    ACCEPT_LINE("accept-line", "accept-line"),
    BACKWARD_CHAR("backward-char", "backward-char"),
    BACKWARD_DELETE_CHAR("backward-delete-char", "backward-delete-char"),
    BACKWARD_KILL_LINE("backward-kill-line", "backward-kill-line"),
    BACKWARD_KILL_WORD("backward-kill-word", "backward-kill-word"),
    BACKWARD_WORD("backward-word", "emacs-backward-word"),
    BEGINNING_OF_HISTORY("beginning-of-history", "beginning-of-history"),
    BEGINNING_OF_LINE("beginning-of-line", "beginning-of-line"),
    BRACKETED_PASTE_BEGIN("bracketed-paste-begin", "begin-paste"),
    CAPITALIZE_WORD("capitalize-word", "capitalize-word"),
    CLEAR_SCREEN("clear-screen", "clear-screen"),
    COMPLETE("complete", "expand-or-complete"),
    COPY_REGION_AS_KILL("copy-region-as-kill", "copy-region-as-kill"),
    DELETE_CHAR("delete-char", "delete-char"),
    DELETE_CHAR_OR_LIST("delete-char-or-list", "delete-char-or-list"),
    DELETE_HORIZONTAL_SPACE("delete-horizontal-space", "readline-delete-horizontal-space"),
    DIGIT_ARGUMENT("digit-argument", "digit-argument"),
    DO_LOWERCASE_VERSION("do-lowercase-version", "do-lowercase-version"),
    DOWNCASE_WORD("downcase-word", "down-case-word"),
    EMACS_EDITING_MODE("emacs-editing-mode", "emacs-editing-mode"),
    END_OF_HISTORY("end-of-history", "end-of-history"),
    END_OF_LINE("end-of-line", "end-of-line"),
    EXCHANGE_POINT_AND_MARK("exchange-point-and-mark", "exchange-point-and-mark"),
    FORWARD_CHAR("forward-char", "forward-char"),
    FORWARD_SEARCH_HISTORY("forward-search-history", "history-incremental-search-forward"),
    FORWARD_WORD("forward-word", "emacs-forward-word"),
    HISTORY_SEARCH_BACKWARD("history-search-backward", "history-search-backward"),
    HISTORY_SEARCH_FORWARD("history-search-forward", "history-search-forward"),
    INSERT_COMMENT("insert-comment", "insert-comment"),
    KILL_LINE("kill-line", "kill-line"),
    KILL_REGION("kill-region", "kill-region"),
    KILL_WHOLE_LINE("kill-whole-line", "kill-whole-line"),
    KILL_WORD("kill-word", "kill-word"),
    MENU_COMPLETE("menu-complete", "menu-complete"),
    NEXT_HISTORY("next-history", "down-history"),
    OPERATE_AND_GET_NEXT("operate-and-get-next", "accept-line-and-down-history"),
    OVERWRITE_MODE("overwrite-mode", "overwrite-mode"),
    POSSIBLE_COMPLETIONS("possible-completions", "list-choices"),
    PREVIOUS_HISTORY("previous-history", "up-history"),
    QUOTED_INSERT("quoted-insert", "quoted-insert"),
    REDRAW_CURRENT_LINE("redraw-current-line", "redisplay"),
    REVERSE_SEARCH_HISTORY("reverse-search-history", "history-incremental-search-backward"),
    SELF_INSERT("self-insert", "self-insert"),
    SET_MARK("set-mark", "set-mark-command"),
    TRANSPOSE_CHARS("transpose-chars", "transpose-chars"),
    TRANSPOSE_WORDS("transpose-words", "transpose-words"),
    UNDO("undo", "undo"),
    UNIVERSAL_ARGUMENT("universal-argument", "universal-argument"),
    UNIX_LINE_DISCARD("unix-line-discard", "backward-kill-line"),
    /** readline's kills back to whitespace (JLine's backward-kill-word stops at punctuation). */
    UNIX_WORD_RUBOUT("unix-word-rubout", "readline-unix-word-rubout"),
    UPCASE_WORD("upcase-word", "up-case-word"),
    YANK("yank", "yank"),
    YANK_POP("yank-pop", "yank-pop");

    /** What the front end names the widgets it adds itself (JLine has none for these). */
    static final String OWN_PREFIX = "readline-";

    /** The name bind takes and prints. */
    public final String readlineName;
    /** The JLine widget that carries it out. */
    public final String widget;

    ReadlineFunction(String readlineName, String widget) {
        this.readlineName = readlineName;
        this.widget = widget;
    }

    /** Whether the front end supplies the widget (JLine has none). */
    public boolean ownWidget() {
        return widget.startsWith(OWN_PREFIX);
    }

    /** The function bind NAME means: readline's names match without regard to case. */
    public static Optional<ReadlineFunction> named(String name) {
        for (ReadlineFunction f : values()) {
            if (f.readlineName.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
