package miniunix.kernel.sched;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy with its parameters, as given at boot ({@code --sched mlfq,quantum=2,4,boost=100}),
 * to {@code sched set mlfq quantum=2,4 boost=100}, or written to /proc/sys/kernel/sched_policy.
 * Every parameter is present (defaults filled in), in the policy's own order.
 *
 * <p>Syntax: the policy's name, then {@code name=value} words; a value is a comma-separated
 * list of whole numbers. Words are separated by spaces or commas, so a word without '=' after a
 * parameter continues that parameter's list ({@code mlfq,quantum=2,4} = {@code mlfq quantum=2,4}).
 *
 * @param policy the policy
 * @param values each parameter's list of values, keyed by name
 */
public record PolicySpec(Policy policy, Map<String, List<Long>> values) {

    /** The machine's default: the fair policy with Linux's granularities. */
    public static final PolicySpec DEFAULT = parse("cfs");
    /** MLFQ's most levels. */
    public static final int MAX_LEVELS = 64;

    public PolicySpec {
        values = Map.copyOf(values);
    }

    /** Bad input: the message is one line, ready to follow "PROG: ". */
    public static final class BadSpec extends IllegalArgumentException {
        public BadSpec(String message) {
            super(message);
        }
    }

    /** Parses the text form (words separated by spaces or commas); throws BadSpec. */
    public static PolicySpec parse(String text) {
        String[] words = text.trim().split("[\\s,]+");
        if (words.length == 0 || words[0].isEmpty()) {
            throw new BadSpec("no policy given (" + Policy.labels() + ")");
        }
        Policy policy = Policy.of(words[0]);
        if (policy == null) {
            throw new BadSpec("unknown policy '" + words[0] + "' (" + Policy.labels() + ")");
        }
        Map<String, List<Long>> given = new LinkedHashMap<>();
        List<Long> current = null;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            int eq = w.indexOf('=');
            String number = w;
            if (eq >= 0) {
                String name = w.substring(0, eq);
                Policy.Param param = policy.param(name);
                if (param == null) {
                    throw new BadSpec(policy.label + " has no parameter '" + name + "'"
                            + paramNames(policy));
                }
                current = new ArrayList<>();
                given.put(name, current);
                number = w.substring(eq + 1);
            } else if (current == null) {
                throw new BadSpec("'" + w + "' is not name=value");
            }
            current.add(number(number, w));
        }
        return complete(policy, given);
    }

    private static String paramNames(Policy policy) {
        if (policy.params.isEmpty()) {
            return " (it takes none)";
        }
        StringBuilder sb = new StringBuilder(" (");
        for (Policy.Param p : policy.params) {
            sb.append(sb.length() == 2 ? "" : ", ").append(p.name());
        }
        return sb.append(')').toString();
    }

    private static long number(String s, String word) {
        if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(Character::isDigit)) {
            throw new BadSpec("invalid number '" + s + "' in '" + word + "'");
        }
        return Long.parseLong(s);
    }

    /** Fills in defaults and checks ranges and list lengths. */
    private static PolicySpec complete(Policy policy, Map<String, List<Long>> given) {
        Map<String, List<Long>> all = new LinkedHashMap<>();
        for (Policy.Param p : policy.params) {
            List<Long> v = given.getOrDefault(p.name(), List.of(p.defaultValue()));
            for (long x : v) {
                if (x < p.min()) {
                    throw new BadSpec("invalid " + p.name() + " " + x + ": must be at least "
                            + p.min());
                }
            }
            all.put(p.name(), List.copyOf(v));
        }
        if (policy == Policy.MLFQ) {
            checkLevels(all, given.containsKey("queues"));
        }
        return new PolicySpec(policy, all);
    }

    /** MLFQ: queues defaults to the longest list; a list of several values needs one per level. */
    private static void checkLevels(Map<String, List<Long>> all, boolean queuesGiven) {
        List<Long> queues = all.get("queues");
        if (queues.size() != 1 || queues.get(0) > MAX_LEVELS) {
            throw new BadSpec("invalid queues: one number, 1.." + MAX_LEVELS);
        }
        int longest = Math.max(all.get("quantum").size(), all.get("allotment").size());
        int levels = queuesGiven ? queues.get(0).intValue()
                : longest > 1 ? longest : queues.get(0).intValue();
        for (String name : List.of("quantum", "allotment")) {
            int n = all.get(name).size();
            if (n != 1 && n != levels) {
                throw new BadSpec(name + " lists " + n + " values for " + levels + " queues");
            }
        }
        all.put("queues", List.of((long) levels));
    }

    /** The single value of a parameter. */
    public long get(String name) {
        return values.get(name).get(0);
    }

    /** A per-level parameter's value at level i (one value applies to all). */
    public long at(String name, int i) {
        List<Long> v = values.get(name);
        return v.size() == 1 ? v.get(0) : v.get(i);
    }

    /** A fresh, empty run queue of this policy. */
    public Scheduler create() {
        return switch (policy) {
            case FIFO -> new Fifo(this);
            case SJF -> new Sjf(this);
            case STCF -> new Stcf(this);
            case RR -> new RoundRobin(this);
            case MLFQ -> new Mlfq(this);
            case PRIO -> new Priority(this);
            case CFS -> new Fair(this);
        };
    }

    /** The canonical text: "mlfq queues=3 quantum=10 allotment=1 boost=0 io-stay=0 io-front=0". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(policy.label);
        for (Policy.Param p : policy.params) {
            sb.append(' ').append(p.name()).append('=');
            List<Long> v = values.get(p.name());
            for (int i = 0; i < v.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(v.get(i));
            }
        }
        return sb.toString();
    }
}
