package miniunix.app.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * A builtin's or a function call's NAME=value words (bash's temporary environment): the
 * variables have those values, exported, while the command runs, and get back their old
 * values and attributes when it is done or unwound ({@link Scopes#pushPrefix}). So
 * {@code IFS=: read a b}, {@code x=1 eval 'echo $x'} and {@code x=5 f} see them, and so do
 * the programs they start, and the shell does not keep them, special builtins included
 * (bash outside POSIX mode). export or readonly of one keeps it ({@link Scopes#propagate}).
 *
 * <p>An external command needs no frame: its NAME=value go into the environment execve gets.
 */
final class PrefixFrame extends Frame {
    private final Scopes.Kind kind;
    private final LinkedHashMap<String, String> bindings;
    private final Frame body;
    private boolean pushed;
    private boolean popped;

    private PrefixFrame(Scopes.Kind kind, Map<String, String> bindings, Frame body) {
        this.kind = kind;
        this.bindings = new LinkedHashMap<>(bindings);
        this.body = body;
    }

    /** body, run with the bindings as its temporary environment (body alone when there are none). */
    static Frame around(Scopes.Kind kind, Map<String, String> bindings, Frame body) {
        return bindings.isEmpty() ? body : new PrefixFrame(kind, bindings, body);
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!pushed) {
            pushed = true;
            sh.vars.scopes.pushPrefix(kind);
            for (Map.Entry<String, String> b : bindings.entrySet()) {
                sh.vars.scopes.prefixAssign(b.getKey(), b.getValue());
            }
            sh.push(body);
            return null;
        }
        sh.pop();
        end(sh);
        return null;
    }

    private void end(Shell sh) {
        if (pushed && !popped) {
            popped = true;
            sh.vars.scopes.pop();
        }
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        end(sh);
    }

    @Override
    Frame copy() {
        PrefixFrame p = new PrefixFrame(kind, bindings, pushed ? body : body.copy());
        p.pushed = pushed;
        p.popped = popped;
        return p;
    }
}
