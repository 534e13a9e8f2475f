package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * select NAME in WORDS; do list; done, as bash's execute_select_command: the words are expanded
 * once (none: nothing happens, status 0); then, until EOF or break, the menu (each word
 * numbered, in columns as wide as $COLUMNS) and the PS3 prompt (default "#? ") go to stderr, a
 * line is read from stdin into REPLY as {@code read} with no NAME reads it, and NAME is set to
 * the word whose number REPLY is (empty for anything else) before the body runs. An empty line
 * shows the menu again without running the body; after the body the menu is shown again only
 * if REPLY is empty (bash's KSH_COMPATIBLE_SELECT). At EOF a newline goes to stdout and the
 * status is 1.
 *
 * <pre>
 *   while ((selection = select_query(list, ps3_prompt, show_menu)) != NULL) {
 *       bind_variable(name, selection); execute_command(action); show_menu = !*REPLY; }
 * </pre>
 */
final class SelectFrame extends LoopFrame {
    /** bash's ") " after each number, and the two blanks between columns. */
    private static final String RP_SPACE = ") ";
    private static final int GAP = 2;
    private static final int TAB = 8;

    private enum Phase { START, EXPANDED, PROMPT, READ, BODY_DONE }

    private final Node.Select node;
    private List<String> values = List.of();
    private boolean showMenu = true;
    /** The body ran (or continue): whether the menu is due depends on REPLY. */
    private boolean afterBody;
    private ReadBuiltin reader;
    private Phase phase = Phase.START;

    SelectFrame(Node.Select node) {
        this.node = node;
    }

    @Override
    Trap step(Shell sh, long ret) {
        switch (phase) {
            case START -> start(sh);
            case EXPANDED -> {
                List<String> all = new ArrayList<>();
                for (List<String> w : sh.expansion.words()) {
                    all.addAll(w);
                }
                begin(sh, all);
            }
            case PROMPT -> {
                return prompt(sh);
            }
            case READ -> {
                return read(sh, ret);
            }
            case BODY_DONE -> {
                bodyStatus = sh.vars.status;
                afterBody = true;
                phase = Phase.PROMPT;
            }
        }
        return null;
    }

    private void start(Shell sh) {
        sh.vars.lineno = node.line();
        if (!Variables.isName(node.name())) {
            sh.vars.status = 1;
            sh.pop();
            sh.error("`" + node.name() + "': not a valid identifier");
            return;
        }
        if (!node.hasIn()) {
            begin(sh, sh.vars.positional());
            return;
        }
        List<ExpandFrame.Item> items = new ArrayList<>();
        for (Word w : node.words()) {
            items.add(new ExpandFrame.Item(w, true));
        }
        phase = Phase.EXPANDED;
        sh.push(new ExpandFrame(items));
    }

    /** The words are known: none ends the select at once; else the -x line, then the menu. */
    private void begin(Shell sh, List<String> words) {
        values = List.copyOf(words);
        if (values.isEmpty()) {
            sh.vars.status = 0;
            sh.pop();
            return;
        }
        phase = Phase.PROMPT;
        if (sh.xtrace()) {
            Prompts.trace(sh, head() + "\n");
        }
    }

    /** The menu (when due) and PS3 on stderr, then on to reading a line. */
    private Trap prompt(Shell sh) {
        Trap t = charge(sh);
        if (t != null) {
            return t;
        }
        if (afterBody) {
            afterBody = false;
            showMenu = sh.vars.get("REPLY").isEmpty();
        }
        sh.vars.lineno = node.line();
        String ps3 = sh.vars.value("PS3");
        String text = (showMenu ? menu(values, HelpBuiltin.columns(sh)) : "") + (ps3 == null ? "#? " : ps3);
        reader = new ReadBuiltin(0, false, List.of(), false);
        phase = Phase.READ;
        if (!text.isEmpty()) {
            sh.print(2, text);
        }
        return null;
    }

    private Trap read(Shell sh, long ret) {
        Trap t = reader.next(ret);
        if (t != null) {
            return t;
        }
        List<String> refused;
        try {
            refused = reader.badFd() ? List.of() : reader.assign(sh.vars);
        } catch (Arith.Failure f) {         // an integer REPLY's bad expression (declare -i)
            sh.expansionError(f.getMessage(), f.fatal);
            return null;
        }
        if (!refused.isEmpty() || reader.status() != 0 || reader.badFd()) {
            sh.vars.status = 1;         // bash's select_query: read failed, a newline and done
            sh.pop();
            sh.print(1, "\n");
            if (!refused.isEmpty()) {
                sh.error("REPLY: readonly variable");
            }
            return null;
        }
        String reply = sh.vars.get("REPLY");
        if (reply.isEmpty()) {
            showMenu = true;
            phase = Phase.PROMPT;
            return null;
        }
        long n = number(reply);
        String selection = n >= 1 && n <= values.size() ? values.get((int) n - 1) : "";
        if (sh.vars.isReadonly(node.name())) {
            sh.vars.status = 1;
            sh.pop();
            sh.error(node.name() + ": readonly variable");
            return null;
        }
        try {
            sh.vars.set(node.name(), selection);
        } catch (Arith.Failure f) {         // an integer NAME's bad expression (declare -i)
            sh.expansionError(f.getMessage(), f.fatal);
            return null;
        }
        phase = Phase.BODY_DONE;
        sh.push(new ListFrame(node.body()));
        return null;
    }

    /**
     * REPLY as bash's legal_number reads it: blanks around a decimal number with an optional
     * sign; -1 when it is not one.
     */
    static long number(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && " \t\n\u000b\f\r".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        String n = s.substring(from, to);
        int digits = n.startsWith("+") || n.startsWith("-") ? 1 : 0;
        if (n.length() == digits || !Parser.isDigits(n.substring(digits))) {
            return -1;
        }
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {     // out of range: strtoimax's ERANGE
            return -1;
        }
    }

    /**
     * The menu as bash's print_select_list lays it out: "N) word" items, filled down the
     * columns, each column as wide as the longest item plus the number's width and four, with
     * tabs where they reach (indent); a list that fits on one row goes down one column instead.
     */
    static String menu(List<String> words, int columns) {
        int len = words.size();
        int indicesLen = numberLen(len);
        int maxElem = 0;
        for (String w : words) {
            maxElem = Math.max(maxElem, w.codePointCount(0, w.length()));
        }
        maxElem += indicesLen + RP_SPACE.length() + GAP;
        int cols = Math.max(columns / maxElem, 1);
        int rows = len / cols + (len % cols != 0 ? 1 : 0);
        cols = len / rows + (len % rows != 0 ? 1 : 0);
        if (rows == 1) {
            rows = cols;
        }
        int firstIndicesLen = numberLen(rows);
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            int ind = row;
            int pos = 0;
            while (true) {
                int width = pos == 0 ? firstIndicesLen : indicesLen;
                String w = words.get(ind);
                String number = Integer.toString(ind + 1);
                out.append(" ".repeat(Math.max(width - number.length(), 0))).append(number).append(RP_SPACE).append(w);
                int elemLen = w.codePointCount(0, w.length()) + width + RP_SPACE.length();
                ind += rows;
                if (ind >= len) {
                    break;
                }
                indent(out, pos + elemLen, pos + maxElem);
                pos += maxElem;
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Blanks from column from to column to: a tab whenever one gets there no further than to. */
    private static void indent(StringBuilder out, int from, int to) {
        while (from < to) {
            if (to / TAB > from / TAB) {
                out.append('\t');
                from += TAB - from % TAB;
            } else {
                out.append(' ');
                from++;
            }
        }
    }

    /** How many digits n has (bash's NUMBER_LEN). */
    private static int numberLen(int n) {
        return Integer.toString(n).length();
    }

    /** "select NAME in WORDS", the words as typed: the -x line. */
    private String head() {
        return Node.loopHead("select", node.name(), node.hasIn(), node.words(), true).toString();
    }

    @Override
    void nextIteration() {
        bodyStatus = 0;
        afterBody = true;
        phase = Phase.PROMPT;
    }

    @Override
    Frame copy() {
        SelectFrame f = copyLoop(new SelectFrame(node));
        f.values = values;
        f.showMenu = showMenu;
        f.afterBody = afterBody;
        f.reader = reader == null ? null : reader.copy();
        f.phase = phase;
        return f;
    }
}
