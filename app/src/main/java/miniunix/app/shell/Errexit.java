package miniunix.app.shell;

/**
 * set -e (errexit), with bash's rules (execute_cmd.c): after a pipeline ends with a non-zero
 * status, the shell exits with that status, unless
 * <ul>
 *   <li>set -e is ignored there: the pipeline runs in the condition of an if, elif, while or
 *       until, in an and-or list before its last &amp;&amp; or ||, or inside a pipeline negated
 *       with !, or in a function called from any of those (frames say so through
 *       {@link Frame#ignoresErrexit}; a child forked there inherits it);</li>
 *   <li>the pipeline is negated itself, or runs in the background;</li>
 *   <li>it is a lone compound command other than ( list ), (( )) and [[ ]]: if, while, for,
 *       case and { } fail only through a command inside them, which has been checked already
 *       (so {@code { false && true; }} does not exit, although its status is 1).</li>
 * </ul>
 * A simple command (a function call included), a subshell, (( )), [[ ]] and a pipeline of
 * several commands are checked. An interactive shell exits too, as bash does. A command
 * substitution's child runs with set -e off (bash without inherit_errexit). The ERR trap runs
 * where this would exit, before it does ({@link PipelineFrame}).
 */
final class Errexit {
    private Errexit() {
    }

    /** After a foreground pipeline: exits the shell if set -e says so. */
    static void check(Shell sh, Node.Pipeline p) {
        if (sh.vars.status == 0 || p.negated() || !sh.vars.on(ShellOption.ERREXIT) || !counts(p)
                || sh.errexitIgnored()) {
            return;
        }
        sh.exit(sh.vars.status);
    }

    /** Whether p's failure can end the shell (or run the ERR trap): not a lone if, while, { } ... */
    static boolean counts(Node.Pipeline p) {
        if (p.commands().size() > 1) {
            return true;
        }
        Node.Command c = p.commands().get(0);
        return c instanceof Node.SimpleCommand || c instanceof Node.Subshell || c instanceof Node.ArithCommand
                || c instanceof Node.Cond;
    }
}
