package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Word expansion of one word, left to right as bash does it: tilde, parameters (with the
 * ${VAR:-word} family), command and process substitution, arithmetic, then field splitting of unquoted
 * results (in {@link Fields}). Pathname expansion comes after, in {@link ExpandFrame}, because
 * it needs the kernel.
 *
 * <p>A command substitution needs a fork, so expansion must be able to stop in the middle of
 * a word and go on later: {@link #run} returns {@link Status#SUBST} with {@link #pending} set,
 * the frame runs the list and hands its output to {@link #substituted}, and run goes on. That
 * is why the walk over a word's parts is an explicit stack of cursors, not Java recursion:
 * ${VAR:-$(cmd)} descends into the inner word and may stop there. Side effects
 * (${VAR:=word}, $((i++))) happen once, in order, and an error stops the expansion where it
 * happens, so a later $(...) never runs.
 *
 * <p>Plain data: {@link #copy} is deep.
 */
final class Expander {
    /** What {@link #run} stopped for. */
    enum Status { DONE, SUBST, ERROR }

    /** How a cursor's word relates to the ${...} or $((...)) that opened it. */
    private enum Kind {
        /** Its parts go straight into the sink (the word itself). */
        INLINE,
        /**
         * ${VAR:-word}, ${VAR:+word}: the parts go into the sink below, and even their literal
         * text is split (unless quoted), as the result of an expansion is.
         */
        WORD,
        /** Its text is a value for a ${VAR OP word} ({@link Cursor#op}): :=, :?, #, %. */
        OPERAND,
        /**
         * Its text is the first of two operands (the offset of ${VAR:OFFSET:LENGTH}, the
         * pattern of ${VAR/PATTERN/STRING}), kept in the OPERAND cursor below it.
         */
        FIRST,
        /** Its text is an arithmetic expression. */
        ARITH,
        /** Its text is the subscript of ${NAME[INDEX]...} ({@link Cursor#op}). */
        INDEX
    }

    /** A word being walked: the next part, and where its text goes. */
    private static final class Cursor {
        final Kind kind;
        final Word word;
        final int sink;
        final boolean quoted;
        final Word.ParamExp op;
        /** OPERAND and ARITH: the sink the result goes into, and whether it is quoted there. */
        final int target;
        final boolean targetQuoted;
        int next;
        /**
         * OPERAND of ${NAME[...]#PATTERN} and the like: the element(s) the operator applies
         * to (one, or every one for [@] and [*]); null for a plain ${NAME#PATTERN}.
         */
        List<String> elements;
        /** OPERAND: the parameter the operator applies to (not NAME of ${!NAME...}, its value). */
        String name;
        /** OPERAND of a two-word operator with its second word: the first one's text (or pattern). */
        String first;

        Cursor(Kind kind, Word word, int sink, boolean quoted, Word.ParamExp op, int target, boolean targetQuoted) {
            this.kind = kind;
            this.word = word;
            this.sink = sink;
            this.quoted = quoted;
            this.op = op;
            this.target = target;
            this.targetQuoted = targetQuoted;
        }

        Cursor copy() {
            Cursor c = new Cursor(kind, word, sink, quoted, op, target, targetQuoted);
            c.next = next;
            c.elements = elements;
            c.name = name;
            c.first = first;
            return c;
        }
    }

    /**
     * ${NAME@P} under way: each value decoded as a prompt string, then expanded as in double
     * quotes by an expander of its own (which may stop for a command substitution), one after
     * the other; the results go into the sink as the values of NAME would.
     */
    private static final class Prompting {
        final List<String> decoded;
        final List<String> out = new ArrayList<>();
        /** The expansion of decoded[out.size()] under way, or null between two. */
        Expander x;
        final int sink;
        final boolean quoted;
        /** Whether the values are fields of their own ([@], $@), and joined as "$*" (star). */
        final boolean all;
        final boolean star;

        Prompting(List<String> decoded, int sink, boolean quoted, boolean all, boolean star) {
            this.decoded = decoded;
            this.sink = sink;
            this.quoted = quoted;
            this.all = all;
            this.star = star;
        }

        Prompting copy() {
            Prompting p = new Prompting(decoded, sink, quoted, all, star);
            p.out.addAll(out);
            p.x = x == null ? null : x.copy();
            return p;
        }
    }

    private final ArrayList<Cursor> cursors = new ArrayList<>();
    private final ArrayList<Fields> sinks = new ArrayList<>();
    /** The $(...) or &lt;(...) that {@link #run} stopped for. */
    private Word.Part pending;
    private int pendingSink;
    private boolean pendingQuoted;
    private String error;
    private boolean fatal;
    /** Said but not an error (bash's "a: bad array subscript" for ${a[-9]}): lines for stderr, or null. */
    private String warnings;
    /**
     * What the prompt escapes of ${NAME@P} show ({@link #prompt}): every maker of an expander
     * gives them (ExpandFrame, Prompts), and an expander gives its own to those it nests.
     */
    private PromptString.Facts promptFacts;
    private Prompting prompting;
    /** What an expansion of ${NAME@P} said went wrong, lines said with the shell's name alone, or null. */
    private String promptErrors;
    /** IFS as {@link Fields#ifs(Variables)} gives it, when the expansion began. */
    private final String ifs;
    /** shopt patsub_replacement: an unquoted & in the STRING of ${VAR/PATTERN/STRING} is the match. */
    private final boolean patsub;
    /** shopt extglob: the patterns of ${VAR#PATTERN} and ${VAR/PATTERN/...} may have groups. */
    private boolean extglob;

    /**
     * Expands w into fields (split: argv words, for lists, redirection targets) or one string;
     * ifs: {@link Fields#ifs(Variables)}.
     */
    Expander(Word w, boolean split, String ifs) {
        this(w, split, ifs, true);
    }

    /** As {@link #Expander(Word, boolean, String)}, with shopt patsub_replacement on or off. */
    Expander(Word w, boolean split, String ifs, boolean patsub) {
        this.ifs = ifs;
        this.patsub = patsub;
        sinks.add(new Fields(split, ifs));
        cursors.add(new Cursor(Kind.INLINE, w, 0, false, null, 0, false));
    }

    private Expander(String ifs, boolean patsub) {
        this.ifs = ifs;
        this.patsub = patsub;
    }

    /** This expander, with what the escapes of ${NAME@P} show ({@link PromptFacts}). */
    Expander prompt(PromptString.Facts facts) {
        promptFacts = facts;
        return this;
    }

    /** This expander, with shopt extglob on or off for its patterns (off when not said). */
    Expander extglob(boolean on) {
        extglob = on;
        return this;
    }

    Expander copy() {
        Expander x = new Expander(ifs, patsub);
        x.extglob = extglob;
        x.promptFacts = promptFacts;
        x.prompting = prompting == null ? null : prompting.copy();
        x.promptErrors = promptErrors;
        for (Cursor c : cursors) {
            x.cursors.add(c.copy());
        }
        for (Fields f : sinks) {
            x.sinks.add(f.copy());
        }
        x.pending = pending;
        x.pendingSink = pendingSink;
        x.pendingQuoted = pendingQuoted;
        x.error = error;
        x.fatal = fatal;
        x.warnings = warnings;
        return x;
    }

    /** Walks on until the word is expanded, a substitution's output is needed, or an error. */
    Status run(Variables vars) {
        while (error == null) {
            if (prompting != null) {
                if (!prompted(vars)) {
                    return Status.SUBST;
                }
                continue;
            }
            if (cursors.isEmpty()) {
                break;
            }
            Cursor c = cursors.get(cursors.size() - 1);
            if (c.next == c.word.parts().size()) {
                cursors.remove(cursors.size() - 1);
                finish(c, vars);
                continue;
            }
            Word.Part p = c.word.parts().get(c.next++);
            boolean q = c.quoted || p.quoted();
            Fields sink = sinks.get(c.sink);
            if (p instanceof Word.Literal l) {
                String text = c.next == 1 && !q ? tilde(l.text(), vars) : l.text();
                if (c.kind == Kind.WORD) {
                    sink.expansion(text, q);
                } else {
                    sink.literal(text, q);
                }
            } else if (p instanceof Word.Param param) {
                String v = vars.parameter(param.name());
                if (v == null && unbound(param.name(), vars)) {
                    break;
                }
                value(sink, param.name(), v, q, vars);
            } else if (p instanceof Word.ParamExp e) {
                paramExp(e, c.sink, q, vars);
            } else if (p instanceof Word.CommandSub || p instanceof Word.ProcSubst) {
                pending = p;
                pendingSink = c.sink;
                pendingQuoted = q;
                return Status.SUBST;
            } else if (p instanceof Word.Arith a) {
                push(Kind.ARITH, a.expression(), null, c.sink, q);
            } else {
                error = ((Word.BadSubst) p).text() + ": bad substitution";
            }
        }
        return error == null ? Status.DONE : Status.ERROR;
    }

    /** The command substitution ({@link Word.CommandSub}) or process substitution {@link #run} stopped for. */
    Word.Part pending() {
        return pending;
    }

    /**
     * A command substitution's output, trailing newlines removed; or a process substitution's
     * path, which is never split nor globbed (bash's too).
     */
    void substituted(String output) {
        if (prompting != null && prompting.x != null) {
            prompting.x.substituted(output);
            pending = null;
            return;
        }
        sinks.get(pendingSink).expansion(output, pendingQuoted || pending instanceof Word.ProcSubst);
        pending = null;
    }

    /** After {@link Status#ERROR}: bash's message, without the shell's name. */
    String error() {
        return error;
    }

    /**
     * What the expansion of a ${NAME@P} said went wrong (each line after the shell's name
     * alone, without a line number, as bash says them), or null; then forgotten.
     */
    String takePromptErrors() {
        String e = promptErrors;
        promptErrors = null;
        return e;
    }

    /** What to say on stderr before going on (each line after "miniunix: "), or null; then forgotten. */
    String takeWarnings() {
        String w = warnings;
        warnings = null;
        return w;
    }

    /** After {@link Status#ERROR}: ${VAR:?}, which ends a non-interactive shell. */
    boolean fatal() {
        return fatal;
    }

    /** After {@link Status#DONE}: what the word expanded to. */
    Fields result() {
        return sinks.get(0);
    }

    private void value(Fields sink, String name, String v, boolean quoted, Variables vars) {
        if (name.equals("@") || name.equals("*")) {
            sink.params(vars.positional(), quoted, name.equals("*"));
        } else {
            sink.expansion(v == null ? "" : v, quoted);
        }
    }

    /**
     * set -u: an unset parameter ($@ and $* aside) is an error that ends a script, as bash's
     * "NAME: unbound variable" ("$1: ..." for the others). Returns whether it was one.
     */
    private boolean unbound(String name, Variables vars) {
        if (!vars.on(ShellOption.NOUNSET) || name.equals("@") || name.equals("*")) {
            return false;
        }
        error = (Variables.isName(name) ? name : "$" + name) + ": unbound variable";
        fatal = true;
        return true;
    }

    private void paramExp(Word.ParamExp e, int sink, boolean q, Variables vars) {
        Fields f = sinks.get(sink);
        if (e.op() == Word.ParamOp.NAMES) {
            f.params(vars.namesStartingWith(e.name()), q, e.word().text().equals("*"));
            return;
        }
        if (e.indirect() && e.op() == Word.ParamOp.PLAIN && vars.attributes(e.name()).contains(Attribute.NAMEREF)) {
            String target = vars.ownValue(e.name());    // ${!REF} of a nameref: the name it refers to
            f.expansion(target == null ? "" : target, q);
            return;
        }
        if (e.indirect() && e.index() == null) {
            String target = indirect(e.name(), vars);
            if (target != null) {
                paramExp(retarget(e, target), sink, q, vars);
            }
            return;
        }
        String name = e.name();
        if (e.index() != null) {
            String index = e.all() ? e.index().text() : ExpandFrame.literal(e.index(), false);
            if (index == null) {
                push(Kind.INDEX, e.index(), e, sink, q);   // $i, $(cmd) ... in the subscript first
            } else {
                subscripted(e, index, sink, q, vars);
            }
            return;
        }
        String v = vars.parameter(name);
        boolean plain = e.op() == Word.ParamOp.LENGTH || !e.op().takesColon;
        if (v == null && plain && unbound(name, vars)) {
            return;
        }
        boolean empty = v == null || e.colon() && v.isEmpty();
        switch (e.op()) {
            case PLAIN -> value(f, name, v, q, vars);
            case LENGTH -> f.expansion(Integer.toString(length(name, v, vars)), q);
            case DEFAULT -> {
                if (empty) {
                    inline(e.word(), f, sink, q);
                } else {
                    value(f, name, v, q, vars);
                }
            }
            case ALTERNATE -> {
                if (!empty) {
                    inline(e.word(), f, sink, q);
                } else if (q) {
                    f.markPresent();
                }
            }
            case ASSIGN, ERROR -> {
                if (empty) {
                    operand(e, name, e.word(), sink, q);
                } else {
                    value(f, name, v, q, vars);
                }
            }
            case TRANSFORM -> transform(e, name, v, f, q, vars);
            default -> {
                if (e.op() == Word.ParamOp.SUBSTRING && unclosed(e.word().text())) {
                    error = "bad substitution: no closing `)' in " + e.word().text();
                } else if (e.second() != null) {
                    operand(e, name, e.second(), sink, q);
                    if (e.op() != Word.ParamOp.SUBSTRING) {
                        sinks.get(sinks.size() - 1).replacement();
                    }
                    push(Kind.FIRST, e.word(), e, sink, q);
                } else {
                    operand(e, name, e.word(), sink, q);
                }
            }
        }
    }

    /**
     * ${NAME[INDEX]...} with its subscript expanded: [@] and [*] every element (a set scalar is
     * an array of one), else one, the index of an indexed array evaluated (negative from
     * the end) and an associative array's key as it is.
     */
    private void subscripted(Word.ParamExp e, String index, int sink, boolean q, Variables vars) {
        ShellArray a = vars.array(e.name());
        Fields f = sinks.get(sink);
        if (e.all()) {
            boolean star = index.equals("*");
            List<String> values = a != null ? a.values() : vars.parameter(e.name()) == null ? List.of()
                    : List.of(vars.parameter(e.name()));
            switch (e.op()) {
                case PLAIN -> f.params(values, q, star);
                case LENGTH -> f.expansion(Integer.toString(values.size()), q);
                case KEYS -> f.params(a != null ? a.keys() : values.isEmpty() ? List.of() : List.of("0"), q, star);
                case DEFAULT, ALTERNATE, ASSIGN, ERROR -> {
                    boolean empty = values.isEmpty() || e.colon() && String.join(" ", values).isEmpty();
                    if (e.op() == Word.ParamOp.ASSIGN && empty) {
                        error = e.name() + "[" + index + "]: bad array subscript";
                    } else if (e.op() == Word.ParamOp.ALTERNATE ? !empty : empty) {
                        if (e.op() == Word.ParamOp.ERROR) {
                            operand(e, e.name(), e.word(), sink, q);
                        } else {
                            inline(e.word(), f, sink, q);
                        }
                    } else if (e.op() != Word.ParamOp.ALTERNATE) {
                        f.params(values, q, star);
                    } else if (q) {
                        f.markPresent();
                    }
                }
                case TRANSFORM -> transformElements(e, values, f, q, star, vars);
                default -> editOperand(e, sink, q, values);
            }
            return;
        }
        String v;
        if (a != null && a.isAssoc()) {
            v = a.get(index);
        } else {
            long i;
            try {
                i = Arith.eval(index, vars);
            } catch (Arith.Failure x) {
                error = x.getMessage();
                fatal = x.fatal;
                return;
            }
            if (i < 0 && a != null && i + a.maxIndex() + 1 < 0 || i < 0 && a == null) {
                warnings = (warnings == null ? "" : warnings + "\n") + e.name() + ": bad array subscript";
                i = -1;
            } else if (i < 0) {
                i += a.maxIndex() + 1;
            }
            v = i < 0 ? null : a != null ? a.get(i) : i == 0 ? vars.parameter(e.name()) : null;
        }
        if (e.indirect()) {         // ${!NAME[INDEX]...}: the element names the parameter
            if (v != null && validTarget(v)) {
                paramExp(retarget(e, v), sink, q, vars);
            } else if (v != null) {
                error = v + ": invalid variable name";
            }
            return;
        }
        String name = e.name() + "[" + e.index().text() + "]";
        boolean plain = e.op() == Word.ParamOp.PLAIN || e.op() == Word.ParamOp.LENGTH || !e.op().takesColon;
        if (v == null && plain && unbound(name, vars)) {
            return;
        }
        boolean empty = v == null || e.colon() && v.isEmpty();
        switch (e.op()) {
            case PLAIN -> f.expansion(v == null ? "" : v, q);
            case LENGTH -> f.expansion(Integer.toString(v == null ? 0 : v.codePointCount(0, v.length())), q);
            case DEFAULT -> {
                if (empty) {
                    inline(e.word(), f, sink, q);
                } else {
                    f.expansion(v, q);
                }
            }
            case ALTERNATE -> {
                if (!empty) {
                    inline(e.word(), f, sink, q);
                } else if (q) {
                    f.markPresent();
                }
            }
            case ASSIGN, ERROR -> {
                if (empty) {
                    operand(e, e.name(), e.word(), sink, q);
                    cursors.get(cursors.size() - 1).elements = List.of(index);
                } else {
                    f.expansion(v, q);
                }
            }
            case TRANSFORM -> {
                if (v == null) {
                    if (q) {
                        f.markPresent();
                    }
                } else {
                    transformElements(e, List.of(v), f, q, false, vars);
                }
            }
            default -> editOperand(e, sink, q, List.of(v == null ? "" : v));
        }
    }

    /**
     * The operand(s) of a value-changing operator (# % : / ^ , ~) pushed: the second word
     * first, under the first, for ${NAME:OFFSET:LENGTH} and ${NAME/PATTERN/STRING}; elements
     * the array's element(s) it applies to, or null for NAME's value.
     */
    private void editOperand(Word.ParamExp e, int sink, boolean q, List<String> elements) {
        String name = e.name();
        if (e.op() == Word.ParamOp.SUBSTRING && unclosed(e.word().text())) {
            error = "bad substitution: no closing `)' in " + e.word().text();
            return;
        }
        if (e.second() != null) {
            operand(e, name, e.second(), sink, q);
            cursors.get(cursors.size() - 1).elements = elements;
            if (e.op() != Word.ParamOp.SUBSTRING) {
                sinks.get(sinks.size() - 1).replacement();
            }
            push(Kind.FIRST, e.word(), e, sink, q);
        } else {
            operand(e, name, e.word(), sink, q);
            cursors.get(cursors.size() - 1).elements = elements;
        }
    }

    /**
     * ${NAME[INDEX]@OP} and ${NAME[@]@OP}: OP applied to each element; @a gives the array's
     * attributes for each, ${NAME[INDEX]@A} a declare of NAME with the element's value and
     * ${NAME[@]@A} the array's own declare -p line, as bash.
     */
    private void transformElements(Word.ParamExp e, List<String> values, Fields f, boolean q, boolean star,
                                   Variables vars) {
        String text = e.word().text();
        char op = text.length() == 1 ? text.charAt(0) : 0;
        if (ParamEdit.TRANSFORMS.indexOf(op) < 0) {
            error = "${" + e.name() + "[" + e.index().text() + "]@" + text + "}: bad substitution";
            fatal = true;
            return;
        }
        String name = vars.resolve(e.name());
        String attrs = vars.attributeLetters(name);
        ShellArray a = vars.array(name);
        if (op == 'A' && e.all() && a != null) {     // the whole array, as declare -p (none if unset)
            boolean unset = a.size() == 0 && vars.isInvisible(name);
            f.expansion("declare -" + attrs + " " + name + (unset ? "" : "=" + a.text()), q);
            return;
        }
        if (op == 'P') {
            startPrompt(values, f, q, e.all(), star);
            return;
        }
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(switch (op) {
                case 'a' -> attrs;
                case 'A' -> (attrs.isEmpty() ? "" : "declare -" + attrs + " ") + name + "=" + ParamEdit.quote(v);
                default -> ParamEdit.transform(v, op);
            });
        }
        if (e.all()) {
            f.params(out, q, star);
        } else {
            f.expansion(out.get(0), q);
        }
    }

    /**
     * ${NAME@P} of values, bash's expand_prompt_string: each decoded as a prompt string
     * ({@link PromptString}), then expanded as in double quotes ({@link #prompted}); into f
     * as NAME's values would go (all: a field each, star: joined as "$*").
     */
    private void startPrompt(List<String> values, Fields f, boolean q, boolean all, boolean star) {
        List<String> decoded = new ArrayList<>(values.size());
        for (String v : values) {
            decoded.add(PromptString.decode(v, promptFacts));
        }
        prompting = new Prompting(decoded, sinks.lastIndexOf(f), q, all, star);
    }

    /**
     * Runs the expansions of {@link #prompting} on; false when one stopped for a command
     * substitution (then {@link #pending} is its). An expansion that fails leaves its text as
     * decoded, its error said ({@link #takePromptErrors}) and the word going on, as in bash.
     */
    private boolean prompted(Variables vars) {
        Prompting p = prompting;
        while (p.out.size() < p.decoded.size()) {
            String text = p.decoded.get(p.out.size());
            if (p.x == null) {
                if (text.indexOf('$') < 0 && text.indexOf('`') < 0 && text.indexOf('\\') < 0) {
                    p.out.add(text);
                    continue;
                }
                try {
                    p.x = new Expander(new Lexer("", true, 1).hereDocBody(text), false, ifs, patsub)
                            .extglob(extglob).prompt(promptFacts);
                } catch (SyntaxError bad) {
                    p.out.add(text);
                    continue;
                }
            }
            Status st = p.x.run(vars);
            if (st == Status.SUBST) {
                pending = p.x.pending();
                return false;
            }
            String said = p.x.takeWarnings();
            if (said != null) {
                warnings = (warnings == null ? "" : warnings + "\n") + said;
            }
            said = p.x.takePromptErrors();
            if (st == Status.ERROR) {
                said = (said == null ? "" : said + "\n") + p.x.error();
            }
            if (said != null) {
                promptErrors = (promptErrors == null ? "" : promptErrors + "\n") + said;
            }
            p.out.add(st == Status.DONE ? p.x.result().string() : text);
            p.x = null;
        }
        prompting = null;
        Fields f = sinks.get(p.sink);
        if (p.all) {
            f.params(p.out, p.quoted, p.star);
        } else {
            f.expansion(p.out.get(0), p.quoted);
        }
        return true;
    }

    /** Whether an offset's text opens more parentheses than it closes (bash checks before expanding). */
    private static boolean unclosed(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /** Pushes w as the OPERAND of e, applied to the parameter name. */
    private void operand(Word.ParamExp e, String name, Word w, int sink, boolean q) {
        push(Kind.OPERAND, w, e, sink, q);
        cursors.get(cursors.size() - 1).name = name;
    }

    /**
     * ${!NAME...}: the parameter NAME's value names (a parameter or an array element,
     * ARRAY[INDEX]), or null (an error) when NAME is unset or its value names neither.
     */
    private String indirect(String name, Variables vars) {
        String target = vars.parameter(name);
        if (target == null) {
            error = name + ": invalid indirect expansion";
        } else if (!validTarget(target)) {
            error = target + ": invalid variable name";
        } else {
            return target;
        }
        return null;
    }

    /** Whether an indirection may go to target: a name, digits, a special parameter or NAME[INDEX]. */
    private static boolean validTarget(String target) {
        if (Variables.isName(target) || Parser.isDigits(target)
                || target.length() == 1 && "?$!#@*-".indexOf(target.charAt(0)) >= 0) {
            return true;
        }
        int open = target.indexOf('[');
        return open > 0 && Variables.isName(target.substring(0, open)) && target.length() > open + 2
                && WordLexer.rawClose(target, open) == target.length() - 1;
    }

    /**
     * e with the parameter an indirection led to (validTarget): ARRAY[INDEX] becomes a
     * subscripted expansion whose INDEX is expanded when it is used, as bash's
     * valid_array_reference and array_value do it.
     */
    private static Word.ParamExp retarget(Word.ParamExp e, String target) {
        int open = target.indexOf('[');
        Word index = null;
        String name = target;
        if (open > 0) {
            name = target.substring(0, open);
            index = WordLexer.indexWord(target.substring(open + 1, target.length() - 1));
        }
        return new Word.ParamExp(name, index, false, e.op(), e.colon(), e.word(), e.second(), e.quoted());
    }

    /**
     * ${NAME@OP}; v is NAME's value, null when unset (which makes nothing, whatever OP is). An
     * OP that is not one letter of {@link ParamEdit#TRANSFORMS} is a bad substitution that
     * ends a script, as in bash.
     */
    private void transform(Word.ParamExp e, String name, String v, Fields f, boolean q, Variables vars) {
        boolean all = name.equals("@") || name.equals("*");
        String text = e.word().text();
        char op = text.length() == 1 ? text.charAt(0) : 0;
        if (ParamEdit.TRANSFORMS.indexOf(op) < 0 && (v != null || all && !vars.positional().isEmpty())) {
            error = "${" + (e.indirect() ? "!" : "") + e.name() + "@" + text + "}: bad substitution";
            fatal = true;
            return;
        }
        if (all) {
            if (op == 'A' || op == 'a') {
                f.params(List.of(), q, name.equals("*"));
            } else if (op == 'P') {
                startPrompt(vars.positional(), f, q, true, name.equals("*"));
            } else {
                f.params(ParamEdit.transformEach(vars.positional(), op), q, name.equals("*"));
            }
            return;
        }
        if (v == null) {
            String attrs = op == 'A' || op == 'a' ? vars.attributeLetters(vars.resolve(name)) : "";
            if (!attrs.isEmpty()) {     // declare -a b, declare -i n: declare -FLAGS NAME, or FLAGS
                f.expansion(op == 'a' ? attrs : "declare -" + attrs + " " + vars.resolve(name), q);
            } else if (q) {
                f.markPresent();
            }
            return;
        }
        if (op == 'P') {
            startPrompt(List.of(v), f, q, false, false);
            return;
        }
        name = vars.resolve(name);      // a nameref's are its target's
        String attrs = vars.attributeLetters(name);
        String out = switch (op) {
            case 'a' -> attrs;
            case 'A' -> (attrs.isEmpty() ? "" : "declare -" + attrs + " ") + name + "=" + ParamEdit.quote(v);
            default -> ParamEdit.transform(v, op);
        };
        f.expansion(out, q);
    }

    private static int length(String name, String v, Variables vars) {
        if (name.equals("@") || name.equals("*")) {
            return vars.positional().size();
        }
        return v == null ? 0 : v.codePointCount(0, v.length());
    }

    private void inline(Word w, Fields f, int sink, boolean q) {
        if (q) {
            f.markPresent();
        }
        cursors.add(new Cursor(Kind.WORD, w, sink, q, null, sink, q));
    }

    /** A word whose text is needed on its own: a new string sink, the result to target later. */
    private void push(Kind kind, Word w, Word.ParamExp op, int target, boolean targetQuoted) {
        sinks.add(new Fields(false, ifs));
        cursors.add(new Cursor(kind, w, sinks.size() - 1, false, op, target, targetQuoted));
    }

    /** A cursor's word is done: an OPERAND or ARITH result goes into its target sink. */
    private void finish(Cursor c, Variables vars) {
        if (c.kind == Kind.INLINE || c.kind == Kind.WORD) {
            return;
        }
        Fields own = sinks.remove(sinks.size() - 1);
        if (c.kind == Kind.FIRST) {
            first(own);
            return;
        }
        Fields target = sinks.get(c.target);
        if (c.kind == Kind.INDEX) {
            subscripted(c.op, own.string(), c.target, c.targetQuoted, vars);
            return;
        }
        if (c.kind == Kind.ARITH) {
            try {
                target.expansion(Long.toString(Arith.eval(own.string(), vars)), c.targetQuoted);
            } catch (Arith.Failure f) {
                error = f.getMessage();
                fatal = f.fatal;
            }
            return;
        }
        Word.ParamExp e = c.op;
        String name = e.index() == null ? e.name() : e.name() + "[" + e.index().text() + "]";
        switch (e.op()) {
            case ASSIGN -> {
                if (e.index() == null) {
                    assign(c.name, own.string(), target, c.targetQuoted, vars);
                } else {
                    assignElement(e, c.elements.get(0), own.string(), target, c.targetQuoted, vars);
                }
            }
            case ERROR -> {
                String msg = own.string();
                error = (e.index() == null ? c.name : name) + ": " + (!msg.isEmpty() ? msg
                        : e.colon() ? "parameter null or not set" : "parameter not set");
                fatal = true;
            }
            default -> edit(c, own, target, vars);
        }
    }

    /** The first of two operands is done: its text (a pattern's, for /) goes to the cursor below. */
    private void first(Fields own) {
        Cursor below = cursors.get(cursors.size() - 1);
        below.first = below.op.op() == Word.ParamOp.SUBSTRING ? own.string() : own.asPattern();
    }

    /**
     * A value-changing operator (# % : / ^ , ~) with its operand(s) expanded: applied to the
     * value, or to each of $@ and $* (joined, split or kept apart as they are).
     */
    private void edit(Cursor c, Fields own, Fields target, Variables vars) {
        Word.ParamExp e = c.op;
        boolean all = c.elements != null ? e.all() : c.name.equals("@") || c.name.equals("*");
        boolean star = c.elements != null ? e.all() && e.index().text().equals("*") : c.name.equals("*");
        List<String> values;
        if (e.op() == Word.ParamOp.SUBSTRING) {
            values = substring(c, own, vars, all);
            if (values == null) {
                return;
            }
        } else {
            values = c.elements != null ? c.elements : all ? vars.positional() : List.of(vars.get(c.name));
            values = apply(e, c.first, own, values);
        }
        if (all) {
            target.params(values, c.targetQuoted, star);
        } else {
            target.expansion(values.get(0), c.targetQuoted);
        }
    }

    /** The operator e of # % / ^ , ~ applied to each of values; first and own as {@link #edit} has them. */
    private List<String> apply(Word.ParamExp e, String first, Fields own, List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        String pattern = Glob.withExtglob(first != null ? first : own.asPattern(), extglob);
        for (String v : values) {
            out.add(switch (e.op()) {
                case SHORT_PREFIX, LONG_PREFIX, SHORT_SUFFIX, LONG_SUFFIX -> Glob.remove(v, pattern,
                        e.op() == Word.ParamOp.SHORT_SUFFIX || e.op() == Word.ParamOp.LONG_SUFFIX,
                        e.op() == Word.ParamOp.LONG_PREFIX || e.op() == Word.ParamOp.LONG_SUFFIX);
                case REPLACE, REPLACE_ALL, REPLACE_PREFIX, REPLACE_SUFFIX -> ParamEdit.replace(v, pattern,
                        first != null ? own.asPattern() : "", e.op(), patsub);
                default -> ParamEdit.caseModify(v, pattern, e.op());
            });
        }
        return out;
    }

    /**
     * ${NAME:OFFSET:LENGTH} with its operands expanded: evaluated, then a substring of the
     * value or a slice of $0 $1 ... (all); null after an error.
     */
    private List<String> substring(Cursor c, Fields own, Variables vars, boolean all) {
        Word.ParamExp e = c.op;
        String offsetText = c.first != null ? c.first : own.string();
        long offset;
        Long length = null;
        try {
            offset = Arith.eval(offsetText, vars);
            if (c.first != null) {
                length = Arith.eval(own.string(), vars);
            }
        } catch (Arith.Failure x) {
            error = x.plain ? x.getMessage() : c.name + ": " + x.getMessage();
            fatal = x.fatal;
            return null;
        }
        List<String> out;
        ShellArray a = c.elements != null && all ? vars.array(e.name()) : null;
        if (a != null && !a.isAssoc()) {
            // ${a[@]:OFFSET:LENGTH}: the elements from index OFFSET (negative: from the end's), as bash
            if (length != null && length < 0) {
                out = null;
            } else {
                long from = offset < 0 ? offset + a.maxIndex() + 1 : offset;
                out = new ArrayList<>();
                if (from >= 0) {
                    for (String v : a.from(from).values()) {
                        if (length != null && out.size() >= length) {
                            break;
                        }
                        out.add(v);
                    }
                }
            }
        } else if (c.elements != null && all) {
            out = ParamEdit.slice(c.elements, offset, length);
        } else if (c.elements != null) {
            String v = ParamEdit.substring(c.elements.get(0), offset, length);
            out = v == null ? null : List.of(v);
        } else if (all) {
            List<String> params = new ArrayList<>(vars.positional().size() + 1);
            params.add(vars.parameter("0"));
            params.addAll(vars.positional());
            out = ParamEdit.slice(params, offset, length);
        } else {
            String v = ParamEdit.substring(vars.get(c.name), offset, length);
            out = v == null ? null : List.of(v);
        }
        if (out == null) {
            error = e.second().text() + ": substring expression < 0";
        }
        return out;
    }

    private void assign(String name, String value, Fields target, boolean quoted, Variables vars) {
        if (!Variables.isName(name)) {
            error = "$" + name + ": cannot assign in this way";
            return;
        }
        if (vars.isReadonly(name)) {
            error = name + ": readonly variable";
            return;
        }
        try {
            vars.set(name, value);
        } catch (Arith.Failure f) {         // an integer NAME's bad expression (declare -i)
            error = f.getMessage();
            return;
        }
        target.expansion(vars.get(name), quoted);
    }

    /** ${NAME[INDEX]:=WORD}: the element gets WORD, as NAME[INDEX]=WORD would give it. */
    private void assignElement(Word.ParamExp e, String index, String value, Fields target, boolean quoted,
                               Variables vars) {
        if (vars.isReadonly(e.name())) {
            error = e.name() + ": readonly variable";
            return;
        }
        ArrayAssign.Failure f = new ArrayAssign(e.name(), index, e.index().text(), false, value, null).perform(vars);
        if (f != null) {
            error = f.message();
            return;
        }
        target.expansion(value, quoted);
    }

    /** ~ or ~/... at the start of an unquoted word is $HOME. */
    private static String tilde(String t, Variables vars) {
        String home = vars.value("HOME");
        if (home == null || !(t.equals("~") || t.startsWith("~/"))) {
            return t;
        }
        return home + t.substring(1);
    }
}
