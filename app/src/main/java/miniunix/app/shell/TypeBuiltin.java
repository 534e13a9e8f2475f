package miniunix.app.shell;

import java.util.List;
import java.util.Map;

import miniunix.user.lib.Libc;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The type builtin, {@code type NAME...}: what each NAME would run, in the order the shell
 * looks: "ll is aliased to `ls -l'" (when aliases are expanded; command -v prints
 * {@code alias ll='ls -l'}), "x is a function" (and its definition, printed as bash does: {@link Printer}),
 * "if is a shell keyword", "cd is a shell builtin", or "ls is /bin/ls", found by stat(2)ing
 * each PATH directory in turn as execve would (a name with '/' is taken as it is);
 * "type: foo: not found" on stderr otherwise, and then status 1. {@code command -V NAME...}
 * says the same ("command: foo: not found"), {@code command -v NAME...} only the path, or
 * the name of a function, builtin or keyword; both fail only if no NAME was found, as in
 * bash. A small coroutine that the {@link BuiltinFrame} drives, like {@link ReadBuiltin}.
 *
 * <p>type's options are bash's: -t says one word (alias, keyword, function, builtin, file), -p only
 * the path of a file, -P searches PATH even for a builtin, function or keyword, -a says every
 * match (not looking in the hash table), -f skips functions.
 *
 * <p>Simplified: a file is found if it exists and is not a directory (the kernel's execve
 * checks the rest).
 */
final class TypeBuiltin {
    /** How much is said: type's sentences, command -v's bare names, or nothing (hash NAME). */
    enum Mode { TYPE, COMMAND_V, COMMAND_BIG_V, HASH }

    private static final String COMMAND_OPTIONS = "pvV";
    private static final String COMMAND_USAGE = "command: usage: command [-pVv] command [arg ...]\n";
    private static final String TYPE_USAGE = "type: usage: type [-afptP] name [name ...]\n";

    /** type's options, bash's CDESC_ flags. */
    static final int ALL = 1;
    static final int NO_FUNCS = 2;
    static final int PATH_ONLY = 4;
    static final int FORCE_PATH = 8;
    static final int TYPE_WORD = 16;

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
    private final int flags;
    /** Whether the NAME being looked at was found already (type -a goes on looking). */
    private boolean nameFound;

    TypeBuiltin(Mode mode, List<String> names) {
        this(mode, names, 0);
    }

    private TypeBuiltin(Mode mode, List<String> names, int flags) {
        this.mode = mode;
        this.names = List.copyOf(names);
        this.flags = flags;
    }

    /** type [-afptP] NAME...: the builtin, or null after saying a bad option (status 2). */
    static TypeBuiltin type(BuiltinFrame b, List<String> argv) {
        int flags = 0;
        BuiltinOptions o = new BuiltinOptions(b, argv, "afptP", TYPE_USAGE);
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            switch (c) {
                case BuiltinOptions.BAD -> {
                    return null;
                }
                case 'a' -> flags |= ALL;
                case 'f' -> flags |= NO_FUNCS;
                case 'p' -> flags = flags & ~TYPE_WORD | PATH_ONLY;
                case 't' -> flags = flags & ~PATH_ONLY | TYPE_WORD;
                default -> flags = flags & ~TYPE_WORD | PATH_ONLY | FORCE_PATH;     // -P
            }
        }
        return new TypeBuiltin(Mode.TYPE, o.operands(), flags);
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
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
        TypeBuiltin t = new TypeBuiltin(mode, names, flags);
        t.nameFound = nameFound;
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
                String name = names.get(next);
                if (mode == Mode.HASH) {
                    sh.hash.remember(name, path, sh.vars.get("PATH"), 0);
                } else {
                    say(b, name, "file", path, " is " + path);
                }
                nameFound = true;
                if (!has(ALL)) {
                    nameDone();
                }
            }
        }
        while (next < names.size()) {
            String name = names.get(next);
            if (dirs == null && answered(b, sh, name)) {
                nameDone();
                continue;
            }
            Trap t = search(sh, name);
            if (t != null) {
                return t;
            }
            if (!nameFound && mode == Mode.HASH) {
                sh.hash.forget(name);           // bash: a NAME no search finds is hashed no more
            }
            if (!nameFound && mode != Mode.COMMAND_V && !has(PATH_ONLY | TYPE_WORD)) {
                String who = mode == Mode.TYPE ? "type: " : mode == Mode.HASH ? "hash: " : "command: ";
                b.error(who + name + ": not found\n");
            }
            nameDone();
        }
        return null;
    }

    /** Done with the NAME being looked at: found or missed. */
    private void nameDone() {
        if (nameFound) {
            found++;
        } else {
            missed++;
        }
        nameFound = false;
        dirs = null;
        next++;
    }

    /**
     * What NAME is, said as the mode and flags say it: type -t's word, the path of a file
     * (type -p, command -v), or type's sentence (NAME and the rest).
     */
    private void say(BuiltinFrame b, String name, String word, String file, String rest) {
        if (has(TYPE_WORD)) {
            b.say(b.out(), word + "\n");
        } else if (mode == Mode.COMMAND_V) {
            b.say(b.out(), (file != null ? file : name) + "\n");
        } else if (has(PATH_ONLY)) {
            if (file != null) {
                b.say(b.out(), file + "\n");
            }
        } else {
            b.say(b.out(), name + rest + "\n");
        }
    }

    /**
     * A keyword, function, builtin or hashed command needs no lookup, in bash's order; true if
     * NAME is answered (type -a goes on to the PATH search, with {@link #nameFound} set).
     */
    private boolean answered(BuiltinFrame b, Shell sh, String name) {
        Node.FunctionDef f = sh.functions.get(name);
        if (mode == Mode.HASH) {
            // bash's add_hashed_command: a function or builtin is skipped, with status 0; any
            // other NAME (a keyword too) is searched for in PATH
            nameFound = f != null || Builtins.runs(sh, name);
            return nameFound;
        }
        boolean force = has(FORCE_PATH);
        Map<String, String> aliases = sh.expandedAliases();
        String alias = aliases == null ? null : aliases.get(name);
        if (!force && alias != null) {
            if (mode == Mode.COMMAND_V) {
                b.say(b.out(), "alias " + name + "=" + AliasBuiltin.quote(alias) + "\n");
            } else {
                say(b, name, "alias", null, " is aliased to `" + alias + "'");
            }
            nameFound = true;
            if (!has(ALL)) {
                return true;
            }
        }
        if (!force && Builtins.isKeyword(name)) {
            say(b, name, "keyword", null, " is a shell keyword");
            nameFound = true;
            if (!has(ALL)) {
                return true;
            }
        }
        if (!force && !has(NO_FUNCS) && f != null) {
            say(b, name, "function", null, " is a function\n" + Printer.function(name, f));
            nameFound = true;
            if (!has(ALL)) {
                return true;
            }
        }
        if (!force && Builtins.runs(sh, name)) {
            say(b, name, "builtin", null, " is a shell builtin");
            nameFound = true;
            if (!has(ALL)) {
                return true;
            }
        }
        String hashed = has(ALL) && !force || name.indexOf('/') >= 0 ? null : sh.hash.peek(name, sh.vars.get("PATH"));
        if (hashed != null) {
            say(b, name, "file", hashed, " is hashed (" + hashed + ")");
            nameFound = true;
            return true;
        }
        return false;
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
