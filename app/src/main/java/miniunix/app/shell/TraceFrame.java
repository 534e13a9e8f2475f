package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * One xtrace line whose PS4 needs the kernel (bash's indirection_level_string, for what
 * {@link Prompts#tracePrefix} can't do in place), or a PS1 or PS2 prompt that does. First
 * what its escapes show that the shell does not know (clock_gettime for the time, the
 * terminal of fd 0, the user's name from /etc/passwd, kept once read), then the double-quote
 * expansion, whose command substitutions run as any other ({@link SubstFrame}) but with
 * xtrace off and $? kept, as bash runs them; then the line goes to fd 2.
 */
final class TraceFrame extends Frame {
    private enum Phase { FACTS, EXPAND, SUBSTITUTED }

    /** The prompt string, as it was when the line was due. */
    private final String ps;
    /** What follows PS4 on the line; null for a prompt (PS1, PS2), which has no nesting level. */
    private final String text;
    private Phase phase = Phase.FACTS;
    /** What the escapes of ps show that the shell does not know, asked of the kernel. */
    private PromptFacts facts;
    /** PS4 decoded, and its expansion under way. */
    private String decoded;
    private Expander x;
    /** Before a substitution: $? and xtrace, put back after it (or when the frame is dropped). */
    private int status;
    private boolean tracing;

    TraceFrame(String ps, String text) {
        this.ps = ps;
        this.text = text;
        this.facts = new PromptFacts(ps);
    }

    /**
     * Whether PS4 needs this frame: an escape whose fact the shell lacks, or something that
     * may be a command substitution (one that is not costs only the frame).
     */
    static boolean needed(Shell sh, String ps) {
        return ps.indexOf('`') >= 0 || ps.contains("$(")
                || ps.indexOf('\\') >= 0 && PromptString.needs(ps, Prompts.facts(sh, null, null)) != 0;
    }

    @Override
    Trap step(Shell sh, long ret) {
        while (true) {
            switch (phase) {
                case FACTS -> {
                    Trap t = facts.next(sh, ret);
                    if (t != null) {
                        return t;
                    }
                    decoded = PromptString.decode(ps, facts.facts(sh));
                    sh.promptError = null;
                    x = Prompts.expander(sh, decoded);
                    phase = Phase.EXPAND;
                    if (x == null) {
                        return done(sh, decoded);
                    }
                }
                case EXPAND -> {
                    Expander.Status s = x.run(sh.vars);
                    if (s != Expander.Status.SUBST) {
                        return done(sh, Prompts.expanded(sh, x, s, decoded));
                    }
                    if (!(x.pending() instanceof Word.CommandSub c)) {
                        return done(sh, decoded);
                    }
                    status = sh.vars.status;
                    tracing = sh.xtrace();
                    sh.vars.set(ShellOption.XTRACE, false);
                    phase = Phase.SUBSTITUTED;
                    sh.push(new SubstFrame(c.body()));
                    return null;
                }
                case SUBSTITUTED -> {
                    restore(sh);
                    x.substituted(sh.substOutput);
                    phase = Phase.EXPAND;
                }
            }
        }
    }

    private void restore(Shell sh) {
        sh.vars.set(ShellOption.XTRACE, tracing);
        sh.vars.status = status;
    }

    private Trap done(Shell sh, String expanded) {
        sh.pop();
        String error = sh.promptError;
        sh.promptError = null;
        String line = text == null ? expanded : Prompts.level(sh, expanded) + text;
        sh.print(2, (error == null ? "" : error) + line);
        return null;
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        if (phase == Phase.SUBSTITUTED) {
            restore(sh);
        }
    }

    @Override
    Frame copy() {
        TraceFrame t = new TraceFrame(ps, text);
        t.phase = phase;
        t.facts = facts.copy();
        t.decoded = decoded;
        t.x = x == null ? null : x.copy();
        t.status = status;
        t.tracing = tracing;
        return t;
    }
}
