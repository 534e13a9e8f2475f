package miniunix.app.shell;

import java.util.List;

/**
 * The shell's abstract syntax tree: immutable records, shared freely between a shell and its
 * forked copies. A {@link Command} is a simple command, one of the compound commands (if,
 * while, until, for, case, { list; }, ( list ), (( expr )), [[ expr ]]), each with its own
 * redirections, or a function definition; the executor and the printer reach every
 * alternative through {@link Command.Visitor}. The one exception to immutability is a
 * here-document's body ({@link HereDoc}), which the lexer fills in once, before the parse
 * returns.
 */
public sealed interface Node {

    /** A list: and-or lists separated by ';', '&' or newlines. */
    record CommandList(List<Item> items) implements Node {
        public CommandList {
            items = List.copyOf(items);
        }

        /** "a; b & c; ": each item and its terminator, as compound commands print a body. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Item i : items) {
                sb.append(i.andOr().text()).append(i.background() ? " & " : "; ");
            }
            return sb.toString();
        }
    }

    /** One entry of a list; background when it ended with '&'. */
    record Item(AndOr andOr, boolean background) implements Node {
    }

    /** p1 op1 p2 op2 p3 ...: ops.get(i) joins pipelines i and i+1. */
    record AndOr(List<Pipeline> pipelines, List<Connector> ops) implements Node {
        public AndOr {
            pipelines = List.copyOf(pipelines);
            ops = List.copyOf(ops);
        }

        /** The source, normalised, as job notices show it: "a && b". */
        public String text() {
            StringBuilder sb = new StringBuilder(pipelines.get(0).text());
            for (int i = 0; i < ops.size(); i++) {
                sb.append(ops.get(i) == Connector.AND ? " && " : " || ").append(pipelines.get(i + 1).text());
            }
            return sb.toString();
        }
    }

    /** How two pipelines of an and-or list are joined. */
    enum Connector {
        /** &&: run the next one if the last status was 0. */
        AND,
        /** ||: run the next one if the last status was not 0. */
        OR
    }

    /** bash's time keyword before a pipeline: none, {@code time}, or {@code time -p}. */
    enum Timing {
        NONE(""), BASH("time "), POSIX("time -p ");

        final String text;

        Timing(String text) {
            this.text = text;
        }
    }

    /**
     * [time [-p]] [!] c1 | c2 | ...; negated inverts the status; timed reports the time it took.
     * Only a timed pipeline may have no commands (a lone {@code time}).
     */
    record Pipeline(boolean negated, List<Command> commands, Timing timing) implements Node {
        public Pipeline {
            commands = List.copyOf(commands);
        }

        Pipeline(boolean negated, List<Command> commands) {
            this(negated, commands, Timing.NONE);
        }

        /** "time ! a | b" */
        public String text() {
            StringBuilder sb = new StringBuilder(timing.text).append(negated ? "! " : "");
            for (int i = 0; i < commands.size(); i++) {
                sb.append(i > 0 ? " | " : "").append(commands.get(i).text());
            }
            return sb.toString();
        }
    }

    /** One element of a pipeline: a simple command or a compound command. */
    sealed interface Command extends Node
            permits SimpleCommand, If, Loop, For, Select, ArithFor, Case, BraceGroup, Subshell, ArithCommand, Cond,
            FunctionDef, Coproc {
        /** The source, normalised: words as typed, joined by one space. */
        String text();

        <R> R accept(Visitor<R> v);

        /** One method per kind of command: a new kind that nobody handles does not compile. */
        interface Visitor<R> {
            R simple(SimpleCommand c);
            R ifCommand(If c);
            R loop(Loop c);
            R forCommand(For c);
            R select(Select c);
            R arithFor(ArithFor c);
            R caseCommand(Case c);
            R group(BraceGroup c);
            R subshell(Subshell c);
            R arith(ArithCommand c);
            R cond(Cond c);
            R function(FunctionDef c);
            R coproc(Coproc c);
        }
    }

    /**
     * NAME=value... word... with redirections anywhere. line is bash's: the line the token after
     * the first word ends on (what $LINENO and error messages say while it runs).
     */
    record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects, int line)
            implements Command {
        public SimpleCommand {
            assignments = List.copyOf(assignments);
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Assignment a : assignments) {
                sb.append(' ').append(a.name()).append('=').append(a.value().text());
            }
            for (Word w : words) {
                sb.append(' ').append(w.text());
            }
            sb.append(Redirect.text(redirects));
            return sb.substring(1);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.simple(this);
        }
    }

    /**
     * if c1; then b1; elif c2; then b2; ... else e; fi. conditions.get(i) guards bodies.get(i);
     * orElse has no items when there is no else.
     */
    record If(List<CommandList> conditions, List<CommandList> bodies, CommandList orElse,
              List<Redirect> redirects) implements Command {
        public If {
            conditions = List.copyOf(conditions);
            bodies = List.copyOf(bodies);
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < conditions.size(); i++) {
                sb.append(i == 0 ? "if " : "elif ").append(conditions.get(i).text())
                        .append("then ").append(bodies.get(i).text());
            }
            if (!orElse.items().isEmpty()) {
                sb.append("else ").append(orElse.text());
            }
            return sb.append("fi").append(Redirect.text(redirects)).toString();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.ifCommand(this);
        }
    }

    /** while condition; do body; done, or until (the condition negated). */
    record Loop(boolean until, CommandList condition, CommandList body, List<Redirect> redirects)
            implements Command {
        public Loop {
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            return (until ? "until " : "while ") + condition.text() + "do " + body.text() + "done"
                    + Redirect.text(redirects);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.loop(this);
        }
    }

    /**
     * "for NAME in WORDS" or "select NAME in WORDS", the words as typed. Without "in" (hasIn
     * false) nothing follows NAME, or, when dollarAt, ' in "$@"' as bash's print_for_command_head
     * says it for $BASH_COMMAND and the -x line.
     */
    static StringBuilder loopHead(String keyword, String name, boolean hasIn, List<Word> words,
                                  boolean dollarAt) {
        StringBuilder sb = new StringBuilder(keyword).append(' ').append(name);
        if (hasIn || dollarAt) {
            sb.append(" in");
        }
        if (!hasIn && dollarAt) {
            sb.append(" \"$@\"");
        }
        for (Word w : words) {
            sb.append(' ').append(w.text());
        }
        return sb;
    }

    /** for name in words; do body; done. Without "in" (hasIn false) the words are "$@". */
    record For(String name, boolean hasIn, List<Word> words, CommandList body, List<Redirect> redirects,
               int line) implements Command {
        public For {
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            return loopHead("for", name, hasIn, words, false).append("; do ").append(body.text())
                    .append("done").append(Redirect.text(redirects)).toString();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.forCommand(this);
        }
    }

    /**
     * select name in words; do body; done: bash's menu loop, which reads the choices from
     * stdin until EOF or break. Without "in" (hasIn false) the words are "$@".
     */
    record Select(String name, boolean hasIn, List<Word> words, CommandList body, List<Redirect> redirects,
                  int line) implements Command {
        public Select {
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            return loopHead("select", name, hasIn, words, false).append("; do ").append(body.text())
                    .append("done").append(Redirect.text(redirects)).toString();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.select(this);
        }
    }

    /** for ((init; test; update)); do body; done: C's for loop over arithmetic expressions. */
    record ArithFor(Word init, Word test, Word update, CommandList body, List<Redirect> redirects,
                    int line) implements Command {
        public ArithFor {
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            return "for ((" + init.text() + ";" + test.text() + ";" + update.text() + ")); do " + body.text()
                    + "done" + Redirect.text(redirects);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.arithFor(this);
        }
    }

    /** { list; }: the list, run by the shell itself. */
    record BraceGroup(CommandList body, List<Redirect> redirects) implements Command {
        public BraceGroup {
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            return "{ " + body.text() + "}" + Redirect.text(redirects);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.group(this);
        }
    }

    /** ( list ): the list, run by a forked copy of the shell. */
    record Subshell(CommandList body, List<Redirect> redirects, int line) implements Command {
        public Subshell {
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            String b = body.text();
            b = b.endsWith("; ") ? b.substring(0, b.length() - 2) : b.stripTrailing();
            return "( " + b + " )" + Redirect.text(redirects);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.subshell(this);
        }
    }

    /** (( expression )): status 0 when the arithmetic value is not zero. */
    record ArithCommand(Word expression, List<Redirect> redirects, int line) implements Command {
        public ArithCommand {
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            return "((" + expression.text() + "))" + Redirect.text(redirects);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.arith(this);
        }
    }

    /** [[ expression ]]: bash's conditional command; status 0 if true, 1 if false. */
    record Cond(CondExpr expression, List<Redirect> redirects, int line) implements Command {
        public Cond {
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            return "[[ " + expression.text() + " ]]" + Redirect.text(redirects);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.cond(this);
        }
    }

    /** case word in pattern | pattern) list ;; ... esac */
    record Case(Word word, List<CaseItem> items, List<Redirect> redirects, int line) implements Command {
        public Case {
            items = List.copyOf(items);
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder("case ").append(word.text()).append(" in");
            for (CaseItem i : items) {
                sb.append(' ');
                for (int k = 0; k < i.patterns().size(); k++) {
                    sb.append(k > 0 ? " | " : "").append(i.patterns().get(k).text());
                }
                sb.append(") ").append(i.body().text()).append(i.end().symbol);
            }
            return sb.append(" esac").append(Redirect.text(redirects)).toString();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.caseCommand(this);
        }
    }

    /** One item of a case: its patterns, its list (perhaps empty) and how it ends. */
    record CaseItem(List<Word> patterns, CommandList body, CaseEnd end) implements Node {
        public CaseItem {
            patterns = List.copyOf(patterns);
        }
    }

    /** What happens after a case item's list has run. */
    enum CaseEnd {
        /** ;; the case is done. */
        BREAK(";;"),
        /** ;&amp; the next item's list runs too, without testing its patterns (bash). */
        FALL_THROUGH(";&"),
        /** ;;&amp; the patterns of the next items are tested as if nothing had matched (bash). */
        TEST_NEXT(";;&");

        public final String symbol;

        CaseEnd(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * name () compound-command, or function name [()] compound-command: defines the function
     * (the body's redirections apply at each call). The name is a word, so that a quoted or
     * expanded one can be refused when the definition runs, as bash does.
     */
    record FunctionDef(Word name, Command body, int line) implements Command {
        @Override
        public String text() {
            return name.text() + " () " + body.text();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.function(this);
        }
    }

    /**
     * coproc [NAME] command: bash's coprocess, the command run in the background with its
     * stdin and stdout on pipes whose other ends the shell keeps in the array NAME (COPROC
     * when none is written; a NAME only before a compound command, as bash's grammar has it).
     */
    record Coproc(String name, Command command, int line) implements Command {
        @Override
        public String text() {
            return "coproc " + name + " " + command.text();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.coproc(this);
        }
    }

    /**
     * NAME=VALUE, NAME+=VALUE (append), NAME[INDEX]=VALUE (index not null), or NAME=(...)
     * (the value's one part a {@link Word.Compound}).
     */
    record Assignment(String name, Word index, boolean append, Word value) implements Node {
        Assignment(String name, Word value) {
            this(name, null, false, value);
        }

        /** Whether this is a plain NAME=VALUE, that sets a scalar (or an array's element 0). */
        boolean isPlain() {
            return index == null && !append && compound() == null;
        }

        /** The (...) of NAME=(...), or null. */
        Word.Compound compound() {
            return value.parts().size() == 1 && value.parts().get(0) instanceof Word.Compound c ? c : null;
        }
    }

    /**
     * fd op target: the target is a file name, a fd number for the dup operators, the word
     * of a here-string, or the delimiter of a here-document (whose body is in doc; null for
     * every other operator). var is the NAME of {NAME}op target (bash's REDIR_VARASSIGN), or
     * null: then the fd is one the shell picks and stores in NAME (or, to close, the one NAME
     * holds), and fd is unused.
     */
    record Redirect(int fd, RedirectOp op, Word target, HereDoc doc, String var) implements Node {
        public Redirect(int fd, RedirectOp op, Word target) {
            this(fd, op, target, null, null);
        }

        public Redirect(int fd, RedirectOp op, Word target, HereDoc doc) {
            this(fd, op, target, doc, null);
        }

        /**
         * " > out 2>&1": the redirections as a command's text ends with them, spaced as bash's
         * print_redirection spaces them in job notices: "2> err", "< in", ">> log", "&> all",
         * "<<< word", but "2>&1", "1>&2" and "<<EOF" joined.
         */
        static String text(List<Redirect> redirects) {
            StringBuilder sb = new StringBuilder();
            for (Redirect r : redirects) {
                String word = r.target().text();
                String fd = r.var() != null ? "{" + r.var() + "}"
                        : r.fd() == r.op().defaultFd ? "" : Integer.toString(r.fd());
                sb.append(' ');
                if (r.var() != null) {
                    boolean joined = r.op().symbol.endsWith("&") || r.op() == RedirectOp.HEREDOC
                            || r.op() == RedirectOp.HEREDOC_TABS;
                    sb.append(fd).append(r.op().symbol).append(joined ? "" : " ").append(word);
                    continue;
                }
                switch (r.op()) {
                    case IN, OUT, APPEND, READ_WRITE, HERESTRING -> sb.append(fd).append(r.op().symbol).append(' ').append(word);
                    case OUT_ALL, APPEND_ALL -> sb.append(r.op().symbol).append(' ').append(word);
                    case DUP_OR_ALL -> sb.append(r.op().symbol).append(word);
                    case DUP_IN, DUP_OUT -> sb.append(Parser.isDigits(word) || word.equals("-")
                            ? Integer.toString(r.fd()) : fd).append(r.op().symbol).append(word);
                    default -> sb.append(fd).append(r.op().symbol).append(word);
                }
            }
            return sb.toString();
        }
    }

    /** The redirection operators, with the fd each applies to when none is written. */
    enum RedirectOp {
        IN(0, "<"), OUT(1, ">"), APPEND(1, ">>"), READ_WRITE(0, "<>"), DUP_IN(0, "<&"), DUP_OUT(1, ">&"),
        /** &gt;&amp;WORD, no fd written, WORD not a number as typed: DUP_OUT or OUT_ALL once expanded. */
        DUP_OR_ALL(1, ">&"),
        OUT_ALL(1, "&>"),
        APPEND_ALL(1, "&>>"), HEREDOC(0, "<<"), HEREDOC_TABS(0, "<<-"), HERESTRING(0, "<<<");

        public final int defaultFd;
        public final String symbol;

        RedirectOp(int defaultFd, String symbol) {
            this.defaultFd = defaultFd;
            this.symbol = symbol;
        }
    }

    /**
     * A here-document: its delimiter (quotes removed), whether the delimiter was quoted (then
     * the body is taken literally, else it is expanded as in double quotes), whether leading
     * tabs are stripped ({@code <<-}), and its body, which the lexer reads from the lines after
     * the command's line and fills in exactly once, before the parse returns (see
     * {@link HereDocs}); from then on it is as immutable as the rest of the tree.
     */
    final class HereDoc {
        private static final Word EMPTY = new Word("", List.of());

        private final String delimiter;
        private final boolean quoted;
        private final boolean stripTabs;
        private Word body;

        HereDoc(String delimiter, boolean quoted, boolean stripTabs) {
            this.delimiter = delimiter;
            this.quoted = quoted;
            this.stripTabs = stripTabs;
        }

        public String delimiter() {
            return delimiter;
        }

        public boolean quoted() {
            return quoted;
        }

        public boolean stripTabs() {
            return stripTabs;
        }

        /** The body: a word to expand as a string (literal parts only when quoted). */
        public Word body() {
            return body == null ? EMPTY : body;
        }

        void fill(Word w) {
            if (body != null) {
                throw new IllegalStateException("here-document body read twice");
            }
            body = w;
        }
    }
}
