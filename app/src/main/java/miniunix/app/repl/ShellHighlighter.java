package miniunix.app.repl;

import java.util.Set;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the command line as it is typed (JLine's Highlighter): a command word bold (green
 * when it names a program or builtin, red when nothing by that name is known), quoted text
 * yellow, $variables and $(...) cyan, operators (| & ; < > && ||) magenta, a comment faint.
 * It reads the characters only, as a person scans the line: a rough lexer, not the shell's
 * (which parses the line when Enter is pressed). Words after a command word are plain.
 */
final class ShellHighlighter implements Highlighter {
    private static final AttributedStyle KNOWN = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle UNKNOWN = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    private static final AttributedStyle QUOTED = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle VARIABLE = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle OPERATOR = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
    private static final String OPERATORS = "|&;<>()";
    /** Words that start a command but are not one: keywords and assignments. */
    private static final Set<String> KEYWORDS = Set.of("if", "then", "elif", "else", "fi", "for",
            "while", "until", "do", "done", "case", "esac", "in", "function", "time", "!", "{",
            "}", "[[", "]]");

    /** Command names: the image's programs by base name, and the shell's builtins. */
    private final Set<String> commands;

    ShellHighlighter(Set<String> commands) {
        this.commands = Set.copyOf(commands);
    }

    @Override
    public AttributedString highlight(LineReader reader, String line) {
        AttributedStringBuilder sb = new AttributedStringBuilder(line.length() + 16);
        boolean commandNext = true;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                sb.styled(COMMENT, line.substring(i));
                break;
            }
            if (Character.isWhitespace(c)) {
                sb.append(c);
                i++;
            } else if (OPERATORS.indexOf(c) >= 0) {
                int j = i;
                while (j < line.length() && OPERATORS.indexOf(line.charAt(j)) >= 0) {
                    j++;
                }
                String op = line.substring(i, j);
                sb.styled(OPERATOR, op);
                commandNext = !op.contains(">") && !op.contains("<");
                i = j;
            } else {
                int j = wordEnd(line, i);
                String word = line.substring(i, j);
                if (commandNext && !word.contains("=") && !KEYWORDS.contains(word)) {
                    boolean known = commands.contains(word) || word.contains("/");
                    sb.styled(known ? KNOWN : UNKNOWN, word);
                    commandNext = false;
                } else {
                    word(sb, word);
                }
                i = j;
            }
        }
        return sb.toAttributedString();
    }

    /** The end of the word at i: up to a blank or an operator outside quotes. */
    private static int wordEnd(String line, int i) {
        char quote = 0;
        int j = i;
        for (; j < line.length(); j++) {
            char c = line.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    j++;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                j++;
            } else if (Character.isWhitespace(c) || OPERATORS.indexOf(c) >= 0) {
                break;
            }
        }
        return Math.min(j, line.length());
    }

    /** An argument: quoted parts yellow, $NAME and $(...) cyan, the rest plain. */
    private static void word(AttributedStringBuilder sb, String w) {
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (c == '\'' || c == '"') {
                int end = w.indexOf(c, i + 1);
                end = end < 0 ? w.length() : end + 1;
                sb.styled(QUOTED, w.substring(i, end));
                i = end;
            } else if (c == '$') {
                int end = i + 1;
                while (end < w.length() && (Character.isLetterOrDigit(w.charAt(end))
                        || "_{}()?#@!*-".indexOf(w.charAt(end)) >= 0)) {
                    end++;
                }
                sb.styled(VARIABLE, w.substring(i, end));
                i = end;
            } else {
                sb.append(c);
                i++;
            }
        }
    }
}
