package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;

/**
 * The completions a compspec action finds in the filesystem, asked of the kernel one system
 * call at a time (like {@link GlobWalk}, which a frame steps until it returns null): file
 * and directory names (readline's rl_filename_completion_function: the word's directory
 * listed with getdents64, the names that start with the rest of the word, in the order the
 * directory gives them; with nothing to match, all but "." and ".."), directories (a link
 * or an entry of unknown type is stat(2)ed), executables in $PATH (bash's
 * command_word_completion_function, its files part: each directory in turn, a match kept if
 * stat(2) finds a regular file with an x bit; a word with a '/' lists its own directory, for
 * executables and directories), and the names in /etc/passwd, /etc/group,
 * /etc/services (name and aliases) and the hosts file ($HOSTFILE, else /etc/hosts), in
 * their files' order. A file or directory that cannot be read gives nothing.
 *
 * <p>Simplified: bash's filename completion also dequotes the word; a leading {@code ~/} is
 * read as $HOME here, and kept as typed in the names found, as readline does.
 */
final class CompgenLookup {
    /** What is looked up (the actions of {@link CompSpec.Action} that need the kernel). */
    enum Kind { HOSTNAME, COMMAND, FILE, USER, GROUP, SERVICE, DIRECTORY }

    private final Kind kind;
    /** The start of the names wanted (for files: after the word's last '/'). */
    private final String base;
    /** FILE, DIRECTORY: the word up to its last '/', put before each name found. */
    private final String shownDir;
    /** The directories to list (COMMAND: $PATH's), or the one file to read. */
    private final List<String> paths;
    private int pathAt;
    private Fetch fetch;
    /** The listing being gone through (names checked one at a time), and where. */
    private List<String> names;
    private List<Integer> types;
    private int nameAt;
    private final ArrayList<String> found = new ArrayList<>();
    private boolean done;

    private CompgenLookup(Kind kind, String base, String shownDir, List<String> paths) {
        this.kind = kind;
        this.base = base;
        this.shownDir = shownDir;
        this.paths = List.copyOf(paths);
    }

    /** The lookup of kind for word, in a shell with these variables ($PATH, $HOME, $HOSTFILE). */
    static CompgenLookup of(Kind kind, String word, Variables vars) {
        return switch (kind) {
            case FILE, DIRECTORY -> files(kind, word, vars);
            case COMMAND -> word.indexOf('/') >= 0 ? files(kind, word, vars)
                    : new CompgenLookup(kind, word, "", pathDirs(vars.get("PATH")));
            case USER -> new CompgenLookup(kind, word, "", List.of("/etc/passwd"));
            case GROUP -> new CompgenLookup(kind, word, "", List.of("/etc/group"));
            case SERVICE -> new CompgenLookup(kind, word, "", List.of("/etc/services"));
            case HOSTNAME -> {
                String file = vars.get("HOSTFILE");
                String hosts = file == null || file.isEmpty() ? "/etc/hosts" : file;
                yield new CompgenLookup(kind, word, "", List.of(hosts));
            }
        };
    }

    /** A lookup in the word's directory (the current one if it has no '/'). */
    private static CompgenLookup files(Kind kind, String word, Variables vars) {
        int slash = word.lastIndexOf('/');
        String dir = word.substring(0, slash + 1);
        String listed = dir.isEmpty() ? "." : dir;
        String home = vars.get("HOME");
        if (dir.startsWith("~/") && home != null) {
            listed = home + dir.substring(1);
        }
        return new CompgenLookup(kind, word.substring(slash + 1), dir, List.of(listed));
    }

    private static List<String> pathDirs(String path) {
        List<String> dirs = new ArrayList<>();
        if (path == null) {
            return dirs;
        }
        for (String d : path.split(":", -1)) {
            dirs.add(d.isEmpty() ? "." : d);
        }
        return dirs;
    }

    private CompgenLookup(CompgenLookup l) {
        kind = l.kind;
        base = l.base;
        shownDir = l.shownDir;
        paths = l.paths;
        pathAt = l.pathAt;
        fetch = l.fetch == null ? null : l.fetch.copy();
        names = l.names == null ? null : new ArrayList<>(l.names);
        types = l.types == null ? null : new ArrayList<>(l.types);
        nameAt = l.nameAt;
        found.addAll(l.found);
        done = l.done;
    }

    CompgenLookup copy() {
        return new CompgenLookup(this);
    }

    /** What was found, once {@link #next} has returned null. */
    List<String> found() {
        return found;
    }

    /** The next system call, ret being the last one's result; null when the lookup is over. */
    Trap next(long ret) {
        while (!done) {
            if (fetch != null) {
                Trap t = fetch.next(ret);
                if (t != null) {
                    return t;
                }
                ret = 0;
                Fetch f = fetch;
                fetch = null;
                if (f.kind == Fetch.Kind.STAT) {
                    checked(f);
                } else {
                    fetched(f);
                }
                continue;
            }
            if (names != null) {
                Trap t = nextName();
                if (t != null) {
                    return t;
                }
                continue;
            }
            if (pathAt >= paths.size()) {
                done = true;
                break;
            }
            String path = paths.get(pathAt++);
            boolean listing = kind == Kind.FILE || kind == Kind.DIRECTORY || kind == Kind.COMMAND;
            fetch = new Fetch(listing ? Fetch.Kind.DIR : Fetch.Kind.FILE, path, 0);
            ret = 0;
        }
        return null;
    }

    /** A directory listed or a file read: its names are gone through. */
    private void fetched(Fetch f) {
        if (f.error != 0) {
            return;
        }
        if (f.kind == Fetch.Kind.FILE) {
            readTable(f.text());
            return;
        }
        names = f.names;
        types = f.types;
        nameAt = 0;
    }

    /**
     * The next name of the listing that matches: kept, or (a possible directory or command)
     * stat(2)ed first; null when the listing is done (names is then null) or a name was kept.
     */
    private Trap nextName() {
        while (nameAt < names.size()) {
            String name = names.get(nameAt);
            int type = types.get(nameAt);
            if (!matches(name)) {
                nameAt++;
                continue;
            }
            if (kind == Kind.FILE || kind == Kind.DIRECTORY && type == StatBuf.DT_DIR) {
                found.add(shownDir + name);
                nameAt++;
                continue;
            }
            if (kind == Kind.DIRECTORY && type != StatBuf.DT_LNK && type != 0) {
                nameAt++;
                continue;
            }
            String dir = paths.get(pathAt - 1);
            fetch = new Fetch(Fetch.Kind.STAT, dir.endsWith("/") ? dir + name : dir + "/" + name, 0);
            return fetch.next(0);
        }
        names = null;
        types = null;
        return null;
    }

    /** A name of the listing was stat(2)ed: kept if it is a directory, or an executable. */
    private void checked(Fetch f) {
        String name = names.get(nameAt++);
        if (f.error != 0) {
            return;
        }
        if (kind == Kind.DIRECTORY && f.st.isDir()) {
            found.add(shownDir + name);
        } else if (kind == Kind.COMMAND && (f.st.isRegular() && (f.st.mode & 0111) != 0
                || f.st.isDir() && !shownDir.isEmpty())) {
            found.add(shownDir + name);         // with a '/' in the word: executables and directories
        }
    }

    /** readline's rule: an empty start matches all but "." and ".."; else a name starting with it. */
    private boolean matches(String name) {
        if (base.isEmpty()) {
            return !name.equals(".") && !name.equals("..");
        }
        return name.startsWith(base);
    }

    /** /etc/passwd, /etc/group: the first field; services and hosts: their names and aliases. */
    private void readTable(String text) {
        for (String line : text.split("\n")) {
            if (kind == Kind.USER || kind == Kind.GROUP) {
                int colon = line.indexOf(':');
                String name = colon < 0 ? line : line.substring(0, colon);
                if (!name.isEmpty() && name.startsWith(base)) {
                    found.add(name);
                }
                continue;
            }
            int hash = line.indexOf('#');
            String[] fields = (hash < 0 ? line : line.substring(0, hash)).trim().split("[ \t]+");
            if (fields.length < 2) {
                continue;
            }
            // services: NAME PORT/PROTO ALIASES...; hosts: ADDRESS NAMES...
            for (int i = kind == Kind.SERVICE ? 0 : 1; i < fields.length; i++) {
                if (kind == Kind.SERVICE && i == 1) {
                    continue;
                }
                if (fields[i].startsWith(base)) {
                    found.add(fields[i]);
                    if (kind == Kind.SERVICE) {
                        break;      // bash gives an entry once, by the first name that matches
                    }
                }
            }
        }
    }
}
