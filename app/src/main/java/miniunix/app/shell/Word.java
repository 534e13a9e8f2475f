package miniunix.app.shell;

import java.util.List;

/**
 * A shell word as parsed, before expansion: the text as typed and its parts. Quoting is kept
 * per part, because it decides field splitting and globbing: {@code "$x"} is one field,
 * {@code $x} is split on blanks and its {@code *} matches file names. A quoted empty literal
 * ({@code ""}) still makes a field. braces: an unquoted '{' is in it, so it may need
 * {@link Braces brace expansion}. It is derived from the parts, once, here (a value given is
 * replaced), so that the words without one never pay for brace expansion when they run.
 */
public record Word(String text, List<Part> parts, boolean braces) {

    public Word {
        parts = List.copyOf(parts);
        braces = Braces.candidate(parts);
    }

    public Word(String text, List<Part> parts) {
        this(text, parts, false);
    }

    /** One piece of a word. */
    public sealed interface Part permits Literal, Param, ParamExp, BadSubst, CommandSub, ProcSubst, Arith,
            Compound {
        boolean quoted();
    }

    /** Text taken as it is (quotes and backslashes already removed). */
    public record Literal(String text, boolean quoted) implements Part {
    }

    /** $NAME, ${NAME}, a positional parameter ($1, ${10}) or a special one ($?, $#, $@ ...). */
    public record Param(String name, boolean quoted) implements Part {
    }

    /**
     * ${NAME OP WORD}: ${#NAME} (op LENGTH, word empty), ${NAME:-WORD} (colon true) and the
     * other operators of {@link ParamOp}. The word is expanded only if the operator needs it.
     * index: an array's subscript, ${NAME[INDEX]...} (the word "@" or "*" for every element),
     * or null; ${NAME[INDEX]} alone is the operator PLAIN.
     */
    public record ParamExp(String name, Word index, ParamOp op, boolean colon, Word word, boolean quoted)
            implements Part {
        public ParamExp(String name, ParamOp op, boolean colon, Word word, boolean quoted) {
            this(name, null, op, colon, word, quoted);
        }

        /** ${NAME[@]...} or ${NAME[*]...}: every element. */
        public boolean all() {
            return index != null && (index.text().equals("@") || index.text().equals("*"));
        }
    }

    /**
     * A ${...} that is not a parameter expansion we know ({@code ${x!}}): an error when it is
     * expanded ("TEXT: bad substitution"), not when it is parsed, as in bash.
     */
    public record BadSubst(String text, boolean quoted) implements Part {
    }

    /** $(list): replaced by the list's output, trailing newlines removed. */
    public record CommandSub(Node.CommandList body, boolean quoted) implements Part {
    }

    /**
     * &lt;(list) or &gt;(list) (output): the list runs in a child with its stdout (or stdin) on a
     * pipe, and the word has the path of the shell's end, /dev/fd/N. Never quoted: inside quotes
     * it is plain text; its path is neither split nor globbed.
     */
    public record ProcSubst(Node.CommandList body, boolean output) implements Part {
        @Override
        public boolean quoted() {
            return false;
        }
    }

    /** $((expression)): the expression is expanded as a string, then evaluated by {@link Arith}. */
    public record Arith(Word expression, boolean quoted) implements Part {
    }

    /** (ELEMENT...) of NAME=(...): an array's elements, the whole value of an assignment word. */
    public record Compound(List<Element> elements, boolean quoted) implements Part {
        public Compound {
            elements = List.copyOf(elements);
        }
    }

    /** One element of (...): [KEY]=VALUE, or VALUE (key null) at the next index. */
    public record Element(Word key, Word value) {
    }

    /** The operators of ${NAME OP WORD}; a ':' form treats an empty value as unset. */
    public enum ParamOp {
        /** ${NAME[INDEX]}: an array's element(s), as they are. */
        PLAIN("", false),
        /** ${!NAME[@]}: an array's keys. */
        KEYS("!", false),
        /** ${#NAME}: the length of the value. */
        LENGTH("#", false),
        /** ${NAME:-WORD} / ${NAME-WORD}: the value, or WORD. */
        DEFAULT("-", true),
        /** ${NAME:=WORD} / ${NAME=WORD}: the value, or WORD assigned to NAME. */
        ASSIGN("=", true),
        /** ${NAME:?WORD} / ${NAME?WORD}: the value, or an error that stops a script. */
        ERROR("?", true),
        /** ${NAME:+WORD} / ${NAME+WORD}: WORD if there is a value, else nothing. */
        ALTERNATE("+", true),
        /** ${NAME#PATTERN}: the value less the shortest prefix PATTERN matches. */
        SHORT_PREFIX("#", false),
        /** ${NAME##PATTERN}: less the longest prefix. */
        LONG_PREFIX("##", false),
        /** ${NAME%PATTERN}: less the shortest suffix. */
        SHORT_SUFFIX("%", false),
        /** ${NAME%%PATTERN}: less the longest suffix. */
        LONG_SUFFIX("%%", false);

        public final String symbol;
        /** Whether the operator may be written with a ':' (":-" tests for empty too). */
        public final boolean takesColon;

        ParamOp(String symbol, boolean takesColon) {
            this.symbol = symbol;
            this.takesColon = takesColon;
        }
    }
}
