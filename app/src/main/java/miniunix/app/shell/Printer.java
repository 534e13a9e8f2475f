package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a function definition the way bash does for `type f` and `set` (print_cmd.c in
 * its multi-line, inside-a-function mode): "f () ", then the body as a brace group on
 * lines of its own, each command indented four spaces a level; a list's commands end with
 * ';' and a newline ('&amp;' stays on the line), and the bodies of if, while, for and case
 * are indented a level further; a here-document's body follows its command's line. Words
 * are printed as typed (comments and the original line breaks are gone, as in bash).
 *
 * <p>Simplified: bash reprints words from its parse tree, so it normalises some spacing
 * inside $(...) and ((...)) that this prints as typed.
 */
final class Printer implements Node.Command.Visitor<Void> {
    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();
    private int indent;
    /** The next command continues the current line (after "if ", "&amp; "). */
    private boolean skipIndent;
    /** Here-documents whose bodies are due at the end of the current line. */
    private final List<Node.Redirect> deferred = new ArrayList<>();

    private Printer() {
    }

    /** "f () \n{ \n    body\n}" (and the body's redirections after the brace). */
    static String function(String name, Node.FunctionDef def) {
        Printer p = new Printer();
        p.functionDef(name, def, false);
        return p.out.toString();
    }

    private void functionDef(String name, Node.FunctionDef def, boolean nested) {
        if (nested) {
            out.append("function ");
        }
        out.append(name).append(" () \n");
        indent(indent);
        out.append("{ \n");
        int outer = indent;
        indent++;
        List<Node.Redirect> redirects = List.of();
        if (def.body() instanceof Node.BraceGroup g) {
            list(g.body());
            redirects = g.redirects();
        } else {
            command(def.body());
        }
        flushHereDocs();
        indent = outer;
        newline("}");
        if (!redirects.isEmpty()) {
            out.append(' ');
            redirections(redirects, true);
        }
    }

    /** A list: ';' and a newline between and-or lists, " &amp; " after a background one. */
    private void list(Node.CommandList l) {
        for (int i = 0; i < l.items().size(); i++) {
            Node.Item item = l.items().get(i);
            if (i > 0 && !l.items().get(i - 1).background()) {
                if (deferred.isEmpty()) {
                    out.append(';');
                } else {
                    flushHereDocs();
                }
                out.append('\n');
            }
            andOr(item.andOr());
            if (item.background()) {
                out.append(" &");
                if (i + 1 < l.items().size()) {
                    out.append(' ');
                    skipIndent = true;
                }
            }
        }
    }

    private void andOr(Node.AndOr a) {
        startCommand();
        for (int i = 0; i < a.pipelines().size(); i++) {
            if (i > 0) {
                out.append(a.ops().get(i - 1) == Node.Connector.AND ? " && " : " || ");
            }
            Node.Pipeline p = a.pipelines().get(i);
            out.append(p.timing().text).append(p.negated() ? "! " : "");
            for (int k = 0; k < p.commands().size(); k++) {
                out.append(k > 0 ? " | " : "");
                skipIndent = true;
                command(p.commands().get(k));
            }
        }
    }

    private void command(Node.Command c) {
        startCommand();
        c.accept(this);
    }

    private void startCommand() {
        if (skipIndent) {
            skipIndent = false;
        } else {
            indent(indent);
        }
    }

    /** A list in a compound command's body, a level deeper, ending with ';'. */
    private void body(Node.CommandList l) {
        indent++;
        list(l);
        semicolon();
        indent--;
    }

    private void semicolon() {
        char last = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
        if (!deferred.isEmpty()) {
            flushHereDocs();
        } else if (last != '&' && last != '\n') {
            out.append(';');
        }
    }

    /** A condition ("if ", "while "): on the keyword's line. */
    private void condition(String keyword, Node.CommandList l) {
        out.append(keyword);
        skipIndent = true;
        list(l);
        semicolon();
    }

    @Override
    public Void simple(Node.SimpleCommand c) {
        StringBuilder sb = new StringBuilder();
        for (Node.Assignment a : c.assignments()) {
            sb.append(' ').append(a.name()).append('=').append(a.value().text());
        }
        for (Word w : c.words()) {
            sb.append(' ').append(w.text());
        }
        out.append(sb.length() > 0 ? sb.substring(1) : "");
        if (!c.redirects().isEmpty()) {
            out.append(sb.length() > 0 ? " " : "");
            redirections(c.redirects(), false);
        }
        return null;
    }

    @Override
    public Void ifCommand(Node.If c) {
        ifFrom(c, 0);
        return redirected(c.redirects());
    }

    /** bash prints elif as an if inside the else. */
    private void ifFrom(Node.If c, int branch) {
        condition("if ", c.conditions().get(branch));
        out.append(" then\n");
        body(c.bodies().get(branch));
        if (branch + 1 < c.conditions().size()) {
            newline("else\n");
            indent++;
            indent(indent);
            ifFrom(c, branch + 1);
            out.append(';');
            indent--;
        } else if (!c.orElse().items().isEmpty()) {
            newline("else\n");
            body(c.orElse());
        }
        newline("fi");
    }

    @Override
    public Void loop(Node.Loop c) {
        condition(c.until() ? "until " : "while ", c.condition());
        out.append(" do\n");
        body(c.body());
        newline("done");
        return redirected(c.redirects());
    }

    @Override
    public Void forCommand(Node.For c) {
        head("for ", c.name(), c.hasIn(), c.words());
        return loopBody(c.body(), c.redirects());
    }

    @Override
    public Void select(Node.Select c) {
        head("select ", c.name(), c.hasIn(), c.words());
        return loopBody(c.body(), c.redirects());
    }

    /** "for NAME in WORDS;" (in "$@" when there is no in), as bash prints for and select. */
    private void head(String keyword, String name, boolean hasIn, List<Word> words) {
        out.append(keyword).append(name).append(" in ");
        if (!hasIn) {
            out.append("\"$@\"");
        }
        for (int i = 0; i < words.size(); i++) {
            out.append(i > 0 ? " " : "").append(words.get(i).text());
        }
        out.append(';');
    }

    @Override
    public Void arithFor(Node.ArithFor c) {
        out.append("for ((").append(c.init().text().strip()).append("; ").append(c.test().text().strip())
                .append("; ").append(c.update().text().strip()).append("))");
        return loopBody(c.body(), c.redirects());
    }

    private Void loopBody(Node.CommandList body, List<Node.Redirect> redirects) {
        newline("do\n");
        body(body);
        newline("done");
        return redirected(redirects);
    }

    @Override
    public Void caseCommand(Node.Case c) {
        out.append("case ").append(c.word().text()).append(" in ");
        indent++;
        for (Node.CaseItem item : c.items()) {
            newline("");
            for (int i = 0; i < item.patterns().size(); i++) {
                out.append(i > 0 ? " | " : "").append(item.patterns().get(i).text());
            }
            out.append(")\n");
            indent++;
            list(item.body());
            flushHereDocs();
            indent--;
            newline(item.end().symbol);
        }
        indent--;
        newline("esac");
        return redirected(c.redirects());
    }

    @Override
    public Void group(Node.BraceGroup c) {
        out.append("{ \n");
        indent++;
        list(c.body());
        flushHereDocs();
        indent--;
        newline("}");
        return redirected(c.redirects());
    }

    @Override
    public Void subshell(Node.Subshell c) {
        out.append("( ");
        skipIndent = true;
        list(c.body());
        out.append(" )");
        return redirected(c.redirects());
    }

    @Override
    public Void arith(Node.ArithCommand c) {
        out.append("((").append(c.expression().text()).append("))");
        return redirected(c.redirects());
    }

    @Override
    public Void cond(Node.Cond c) {
        out.append("[[ ").append(c.expression().text()).append(" ]]");
        return redirected(c.redirects());
    }

    @Override
    public Void coproc(Node.Coproc c) {
        out.append("coproc ").append(c.name()).append(' ');
        return c.command().accept(this);
    }

    @Override
    public Void function(Node.FunctionDef c) {
        functionDef(c.name().text(), c, true);
        return null;
    }

    private Void redirected(List<Node.Redirect> redirects) {
        if (!redirects.isEmpty()) {
            out.append(' ');
            redirections(redirects, false);
        }
        return null;
    }

    /** As print_redirection: "&gt; file", "2&gt;&amp;1", "0&lt;&amp;3", "&lt;&lt;EOF" (the body later). */
    private void redirections(List<Node.Redirect> redirects, boolean inline) {
        for (int i = 0; i < redirects.size(); i++) {
            Node.Redirect r = redirects.get(i);
            out.append(i > 0 ? " " : "");
            String word = r.target().text();
            String fd = r.var() != null ? "{" + r.var() + "}"
                    : r.fd() == r.op().defaultFd ? "" : Integer.toString(r.fd());
            switch (r.op()) {
                case IN, OUT, APPEND, READ_WRITE -> out.append(fd).append(r.op().symbol).append(' ').append(word);
                case DUP_OR_ALL -> out.append(r.op().symbol).append(word);
                case DUP_IN, DUP_OUT -> out.append(r.var() != null || !Parser.isDigits(word) && !word.equals("-")
                                ? fd : Integer.toString(r.fd()))
                        .append(word.equals("-") ? ">&" : r.op().symbol)
                        .append(word);
                case OUT_ALL, APPEND_ALL -> out.append(r.op() == Node.RedirectOp.OUT_ALL ? "&> " : "&>> ")
                        .append(word);
                case HERESTRING -> out.append(fd).append("<<< ").append(word);
                case HEREDOC, HEREDOC_TABS -> {
                    String d = r.doc().delimiter();
                    out.append(fd).append(r.op().symbol).append(r.doc().quoted() ? "'" + d + "'" : d);
                    if (!inline) {
                        deferred.add(r);
                    }
                }
            }
        }
    }

    /** The bodies of the here-documents of the line just printed, each after a newline. */
    private void flushHereDocs() {
        if (deferred.isEmpty()) {
            return;
        }
        out.append('\n');
        for (Node.Redirect r : deferred) {
            out.append(r.doc().body().text()).append(r.doc().delimiter()).append('\n');
        }
        deferred.clear();
    }

    /** A newline, the indentation, then text. */
    private void newline(String text) {
        out.append('\n');
        indent(indent);
        out.append(text);
    }

    private void indent(int level) {
        for (int i = 0; i < level; i++) {
            out.append(INDENT);
        }
    }
}
