package miniunix.app.shell;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * bash's command hash table (hashlib.c, `hash`): where each command found by a PATH search
 * lives, so the next run of it costs no search. The shell searches before it forks (bash's
 * search_for_command in execute_disk_command), so what the search finds stays in the shell.
 * Assigning PATH empties the table, as bash's PATH assignment does (here: the table knows the
 * PATH it was filled under). A hashed file that has gone is not searched for again: execve
 * fails, as in bash without checkhash. Hits count the uses, as `hash` lists them.
 *
 * <p>Plain data: {@link #copy} is deep; a forked child inherits the table.
 */
final class CommandHash {
    /** One remembered command: its path and how often it has been used. */
    private static final class Entry {
        final String path;
        int hits;

        Entry(String path, int hits) {
            this.path = path;
            this.hits = hits;
        }
    }

    private final LinkedHashMap<String, Entry> table = new LinkedHashMap<>();
    /** The PATH the entries were found under; another PATH empties the table. */
    private String pathVar;

    /** The hashed path of name, counting a hit; null if it is not hashed (under this PATH). */
    String use(String name, String path) {
        Entry e = get(name, path);
        if (e == null) {
            return null;
        }
        e.hits++;
        return e.path;
    }

    /** Whether name is hashed, without counting a hit (type, hash -t). */
    String peek(String name, String path) {
        Entry e = get(name, path);
        return e == null ? null : e.path;
    }

    private Entry get(String name, String path) {
        if (!path.equals(pathVar)) {
            table.clear();
            pathVar = path;
            return null;
        }
        return table.get(name);
    }

    /** Remembers where a search under this PATH found name; hits: 1 if it is about to run. */
    void remember(String name, String file, String path, int hits) {
        if (!path.equals(pathVar)) {
            table.clear();
            pathVar = path;
        }
        table.put(name, new Entry(file, hits));
    }

    /** hash -d NAME: true if it was there. */
    boolean forget(String name) {
        return table.remove(name) != null;
    }

    /** hash -r. */
    void clear() {
        table.clear();
    }

    /** `hash` with no arguments: bash's table ("hits\tcommand", right-aligned counts), or "". */
    String listing() {
        if (table.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("hits\tcommand\n");
        for (Map.Entry<String, Entry> e : table.entrySet()) {
            String hits = Integer.toString(e.getValue().hits);
            sb.append(" ".repeat(Math.max(0, 4 - hits.length()))).append(hits).append('\t')
                    .append(e.getValue().path).append('\n');
        }
        return sb.toString();
    }

    /** hash -l: the table as commands that remake it ("builtin hash -p PATH NAME"), or "". */
    String portableListing(String path) {
        StringBuilder sb = new StringBuilder();
        if (path.equals(pathVar)) {
            for (Map.Entry<String, Entry> e : table.entrySet()) {
                sb.append("builtin hash -p ").append(e.getValue().path).append(' ').append(e.getKey()).append('\n');
            }
        }
        return sb.toString();
    }

    CommandHash copy() {
        CommandHash c = new CommandHash();
        for (Map.Entry<String, Entry> e : table.entrySet()) {
            c.table.put(e.getKey(), new Entry(e.getValue().path, e.getValue().hits));
        }
        c.pathVar = pathVar;
        return c;
    }
}
