package miniunix.user.bin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import miniunix.kernel.uapi.StatBuf;

/**
 * ls --color's table: an SGR sequence per kind of file, coreutils' built-in defaults (what
 * it uses without LS_COLORS: di=01;34 ln=01;36 pi=33 so=01;35 bd=cd=01;33 ex=01;32 su=37;41
 * sg=30;43 st=37;44 ow=34;42 tw=30;42) overridden by $LS_COLORS ({@code di=35:*.tar=01;31},
 * as dircolors writes it). A name is printed as lc SEQ rc NAME ec, ec being lc rs rc ("\e[0m")
 * unless set; a file of a kind with no colour (regular files: fi is unset) is printed bare.
 * A symbolic link is ln, or or when it leads nowhere (if or is set; not in the defaults).
 * Simplified: no sockets exist here, and ln=target is taken as a sequence; so and mi are
 * parsed, not used.
 */
final class LsColors {
    private static final String DEFAULTS = "lc=\u001b[:rc=m:rs=0:di=01;34:ln=01;36:pi=33:"
            + "so=01;35:bd=01;33:cd=01;33:ex=01;32:do=01;35:su=37;41:sg=30;43:st=37;44:"
            + "ow=34;42:tw=30;42";
    private static final List<String> KEYS = List.of("lc", "rc", "ec", "rs", "no", "fi", "di",
            "ln", "pi", "so", "bd", "cd", "mi", "or", "ex", "do", "su", "sg", "st", "ow", "tw",
            "ca", "mh", "cl");

    /** Two-letter keys and "*.ext" suffixes to their sequences, in the order given. */
    private final Map<String, String> table = new LinkedHashMap<>();
    private final List<String> suffixes = new ArrayList<>();

    private LsColors() {
    }

    /** The table for $LS_COLORS (null or empty: the defaults), or null if it can't be parsed. */
    static LsColors of(String lsColors) {
        LsColors c = new LsColors();
        c.parse(DEFAULTS);
        return lsColors == null || c.parse(lsColors) ? c : null;
    }

    /** Adds "key=value:..." entries; false if one is malformed. */
    private boolean parse(String spec) {
        for (String entry : spec.split(":")) {
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String key = entry.substring(0, eq);
            String value = unescape(entry.substring(eq + 1));
            if (key.startsWith("*")) {
                suffixes.remove(key.substring(1));
                suffixes.add(key.substring(1));
                table.put(key, value);
            } else if (KEYS.contains(key)) {
                table.put(key, value);
            } else {
                return false;
            }
        }
        return true;
    }

    /** dircolors' escapes that matter for sequences: \e, ^[ and \\. */
    private static String unescape(String s) {
        return s.replace("\\e", "\u001b").replace("^[", "\u001b").replace("\\\\", "\\");
    }

    /** The sequence for a file (null when its kind has none, or stat failed); orphan: a link to nothing. */
    String of(String name, StatBuf st, boolean orphan) {
        if (st == null) {
            return null;
        }
        if (st.isLink()) {
            String key = orphan && colored("or") ? "or" : "ln";
            return colored(key) ? table.get(key) : null;
        }
        int mode = st.mode;
        String key;
        if (st.isRegular()) {
            key = (mode & 04000) != 0 && colored("su") ? "su"
                    : (mode & 02000) != 0 && colored("sg") ? "sg"
                    : (mode & 0111) != 0 && colored("ex") ? "ex"
                    : st.nlink > 1 && colored("mh") ? "mh" : "fi";
            if (key.equals("fi")) {
                String ext = suffix(name);
                if (ext != null) {
                    return table.get(ext);
                }
            }
        } else if (st.isDir()) {
            boolean sticky = (mode & 01000) != 0;
            boolean otherWritable = (mode & 02) != 0;
            key = sticky && otherWritable && colored("tw") ? "tw"
                    : otherWritable && colored("ow") ? "ow"
                    : sticky && colored("st") ? "st" : "di";
        } else if (st.isCharDevice()) {
            key = "cd";
        } else if ((mode & StatBuf.S_IFMT) == StatBuf.S_IFIFO) {
            key = "pi";
        } else {
            key = "fi";
        }
        return colored(key) ? table.get(key) : null;
    }

    /** The "*.ext" key matching the name, the last given first, or null. */
    private String suffix(String name) {
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            if (name.endsWith(suffixes.get(i)) && colored("*" + suffixes.get(i))) {
                return "*" + suffixes.get(i);
            }
        }
        return null;
    }

    /** coreutils' is_colored: set, and neither empty, "0" nor "00". */
    private boolean colored(String key) {
        String s = table.get(key);
        return s != null && !s.isEmpty() && !s.equals("0") && !s.equals("00");
    }

    /** The name in its colour: lc SEQ rc NAME ec. */
    String paint(String name, String seq) {
        return table.get("lc") + seq + table.get("rc") + name + end();
    }

    /** What ends a colour, and what ls prints once before the first: ec, or lc rs rc. */
    String end() {
        String ec = table.get("ec");
        return ec != null ? ec : table.get("lc") + table.get("rs") + table.get("rc");
    }

    /** The start of every coloured name, to find the first one printed. */
    String start() {
        return table.get("lc");
    }
}
