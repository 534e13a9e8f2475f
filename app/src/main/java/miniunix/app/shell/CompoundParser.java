package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import static miniunix.app.shell.TokenType.ARITH;
import static miniunix.app.shell.TokenType.EOF;
import static miniunix.app.shell.TokenType.LPAREN;
import static miniunix.app.shell.TokenType.NEWLINE;
import static miniunix.app.shell.TokenType.PIPE;
import static miniunix.app.shell.TokenType.RPAREN;
import static miniunix.app.shell.TokenType.SEMI;
import static miniunix.app.shell.TokenType.WORD;

/**
 * The compound-command rules of the {@link Parser} (its Javadoc holds the whole grammar):
 * if, while, until, for, select, case, { }, ( ), (( )), [[ ]] ({@link CondParser}) and function
 * definitions, one method per rule, on the parser's token stream.
 */
final class CompoundParser {
    private final Parser p;

    CompoundParser(Parser p) {
        this.p = p;
    }


    /** Whether a compound command starts here. */
    boolean atCompound() {
        return p.current().type() == LPAREN || p.current().type() == ARITH
                || p.isReserved(" if while until for select case { [[ ");
    }

    /**
     * compound → ifClause | whileClause | untilClause | forClause | selectClause | caseClause | braceGroup
     * | subshell | ((..)) | [[..]]
     */
    Node.Command compound() {
        if (p.isReserved(" [[ ")) {
            p.lexer().enter("compound commands");
            Node.Cond c = new CondParser(p).cond();
            p.lexer().leave();
            return c;
        }
        String keyword = p.current().type() == ARITH ? "((" : p.current().type() == LPAREN ? "(" : p.current().text();
        p.lexer().enter("compound commands");
        Token first = p.current();
        int line = p.line();
        p.advance();
        Node.Command c = switch (keyword) {
            case "if" -> ifClause();
            case "while", "until" -> whileClause(keyword.equals("until"));
            case "for" -> forClause(line);
            case "select" -> selectClause(line);
            case "case" -> caseClause(line);
            case "{" -> new Node.BraceGroup(p.closed(p.body(EOF, " } "), "}"), p.redirects());
            case "(" -> new Node.Subshell(p.closedParen(p.body(RPAREN, "")), p.redirects(), line);
            default -> new Node.ArithCommand(first.word(), p.redirects(), line);
        };
        p.lexer().leave();
        return c;
    }

    /** ifClause → 'if' body 'then' body ('elif' body 'then' body)* ['else' body] 'fi' */
    private Node.If ifClause() {
        List<Node.CommandList> conditions = new ArrayList<>();
        List<Node.CommandList> bodies = new ArrayList<>();
        boolean more = true;
        while (more) {
            conditions.add(p.closed(p.body(EOF, " then "), "then"));
            bodies.add(p.body(EOF, " elif else fi "));
            more = p.isReserved(" elif ");
            if (more) {
                p.advance();
            }
        }
        Node.CommandList orElse = new Node.CommandList(List.of());
        if (p.isReserved(" else ")) {
            p.advance();
            orElse = p.body(EOF, " fi ");
        }
        p.expect("fi");
        return new Node.If(conditions, bodies, orElse, p.redirects());
    }

    /**
     * coproc → 'coproc' [NAME] compound redirect* | 'coproc' simpleCommand: a word after
     * coproc is the NAME only when a compound command follows it, so one token is read ahead.
     */
    Node.Coproc coproc() {
        int line = p.line();
        p.advance();
        if (atCompound()) {
            return new Node.Coproc(DEFAULT_COPROC, compound(), line);
        }
        if (p.current().type() == WORD) {
            Token name = p.current();
            p.advance();
            if (atCompound()) {
                return new Node.Coproc(name.text(), compound(), line);
            }
            p.unread(name);
        }
        return new Node.Coproc(DEFAULT_COPROC, p.simpleCommand(), line);
    }

    /** The coprocess's name when none is written. */
    static final String DEFAULT_COPROC = "COPROC";

    /** whileClause → 'while' body 'do' body 'done' (until: the same, the test negated) */
    private Node.Loop whileClause(boolean until) {
        Node.CommandList condition = p.closed(p.body(EOF, " do "), "do");
        return new Node.Loop(until, condition, p.closed(p.body(EOF, " done "), "done"), p.redirects());
    }

    /** forClause → 'for' NAME linebreak ['in' WORD* separator] linebreak 'do' body 'done' */
    private Node.Command forClause(int line) {
        if (p.current().type() == ARITH) {
            return arithFor(line);
        }
        Node.For f = forHead(line);
        return new Node.For(f.name(), f.hasIn(), f.words(), f.body(), p.redirects(), line);
    }

    /** selectClause → 'select' NAME linebreak ['in' WORD* separator] linebreak 'do' body 'done' */
    private Node.Select selectClause(int line) {
        Node.For f = forHead(line);
        return new Node.Select(f.name(), f.hasIn(), f.words(), f.body(), p.redirects(), line);
    }

    /** What for and select share, up to 'done': a for with no redirections. */
    private Node.For forHead(int line) {
        if (p.current().type() != WORD) {
            throw p.current().type() == EOF ? p.endOfFile() : p.unexpected(p.current());
        }
        String name = p.current().text();
        p.advance();
        boolean hasIn = false;
        List<Word> words = new ArrayList<>();
        if (p.current().type() == SEMI) {
            p.advance();
        } else {
            p.skipNewlines();
            if (p.isReserved(" in ")) {
                hasIn = true;
                p.advance();
                while (p.current().type() == WORD) {
                    words.add(p.current().word());
                    p.advance();
                }
                if (p.current().type() != SEMI && p.current().type() != NEWLINE) {
                    throw p.current().type() == EOF ? p.endOfFile() : p.unexpected(p.current());
                }
                p.advance();
            }
        }
        p.skipNewlines();
        p.expect("do");
        Node.CommandList body = p.closed(p.body(EOF, " done "), "done");
        return new Node.For(name, hasIn, words, body, List.of(), line);
    }

    /** 'for' '((' EXPR ';' EXPR ';' EXPR '))' [';'] linebreak 'do' body 'done' */
    private Node.ArithFor arithFor(int line) {
        List<Word> exprs = splitOnSemicolons(p.current().word());
        if (exprs.size() != 3) {
            throw new SyntaxError(exprs.size() < 3 ? "syntax error: arithmetic expression required"
                    : "syntax error: `;' unexpected", p.current(), false, (char) 0);
        }
        p.advance();
        if (p.current().type() == SEMI) {
            p.advance();
        }
        p.skipNewlines();
        p.expect("do");
        Node.CommandList body = p.closed(p.body(EOF, " done "), "done");
        return new Node.ArithFor(exprs.get(0), exprs.get(1), exprs.get(2), body, p.redirects(), line);
    }

    /** The expression of for ((a; b; c)) cut at its semicolons (in literal text only). */
    private static List<Word> splitOnSemicolons(Word w) {
        List<Word> words = new ArrayList<>();
        List<Word.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Word.Part p : w.parts()) {
            if (!(p instanceof Word.Literal l)) {
                parts.add(p);
                continue;
            }
            int from = 0;
            for (int semi = l.text().indexOf(';'); semi >= 0; semi = l.text().indexOf(';', from)) {
                parts.add(new Word.Literal(l.text().substring(from, semi), l.quoted()));
                words.add(new Word("", parts));
                parts = new ArrayList<>();
                from = semi + 1;
            }
            parts.add(new Word.Literal(l.text().substring(from), l.quoted()));
        }
        words.add(new Word("", parts));
        String[] texts = w.text().split(";", -1);
        for (int i = 0; i < words.size() && texts.length == words.size(); i++) {
            words.set(i, new Word(texts[i], words.get(i).parts()));
        }
        return words;
    }

    /** caseClause → 'case' WORD linebreak 'in' linebreak caseItem* 'esac' */
    private Node.Case caseClause(int line) {
        if (p.current().type() != WORD) {
            throw p.eofOrUnexpected();
        }
        Word word = p.current().word();
        p.advance();
        p.skipNewlines();
        p.expect("in");
        List<Node.CaseItem> items = new ArrayList<>();
        p.skipNewlines();
        while (!p.isReserved(Parser.CASE_BODY)) {
            items.add(caseItem());
            p.skipNewlines();
        }
        p.advance();
        return new Node.Case(word, items, p.redirects(), line);
    }

    /** caseItem → ['('] WORD ('|' WORD)* ')' list [';;' | ';&amp;' | ';;&amp;'] */
    private Node.CaseItem caseItem() {
        if (p.current().type() == LPAREN) {
            p.advance();
        }
        List<Word> patterns = new ArrayList<>();
        while (true) {
            if (p.current().type() != WORD) {
                throw p.eofOrUnexpected();
            }
            patterns.add(p.current().word());
            p.advance();
            if (p.current().type() != PIPE) {
                break;
            }
            p.advance();
        }
        if (p.current().type() != RPAREN) {
            throw p.eofOrUnexpected();
        }
        p.advance();
        Node.CommandList body = p.list(EOF, Parser.CASE_BODY);
        Node.CaseEnd end = switch (p.current().type()) {
            case DSEMI -> Node.CaseEnd.BREAK;
            case SEMI_AND -> Node.CaseEnd.FALL_THROUGH;
            case DSEMI_AND -> Node.CaseEnd.TEST_NEXT;
            default -> null;
        };
        if (end != null) {
            p.advance();
        } else if (!p.isReserved(Parser.CASE_BODY)) {
            throw p.eofOrUnexpected();
        }
        return new Node.CaseItem(patterns, body, end == null ? Node.CaseEnd.BREAK : end);
    }

    /** functionDef → 'function' WORD ['(' ')'] linebreak compound redirect* */
    Node.FunctionDef functionKeyword() {
        p.advance();
        if (p.current().type() != WORD) {
            throw p.eofOrUnexpected();
        }
        Word name = p.current().word();
        p.advance();
        if (p.current().type() == LPAREN) {
            parens();
        }
        return functionBody(name);
    }

    /** functionDef → WORD '(' ')' linebreak compound redirect*, after the WORD. */
    Node.FunctionDef functionDef(Word name) {
        parens();
        return functionBody(name);
    }

    /** '(' ')' */
    private void parens() {
        p.advance();
        if (p.current().type() != RPAREN) {
            throw p.eofOrUnexpected();
        }
        p.advance();
    }

    /** linebreak compound redirect*: a function's body must be a compound command. */
    private Node.FunctionDef functionBody(Word name) {
        int line = p.line();
        p.skipNewlines();
        if (!atCompound()) {
            throw p.eofOrUnexpected();
        }
        return new Node.FunctionDef(name, compound(), line);
    }
}
