package miniunix.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The experiments' command lines (EXPERIMENTS.md, "Common conventions"): {@code --name value}
 * or {@code --name=value} (the = form is needed when the value begins with '-'), flags with no
 * value, and operands. Lists are comma-separated with no spaces; {@link #longs} parses them.
 * Anything else is {@link BadInput} with getopt_long's wording.
 */
public final class LabOpts {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private LabOpts() {
    }

    /**
     * Parses args: withValue names the options that take a value, flags those that don't.
     * A repeated option keeps its last value, as getopt's callers usually do.
     */
    public static LabOpts parse(List<String> args, List<String> withValue, List<String> flags) {
        LabOpts o = new LabOpts();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.equals("--")) {
                o.operands.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
            if (flags.contains(name)) {
                if (eq >= 0) {
                    throw new BadInput("option '--" + name + "' doesn't allow an argument");
                }
                o.values.put(name, "");
            } else if (withValue.contains(name)) {
                if (eq >= 0) {
                    o.values.put(name, a.substring(eq + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                    o.values.put(name, args.get(++i));
                } else {
                    throw new BadInput("option '--" + name + "' requires an argument");
                }
            } else {
                throw new BadInput("unrecognized option '" + a + "'");
            }
        }
        return o;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or dflt when absent. */
    public String get(String name, String dflt) {
        return values.getOrDefault(name, dflt);
    }

    public List<String> operands() {
        return operands;
    }

    /** The option's value as an integer in [min, max]; dflt when absent. */
    public long number(String name, long dflt, long min, long max) {
        return has(name) ? number(name, get(name, ""), min, max) : dflt;
    }

    /** A comma-separated list of integers, each in [min, max]; dflt when the option is absent. */
    public long[] longs(String name, long[] dflt, long min, long max) {
        if (!has(name)) {
            return dflt;
        }
        String text = get(name, "");
        if (text.isEmpty() || text.startsWith(",") || text.endsWith(",") || text.contains(",,")) {
            throw new BadInput("--" + name + ": malformed list '" + text + "'");
        }
        String[] parts = text.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(name, parts[i], min, max);
        }
        return out;
    }

    /** Parses one integer of option name, or fails naming it. */
    public static long number(String name, String text, long min, long max) {
        if (!text.matches("-?[0-9]{1,18}")) {
            throw new BadInput("--" + name + ": invalid number '" + text + "'");
        }
        long n = Long.parseLong(text);
        if (n < min || n > max) {
            throw new BadInput("--" + name + ": " + n + " is out of range ("
                    + (max == Long.MAX_VALUE ? "at least " + min : min + ".." + max) + ")");
        }
        return n;
    }
}
