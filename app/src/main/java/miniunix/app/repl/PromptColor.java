package miniunix.app.repl;

/**
 * The shell's prompt in Debian's colour prompt (its .bashrc with force_color_prompt):
 * {@code user@host} bold green, the working directory bold blue, the rest plain. A prompt of
 * another shape (a PS1 the user set) is left as it is.
 */
final class PromptColor {
    private static final String GREEN = "\u001b[01;32m";
    private static final String BLUE = "\u001b[01;34m";
    private static final String RESET = "\u001b[00m";

    private PromptColor() {
    }

    /** "user@miniunix:~$ " with its colours. */
    static String paint(String prompt) {
        int colon = prompt.indexOf(':');
        int at = prompt.indexOf('@');
        int end = prompt.endsWith("$ ") || prompt.endsWith("# ") ? prompt.length() - 2 : -1;
        if (at <= 0 || colon < at || end <= colon || prompt.indexOf('\u001b') >= 0) {
            return prompt;
        }
        return GREEN + prompt.substring(0, colon) + RESET + ":" + BLUE
                + prompt.substring(colon + 1, end) + RESET + prompt.substring(end);
    }
}
