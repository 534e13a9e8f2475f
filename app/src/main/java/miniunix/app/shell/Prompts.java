package miniunix.app.shell;

/**
 * What the shell does with its prompt strings: PS4 before each xtrace line (bash's
 * indirection_level_string), PS1 and PS2 at the interactive prompt. Each is decoded
 * ({@link PromptString}) and expanded as in double quotes (bash's expand_prompt_string),
 * here and now when it can be, else by a {@link TraceFrame} that asks the kernel first.
 */
final class Prompts {
    /** PS1 as Debian 12's bashrc sets it (shown as user@host:~$, coloured by the front end). */
    static final String DEBIAN_PS1 = "${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ ";

    private Prompts() {
    }

    /**
     * An xtrace line: PS4's expansion ({@link #tracePrefix}), then text, on fd 2. When PS4
     * has a command substitution, or an escape that needs a system call first (the time,
     * the terminal, the user's name), a {@link TraceFrame} writes it once it has them; so
     * the caller must let the frame run before it goes on (return from its step).
     */
    static void trace(Shell sh, String text) {
        String ps4 = sh.vars.parameter("PS4");
        if (ps4 != null && !ps4.isEmpty() && TraceFrame.needed(sh, ps4)) {
            sh.push(new TraceFrame(ps4, text));
        } else {
            sh.print(2, tracePrefix(sh) + text);
        }
    }

    /** Whether {@link #trace} would push a frame: PS4 needs more than the shell knows now. */
    static boolean traceNeedsFrame(Shell sh) {
        String ps4 = sh.vars.parameter("PS4");
        return sh.xtrace() && ps4 != null && !ps4.isEmpty() && TraceFrame.needed(sh, ps4);
    }

    /**
     * What an xtrace line starts with, as bash's indirection_level_string: PS4 with its
     * prompt escapes decoded ({@link PromptString}), then expanded as in double quotes
     * (parameters and arithmetic; an error is said and PS4 stays decoded but unexpanded),
     * its first character repeated once more for each level of nesting (bash's "++" in a
     * command substitution, . or eval); nothing when PS4 is unset or empty. What needs a
     * frame ({@link TraceFrame}) is left as written here: the lines export and readonly
     * trace from inside the builtin.
     */
    static String tracePrefix(Shell sh) {
        String ps4 = sh.vars.parameter("PS4");
        if (ps4 == null || ps4.isEmpty()) {
            return "";
        }
        sh.promptError = null;
        String s = level(sh, expand(sh, PromptString.decode(ps4, facts(sh, null, null))));
        return sh.promptError == null ? s : sh.promptError + s;
    }

    /** PS4's expansion s with its first character repeated per nesting level. */
    static String level(Shell sh, String s) {
        if (s.isEmpty()) {
            return "";
        }
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first).repeat(sh.traceDepth) + s;
    }

    /** What the prompt escapes show now; now and tty null when not asked for. */
    static PromptString.Facts facts(Shell sh, Long now, String tty) {
        String pwd = sh.vars.parameter("PWD");
        return new PromptString.Facts(sh.userName, sh.hostName, pwd == null ? "" : pwd,
                sh.vars.parameter("HOME"), sh.shellName, sh.jobs.all().size(), sh.euid == 0, now, tty,
                sh.history.size() + 1, sh.commandNumber, sh.vars.zone());
    }

    /**
     * The decoded prompt text expanded as in double quotes (bash's expand_prompt_string),
     * here and now: a text with a command substitution stays as written (a
     * {@link TraceFrame} runs them). An expansion error is said, as bash says it, and the
     * text stays unexpanded.
     */
    static String expand(Shell sh, String text) {
        if (text.indexOf('$') < 0 && text.indexOf('`') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        Expander x = expander(sh, text);
        if (x == null) {
            return text;
        }
        Expander.Status st = x.run(sh.vars);
        return st == Expander.Status.SUBST ? text : expanded(sh, x, st, text);
    }

    /** An expander of a decoded prompt text, or null when it can't be read (an unclosed ${). */
    static Expander expander(Shell sh, String text) {
        try {
            return new Expander(new Lexer("", true, 1).hereDocBody(text), false, sh.vars.get("IFS"))
                    .prompt(facts(sh, null, null));
        } catch (SyntaxError bad) {
            return null;
        }
    }

    /**
     * What x, which ended with st (DONE or ERROR), made of text; an error leaves bash's
     * message in {@link Shell#promptError}, to go out before the line.
     */
    static String expanded(Shell sh, Expander x, Expander.Status st, String text) {
        x.takeWarnings();
        if (st == Expander.Status.DONE) {
            return x.result().string();
        }
        sh.promptError = sh.errorPrefix() + x.error() + "\n";
        return text;
    }

    /**
     * Debian's prompt (its /etc/skel/.bashrc and /etc/bash.bashrc set PS1 so) and bash's PS2,
     * for a shell that has become interactive, unless the environment gave them.
     */
    static void setDefaults(Shell sh) {
        if (sh.vars.value("PS1") == null) {
            sh.vars.set("PS1", DEBIAN_PS1);
        }
        if (sh.vars.value("PS2") == null) {
            sh.vars.set("PS2", "> ");
        }
    }

    /**
     * The prompt ps (PS1's or PS2's value) on fd 2, decoded and expanded as bash's
     * decode_prompt_string and expand_prompt_string make it: at once, or by a
     * {@link TraceFrame} when it needs the kernel first.
     */
    static void show(Shell sh, String ps) {
        if (TraceFrame.needed(sh, ps)) {
            sh.push(new TraceFrame(ps, null));
            return;
        }
        sh.promptError = null;
        String s = expand(sh, PromptString.decode(ps, facts(sh, null, null)));
        sh.print(2, (sh.promptError == null ? "" : sh.promptError) + s);
    }
}
