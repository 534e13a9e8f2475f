package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The type builtin, {@code type NAME...}: what each NAME would run, in the order the shell
 * looks: "x is a function" (and its definition, printed as bash does: {@link Printer}),
 * "if is a shell keyword", "cd is a shell builtin", or "ls is /bin/ls", found by stat(2)ing
 * each PATH directory in turn as execve would (a name with '/' is taken as it is);
 * "type: foo: not found" on stderr otherwise, and then status 1. A small coroutine that the
 * {@link BuiltinFrame} drives, like {@link ReadBuiltin}.
 *
 * <p>Simplified: no options (-t, -p, -a ...); a file is found if it exists and is not a
 * directory (the kernel's execve checks the rest).
 */
final class TypeBuiltin {
    private final List<String> names;
    private int next;
    private String[] dirs;
    private int nextDir;
    private String path;
    private StatBuf st = new StatBuf();
    private boolean stating;
    private int status;

    TypeBuiltin(List<String> names) {
        this.names = List.copyOf(names);
    }

    TypeBuiltin copy() {
        TypeBuiltin t = new TypeBuiltin(names);
        t.next = next;
        t.dirs = dirs == null ? null : dirs.clone();
        t.nextDir = nextDir;
        t.path = path;
        t.st = st.copy();
        t.stating = stating;
        t.status = status;
        return t;
    }

    /** The next stat(2), given the last one's result; null when every name is answered. */
    Trap next(BuiltinFrame b, Shell sh, long ret) {
        if (stating) {
            stating = false;
            if (ret >= 0 && !st.isDir()) {
                b.say(b.out(), names.get(next++) + " is " + path + "\n");
                dirs = null;
            }
        }
        while (next < names.size()) {
            String name = names.get(next);
            if (dirs == null && answered(b, sh, name)) {
                next++;
                continue;
            }
            Trap t = search(sh, name);
            if (t != null) {
                return t;
            }
            b.say(b.err(), "miniunix: type: " + name + ": not found\n");
            status = 1;
            dirs = null;
            next++;
        }
        return null;
    }

    /** A function, keyword or builtin needs no lookup; true if name was one. */
    private static boolean answered(BuiltinFrame b, Shell sh, String name) {
        Node.FunctionDef f = sh.functions.get(name);
        if (f != null) {
            b.say(b.out(), name + " is a function\n" + Printer.function(name, f) + "\n");
        } else if (Builtins.isKeyword(name)) {
            b.say(b.out(), name + " is a shell keyword\n");
        } else if (Builtins.isBuiltin(name)) {
            b.say(b.out(), name + " is a shell builtin\n");
        } else {
            return false;
        }
        return true;
    }

    /** stat the next candidate path, or null when there is none left. */
    private Trap search(Shell sh, String name) {
        if (dirs == null) {
            dirs = name.indexOf('/') >= 0 ? new String[] {null} : sh.vars.get("PATH").split(":", -1);
            nextDir = 0;
        }
        if (name.isEmpty() || nextDir >= dirs.length) {
            return null;
        }
        String dir = dirs[nextDir++];
        path = dir == null ? name : (dir.isEmpty() ? "." : dir) + "/" + name;
        stating = true;
        return new Syscall.Stat(path, st);
    }

    int status() {
        return status;
    }
}
