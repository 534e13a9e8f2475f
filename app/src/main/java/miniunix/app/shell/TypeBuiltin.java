package miniunix.app.shell;

import java.util.List;

import miniunix.user.lib.Libc;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The type builtin, {@code type NAME...}: what each NAME would run, in the order the shell
 * looks: "x is a function" (and its definition, printed as bash does: {@link Printer}),
 * "if is a shell keyword", "cd is a shell builtin", or "ls is /bin/ls", found by stat(2)ing
 * each PATH directory in turn as execve would (a name with '/' is taken as it is);
 * "type: foo: not found" on stderr otherwise, and then status 1. {@code command -V NAME...}
 * says the same ("command: foo: not found"), {@code command -v NAME...} only the path, or
 * the name of a function, builtin or keyword; both fail only if no NAME was found, as in
 * bash. A small coroutine that the {@link BuiltinFrame} drives, like {@link ReadBuiltin}.
 *
 * <p>Simplified: type takes no options (-t, -p, -a ...); a file is found if it exists and is
 * not a directory (the kernel's execve checks the rest).
 */
final class TypeBuiltin {
    /** How much is said: type's sentences, command -v's bare names, or nothing (hash NAME). */
    enum Mode { TYPE, COMMAND_V, COMMAND_BIG_V, HASH }

    private static final String COMMAND_OPTIONS = "pvV";
    private static final String COMMAND_USAGE = "command: usage: command [-pVv] command [arg ...]\n";

    private final Mode mode;
    private final List<String> names;
    private int next;
    private String[] dirs;
    private int nextDir;
    private String path;
    private StatBuf st = new StatBuf();
    private boolean stating;
    private int found;
    private int missed;

    TypeBuiltin(Mode mode, List<String> names) {
        this.mode = mode;
        this.names = List.copyOf(names);
    }

    /**
     * For command [-pvV] [--] NAME ARGS: the index of NAME when it is to be run (no -v or -V,
     * no bad option), else -1: then the builtin describes, or says what is wrong.
     */
    static int commandName(List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(null, argv, COMMAND_OPTIONS, COMMAND_USAGE);
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c != 'p') {
                return -1;
            }
        }
        return o.operands().isEmpty() ? -1 : argv.size() - o.operands().size();
    }

    /**
     * command with options but no NAME to run: the mode and names, or null after saying what
     * is wrong (a bad option: status 2; no name: nothing to do, status 0).
     */
    static TypeBuiltin command(BuiltinFrame b, List<String> argv) {
        Mode mode = null;
        BuiltinOptions o = new BuiltinOptions(b, argv, COMMAND_OPTIONS, COMMAND_USAGE);
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return null;
            }
            mode = c == 'v' ? Mode.COMMAND_V : c == 'V' ? Mode.COMMAND_BIG_V : mode;    // the last wins
        }
        return mode == null ? null : new TypeBuiltin(mode, o.operands());
    }

    TypeBuiltin copy() {
        TypeBuiltin t = new TypeBuiltin(mode, names);
        t.next = next;
        t.dirs = dirs == null ? null : dirs.clone();
        t.nextDir = nextDir;
        t.path = path;
        t.st = st.copy();
        t.stating = stating;
        t.found = found;
        t.missed = missed;
        return t;
    }

    /** The next stat(2), given the last one's result; null when every name is answered. */
    Trap next(BuiltinFrame b, Shell sh, long ret) {
        if (stating) {
            stating = false;
            if (ret >= 0 && !st.isDir()) {
                String name = names.get(next++);
                if (mode == Mode.HASH) {
                    sh.hash.remember(name, path, sh.vars.get("PATH"), 0);
                } else {
                    b.say(b.out(), (mode == Mode.COMMAND_V ? "" : name + " is ") + path + "\n");
                }
                found++;
                dirs = null;
            }
        }
        while (next < names.size()) {
            String name = names.get(next);
            if (dirs == null && answered(b, sh, name)) {
                found++;
                next++;
                continue;
            }
            Trap t = search(sh, name);
            if (t != null) {
                return t;
            }
            if (mode != Mode.COMMAND_V) {
                String who = mode == Mode.TYPE ? "type: " : mode == Mode.HASH ? "hash: " : "command: ";
                b.say(b.err(), "miniunix: " + who + name + ": not found\n");
            }
            missed++;
            dirs = null;
            next++;
        }
        return null;
    }

    /** A function, keyword, builtin or hashed command needs no lookup; true if name was one. */
    private boolean answered(BuiltinFrame b, Shell sh, String name) {
        Node.FunctionDef f = sh.functions.get(name);
        boolean known = f != null || Builtins.isKeyword(name) || Builtins.isBuiltin(name);
        if (mode == Mode.HASH) {
            return known;       // bash hashes only what a PATH search finds, silently
        }
        String hashed = known || name.indexOf('/') >= 0 ? null : sh.hash.peek(name, sh.vars.get("PATH"));
        if (hashed != null) {
            b.say(b.out(), mode == Mode.COMMAND_V ? hashed + "\n" : name + " is hashed (" + hashed + ")\n");
            return true;
        }
        if (mode == Mode.COMMAND_V) {
            if (known) {
                b.say(b.out(), name + "\n");
            }
            return known;
        }
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
        return Libc.stat(path, st);
    }

    /** type and hash fail if any NAME was not found, command -v/-V only if none was. */
    int status() {
        return mode == Mode.TYPE || mode == Mode.HASH ? (missed > 0 ? 1 : 0) : (found > 0 || names.isEmpty() ? 0 : 1);
    }
}
