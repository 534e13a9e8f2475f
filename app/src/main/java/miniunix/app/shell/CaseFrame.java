package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * case WORD in PATTERN | PATTERN) list ;; ... esac: expands the word (a string: no field
 * splitting, no globbing), then tries the items' patterns in order, each expanded only when
 * its turn comes (bash's order, so side effects happen as there) into a pattern in which
 * quoted characters stand for themselves ({@code "*"} matches a star), and matched against
 * the whole word with {@link Glob#matches} ('/' and a leading '.' are ordinary characters
 * here). The first item that matches runs its list; then ;; ends the case, ;&amp; runs the
 * next item's list as well, and ;;&amp; goes on trying the items after it. The status is the
 * last list's, or 0 when no item matched (or its list was empty).
 */
final class CaseFrame extends Frame {
    private enum Phase { WORD, WORD_DEBUGGED, EXPANDED, TRY, TRIED, BODY_DONE }

    private final Node.Case node;
    private String word;
    /** The item whose patterns are being tried, or whose list runs; the pattern tried. */
    private int item;
    private int pattern;
    /** The status the case ends with: the last list's (0 until one has run). */
    private int status;
    private Phase phase = Phase.WORD;

    CaseFrame(Node.Case node) {
        this.node = node;
    }

    @Override
    Trap step(Shell sh, long ret) {
        switch (phase) {
            case WORD -> {
                phase = Phase.EXPANDED;
                if (DebugTrap.before(sh, "case " + node.word().text() + " in ", node.line())) {
                    phase = Phase.WORD_DEBUGGED;
                    return null;
                }
                sh.push(new ExpandFrame(List.of(new ExpandFrame.Item(node.word(), false))));
            }
            case WORD_DEBUGGED -> {
                sh.vars.lineno = node.line();
                phase = Phase.EXPANDED;
                sh.push(new ExpandFrame(List.of(new ExpandFrame.Item(node.word(), false))));
            }
            case EXPANDED -> {
                word = sh.expansion.words().get(0).get(0);
                phase = Phase.TRY;
                if (sh.xtrace()) {
                    Prompts.trace(sh, "case " + node.word().text() + " in\n");
                }
            }
            case TRY -> tryNext(sh);
            case TRIED -> {
                String p = sh.expansion.words().get(0).get(0);
                if (Glob.matches(Glob.withExtglob(p, sh.shopts.contains(ShoptBuiltin.Option.EXTGLOB)), word)) {
                    run(sh);
                } else {
                    pattern++;
                    phase = Phase.TRY;
                }
            }
            case BODY_DONE -> afterBody(sh);
        }
        return null;
    }

    /** Expands the next pattern to try, or ends the case when none is left (status 0). */
    private void tryNext(Shell sh) {
        while (item < node.items().size() && pattern == node.items().get(item).patterns().size()) {
            item++;
            pattern = 0;
        }
        if (item == node.items().size()) {
            sh.vars.status = status;
            sh.pop();
            return;
        }
        phase = Phase.TRIED;
        Word p = node.items().get(item).patterns().get(pattern);
        sh.push(new ExpandFrame(List.of(ExpandFrame.Item.pattern(p))));
    }

    private void run(Shell sh) {
        phase = Phase.BODY_DONE;
        Node.CommandList body = node.items().get(item).body();
        if (body.items().isEmpty()) {
            sh.vars.status = 0;
        } else {
            sh.push(new ListFrame(body));
        }
    }

    private void afterBody(Shell sh) {
        status = sh.vars.status;
        Node.CaseEnd end = node.items().get(item).end();
        item++;
        pattern = 0;
        if (end == Node.CaseEnd.FALL_THROUGH && item < node.items().size()) {
            run(sh);
        } else if (end == Node.CaseEnd.TEST_NEXT) {
            phase = Phase.TRY;
        } else {
            sh.vars.status = status;
            sh.pop();
        }
    }

    @Override
    Frame copy() {
        CaseFrame c = new CaseFrame(node);
        c.word = word;
        c.item = item;
        c.pattern = pattern;
        c.status = status;
        c.phase = phase;
        return c;
    }
}
