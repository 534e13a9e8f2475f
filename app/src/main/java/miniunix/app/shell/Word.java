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
     * or null; ${NAME[INDEX]} alone is the operator PLAIN. second: the operator's second word,
     * or null: the length of ${NAME:OFFSET:LENGTH}, the replacement of ${NAME/PATTERN/STRING}.
     * indirect: ${!NAME...}, where NAME's value names the parameter the operator applies to.
     */
    public record ParamExp(String name, Word index, boolean indirect, ParamOp op, boolean colon, Word word,
                           Word second, boolean quoted) implements Part {
        public ParamExp(String name, ParamOp op, boolean colon, Word word, boolean quoted) {
            this(name, null, false, op, colon, word, null, quoted);
        }

        public ParamExp(String name, Word index, ParamOp op, boolean colon, Word word, boolean quoted) {
            this(name, index, false, op, colon, word, null, quoted);
        }

        public ParamExp(String name, boolean indirect, ParamOp op, boolean colon, Word word, Word second,
                        boolean quoted) {
            this(name, null, indirect, op, colon, word, second, quoted);
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
        /** ${NAME[INDEX]} or ${!NAME}: the value(s), as they are. */
        PLAIN("", false),
        /** ${!NAME[@]}: an array's keys. */
        KEYS("!", false),
        /** ${!PREFIX*} and ${!PREFIX@} (word "*" or "@"): the names of the variables set that begin with PREFIX. */
        NAMES("!", false),
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
        LONG_SUFFIX("%%", false),
        /** ${NAME:OFFSET} / ${NAME:OFFSET:LENGTH}: a substring, or some of $@ (arithmetic operands). */
        SUBSTRING(":", false),
        /** ${NAME/PATTERN/STRING}: the first match of PATTERN replaced by STRING. */
        REPLACE("/", false),
        /** ${NAME//PATTERN/STRING}: every match replaced. */
        REPLACE_ALL("//", false),
        /** ${NAME/#PATTERN/STRING}: a match at the start replaced. */
        REPLACE_PREFIX("/#", false),
        /** ${NAME/%PATTERN/STRING}: a match at the end replaced. */
        REPLACE_SUFFIX("/%", false),
        /** ${NAME^PATTERN}: the first character upper-cased if it matches PATTERN (empty: any). */
        UPPER_FIRST("^", false),
        /** ${NAME^^PATTERN}: every matching character upper-cased. */
        UPPER_ALL("^^", false),
        /** ${NAME,PATTERN}: the first character lower-cased if it matches. */
        LOWER_FIRST(",", false),
        /** ${NAME,,PATTERN}: every matching character lower-cased. */
        LOWER_ALL(",,", false),
        /** ${NAME~PATTERN}: the first character's case toggled if it matches. */
        TOGGLE_FIRST("~", false),
        /** ${NAME~~PATTERN}: every matching character's case toggled. */
        TOGGLE_ALL("~~", false),
        /** ${NAME@OP}: a transformation (word: one of Q E P A K a k U u L), see {@link ParamEdit}. */
        TRANSFORM("@", false);

        public final String symbol;
        /** Whether the operator may be written with a ':' (":-" tests for empty too). */
        public final boolean takesColon;

        ParamOp(String symbol, boolean takesColon) {
            this.symbol = symbol;
            this.takesColon = takesColon;
        }
    }
}
