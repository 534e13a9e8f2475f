package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Regcomp;
import miniunix.user.lib.TestExpr;
import miniunix.user.lib.TestFacts;

/**
 * [[ expression ]]: evaluates the {@link CondExpr} from the left, with an explicit stack (no
 * Java recursion), expanding each term's words only when the evaluation reaches the term, as
 * bash's execute_cond_node does: {@code &&} and {@code ||} stop at the first operand that
 * decides them. A term's words are expanded as strings (no field splitting, no globbing); the
 * right side of == = != is a pattern ({@link Glob}) and that of =~ an extended regular
 * expression ({@link Regcomp}), in which quoted characters stand for themselves. File tests
 * stat(2) their operands first ({@link TestFacts}); -v and -o ask the shell
 * ({@link ShellFacts}); -eq and its kin evaluate both sides as arithmetic ({@link Arith}).
 *
 * <p>Status 0 (true) or 1 (false); 2 for a regular expression that does not compile (which
 * || and ! take as false, as bash does). An arithmetic error is bash's
 * ({@code [[: 1/0: division by 0 (error token is "0")}) and makes its term false. Under
 * {@code set -x} each term is traced as it is evaluated: {@code + [[ a == \a\ \b ]]}.
 *
 * <p>BASH_REMATCH is an array: the match, then each group ("" when it took no part).
 * Simplified: where alternatives can match at one place,
 * Java's first match wins over POSIX's longest ({@code [[ ab =~ a|ab ]]} matches "a").
 */
final class CondFrame extends Frame {
    /** The statuses a term or the command ends with. */
    private static final int TRUE = 0;
    private static final int FALSE = 1;
    private static final int BAD_REGEX = 2;
    /** What a quoted character is escaped in, on the right of =~ (ERE's special characters). */
    private static final String REGEX_SPECIALS = "\\.[]()*+?{}|^$";

    private enum Phase { WALK, EXPANDED, FACTS }

    private final Node.Cond node;
    /** The expressions under evaluation, the innermost last, and how far each has got. */
    private final ArrayList<CondExpr> stack = new ArrayList<>();
    private final ArrayList<Integer> progress = new ArrayList<>();
    /** The status of the expression evaluated last. */
    private int status;
    private Phase phase = Phase.WALK;
    /** $BASH_COMMAND is this command's, and the DEBUG trap has run ({@link DebugTrap}). */
    private boolean debugged;
    /** In FACTS: the term's expanded words, its test's arguments and what they need. */
    private List<String> testArgs;
    private TestFacts facts;

    CondFrame(Node.Cond node) {
        this.node = node;
        stack.add(node.expression());
        progress.add(0);
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case WALK -> {
                if (!debugged) {
                    debugged = true;
                    if (DebugTrap.before(sh, "[[ " + node.expression().text() + " ]]", node.line())) {
                        yield null;
                    }
                }
                sh.vars.lineno = node.line();
                yield walk(sh);
            }
            case EXPANDED -> expanded(sh);
            case FACTS -> gather(sh, ret);
        };
    }

    /** Moves through the expression until a term needs its words expanded, or it is over. */
    private Trap walk(Shell sh) {
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            CondExpr e = stack.get(top);
            int at = progress.get(top);
            if (e instanceof CondExpr.Chain c) {
                boolean decided = at > 0 && (status == TRUE) != c.and();
                if (decided || at == c.operands().size()) {
                    pop();
                } else {
                    progress.set(top, at + 1);
                    push(c.operands().get(at));
                }
            } else if (e instanceof CondExpr.Not n) {
                if (at == 0) {
                    progress.set(top, 1);
                    push(n.operand());
                } else {
                    status = status == TRUE ? FALSE : TRUE;
                    pop();
                }
            } else if (e instanceof CondExpr.Group g) {
                if (at == 0) {
                    progress.set(top, 1);
                    push(g.inner());
                } else {
                    pop();
                }
            } else {
                return expand(sh, e);
            }
        }
        sh.vars.status = status;
        sh.pop();
        return null;
    }

    private void push(CondExpr e) {
        stack.add(e);
        progress.add(0);
    }

    private void pop() {
        stack.remove(stack.size() - 1);
        progress.remove(progress.size() - 1);
    }

    /** The term's words, in order: the left (or only) one, then the right one part by part. */
    private Trap expand(Shell sh, CondExpr term) {
        List<ExpandFrame.Item> items = new ArrayList<>();
        if (term instanceof CondExpr.Unary u) {
            items.add(new ExpandFrame.Item(u.operand(), false));
        } else if (term instanceof CondExpr.Binary b) {
            items.add(new ExpandFrame.Item(b.left(), false));
            if (isMatch(b.op())) {
                for (Word.Part p : b.right().parts()) {
                    items.add(new ExpandFrame.Item(new Word(b.right().text(), List.of(p)), false));
                }
            } else {
                items.add(new ExpandFrame.Item(b.right(), false));
            }
        }
        phase = Phase.EXPANDED;
        ExpandFrame x = new ExpandFrame(items);
        if (!x.expandInCaller(sh)) {
            sh.push(x);
            return null;
        }
        return x.failed() ? null : expanded(sh);
    }

    private static boolean isMatch(String op) {
        return op.equals("==") || op.equals("=") || op.equals("!=") || op.equals("=~");
    }

    /** The term's words are expanded: trace it, then evaluate it (after any stat it needs). */
    private Trap expanded(Shell sh) {
        CondExpr term = stack.get(stack.size() - 1);
        List<List<String>> words = sh.expansion.words();
        String left = words.get(0).get(0);
        String op;
        String right = null;
        if (term instanceof CondExpr.Unary u) {
            op = u.op();
        } else {
            CondExpr.Binary b = (CondExpr.Binary) term;
            op = b.op();
            right = isMatch(op) ? joinParts(b.right(), words, op.equals("=~")) : words.get(1).get(0);
        }
        if (sh.xtrace()) {
            String text = right == null ? op + " " + left : left + " " + op + " " + right;
            Prompts.trace(sh, "[[ " + text + " ]]\n");
        }
        if (right == null ? isFileTest(op) : op.equals("-nt") || op.equals("-ot") || op.equals("-ef")) {
            testArgs = right == null ? List.of(op, left) : List.of(left, op, right);
            facts = new TestFacts(testArgs);
            phase = Phase.FACTS;
            return gather(sh, 0);
        }
        if (right == null) {
            return decided(op.equals("-n") != left.isEmpty() ? TRUE : FALSE);
        }
        return decided(binary(sh, left, op, right));
    }

    /**
     * The right side of == != =~ from its parts' expansions: an unquoted part as it expanded
     * (its * and [ work), a quoted one with each character escaped by a backslash (every one
     * for a pattern, as bash's quote_string_for_globbing; ERE's specials for a regex).
     */
    private static String joinParts(Word right, List<List<String>> words, boolean regex) {
        StringBuilder sb = new StringBuilder();
        List<Word.Part> parts = right.parts();
        for (int i = 0; i < parts.size(); i++) {
            String v = words.get(i + 1).get(0);
            if (!parts.get(i).quoted()) {
                sb.append(v);
                continue;
            }
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (!regex || REGEX_SPECIALS.indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isFileTest(String op) {
        return !op.equals("-n") && !op.equals("-z");
    }

    /** Stats what the file test needs, one call per step; then evaluates it. */
    private Trap gather(Shell sh, long ret) {
        Trap t = facts.next(ret);
        if (t != null) {
            return t;
        }
        boolean v = TestExpr.eval(testArgs, new ShellFacts(facts, sh.vars));
        facts = null;
        testArgs = null;
        return decided(v ? TRUE : FALSE);
    }

    private int binary(Shell sh, String left, String op, String right) {
        boolean v;
        switch (op) {
            case "==", "=" -> v = Glob.matches(right, left);
            case "!=" -> v = !Glob.matches(right, left);
            case "=~" -> {
                return regex(sh, left, right);
            }
            case "<" -> v = left.compareTo(right) < 0;
            case ">" -> v = left.compareTo(right) > 0;
            default -> {
                return arithmetic(sh, left, op, right);
            }
        }
        return v ? TRUE : FALSE;
    }

    /** STRING =~ ERE: a match anywhere; BASH_REMATCH the array of the match and its groups (empty if none). */
    private static int regex(Shell sh, String s, String ere) {
        Pattern p;
        try {
            p = Pattern.compile(Regcomp.translateString(ere), Pattern.DOTALL);
        } catch (Regcomp.BadRegex | PatternSyntaxException e) {
            return BAD_REGEX;
        }
        Matcher m = p.matcher(s);
        List<String> groups = new ArrayList<>();
        if (!m.find()) {
            sh.vars.setArray("BASH_REMATCH", groups);   // bash: an empty array
            return FALSE;
        }
        longest(m, s.length());
        for (int i = 0; i <= m.groupCount(); i++) {
            groups.add(m.group(i) == null ? "" : m.group(i));
        }
        sh.vars.setArray("BASH_REMATCH", groups);
        return TRUE;
    }

    /** Past this length the match stays Java's (each longer end tried costs a match). */
    private static final int LONGEST_LIMIT = 4096;

    /**
     * POSIX regexec's leftmost-longest rule over Java's leftmost-first: from the start find()
     * found (the leftmost any match can have), the longest match ending anywhere there is
     * taken, so [[ xyz =~ x(y|yz)? ]] matches xyz as bash's does. m is left on that match.
     * Simplified: within it the groups are Java's (the first alternative that fits), where
     * POSIX makes each subexpression, in order, the longest it can be.
     */
    private static void longest(Matcher m, int length) {
        int start = m.start();
        int end = m.end();
        if (length > LONGEST_LIMIT || end == length) {
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int e = length; e > end; e--) {
            m.region(start, e);
            if (m.matches()) {
                return;
            }
        }
        m.reset();
        m.find();       // none longer: Java's match again
    }

    /** -eq -ne -lt -le -gt -ge: both sides arithmetic expressions ([[ 1+1 -eq 2 ]] is true). */
    private static int arithmetic(Shell sh, String left, String op, String right) {
        long x;
        long y;
        try {
            x = Arith.eval(left, sh.vars);
            y = Arith.eval(right, sh.vars);
        } catch (Arith.Failure f) {
            if (f.fatal) {
                sh.expansionError(f.getMessage(), true);
                return -1;
            }
            sh.error(f.said("[["));
            return FALSE;
        }
        boolean v = switch (op) {
            case "-eq" -> x == y;
            case "-ne" -> x != y;
            case "-lt" -> x < y;
            case "-le" -> x <= y;
            case "-gt" -> x > y;
            default -> x >= y;
        };
        return v ? TRUE : FALSE;
    }

    /** The term on top of the stack has its status (-1: the shell has unwound the stack). */
    private Trap decided(int termStatus) {
        if (termStatus < 0) {
            return null;
        }
        status = termStatus;
        pop();
        phase = Phase.WALK;
        return null;
    }

    @Override
    Frame copy() {
        CondFrame c = new CondFrame(node);
        c.stack.clear();
        c.stack.addAll(stack);
        c.progress.clear();
        c.progress.addAll(progress);
        c.status = status;
        c.debugged = debugged;
        c.phase = phase;
        c.testArgs = testArgs;
        c.facts = facts == null ? null : facts.copy();
        return c;
    }
}
