package miniunix.user.lib;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file of named counters, one per line: /proc/meminfo ("MemFree:   123 kB", values in KiB)
 * and /proc/vmstat ("pgpgin 123"). A name the file lacks reads as 0, as procps's library
 * does for fields an older kernel lacks.
 */
public final class Counters {
    private final Map<String, Long> values = new LinkedHashMap<>();

    private Counters() {
    }

    /** Parses the text: a name (a trailing ':' dropped), then the number. */
    public static Counters parse(String text) {
        Counters c = new Counters();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("[: ]+");
            if (f.length >= 2) {
                try {
                    c.values.put(f[0], Long.parseLong(f[1]));
                } catch (NumberFormatException e) {
                    // not a counter line: skipped, as procps skips what it does not know
                }
            }
        }
        return c;
    }

    /** The value of name, or 0. */
    public long get(String name) {
        return values.getOrDefault(name, 0L);
    }
}
