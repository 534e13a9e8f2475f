package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;

/**
 * top's command line, parsed as procps-ng's parse_args does: switches may be bunched
 * ({@code -bn1}, {@code -d1}), a switch's argument is the rest of its word or the next word,
 * and the first error ends the parse with procps's message (printed as {@code top: MSG}, exit
 * status 1). {@code -d 0} is accepted (frames back to back); a negative delay is not.
 */
final class TopOptions {
    static final String USAGE = " -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]";
    /** -w with no number in batch mode: procps's widest line. */
    static final int BATCH_MAX_WIDTH = 512;
    /** The narrowest -w procps takes (W_MIN_COL). */
    static final int MIN_WIDTH = 3;
    private static final String NUMBERS = "+,-.0123456789";

    boolean batch;
    boolean cmdline;
    boolean threads;
    boolean idle = true;
    boolean perCpu;
    boolean help;
    boolean json;
    /** Seconds between frames, in hundredths (ticks); procps's default is 3.0. */
    long delayTicks = 300;
    /** -n: frames to show; 0 for no limit. */
    int iterations;
    /** -w: the width, 0 if not given (80 in batch, the terminal's otherwise). */
    int width;
    List<Integer> pids = new ArrayList<>();
    String user;
    TopField sort = TopField.PCPU;
    boolean sortAscending;
    /** procps's message, or null. */
    String error;

    private TopOptions() {
    }

    /** A copy, for fork: the live keys change the options as top runs. */
    TopOptions copy() {
        TopOptions o = new TopOptions();
        o.batch = batch;
        o.cmdline = cmdline;
        o.threads = threads;
        o.idle = idle;
        o.perCpu = perCpu;
        o.help = help;
        o.json = json;
        o.delayTicks = delayTicks;
        o.iterations = iterations;
        o.width = width;
        o.pids = new ArrayList<>(pids);
        o.user = user;
        o.sort = sort;
        o.sortAscending = sortAscending;
        o.error = error;
        return o;
    }

    static TopOptions parse(List<String> argv) {
        TopOptions o = new TopOptions();
        for (int i = 1; i < argv.size() && o.error == null && !o.help; i++) {
            String a = argv.get(i);
            if (a.equals("--json")) {
                o.json = true;
                continue;
            }
            i = o.word(argv, i);
        }
        return o;
    }

    /** Parses argv[i]; returns the index of the last word used. */
    private int word(List<String> argv, int i) {
        String w = argv.get(i);
        int p = 0;
        while (p < w.length() && error == null && !help) {
            char ch = w.charAt(p);
            if (ch == '-') {
                p++;
                if (p < w.length() && NUMBERS.indexOf(w.charAt(p)) >= 0) {
                    return wrong(w.substring(p), i);
                }
                if (p == w.length() && i + 1 < argv.size()) {
                    w = argv.get(++i);
                    p = 0;
                    if (!w.isEmpty() && NUMBERS.indexOf(w.charAt(0)) >= 0) {
                        return wrong(w, i);
                    }
                }
                continue;
            }
            String arg = null;
            if ("dnpuUo".indexOf(ch) >= 0) {
                if (p + 1 < w.length()) {
                    arg = w.substring(p + 1);
                } else if (i + 1 < argv.size()) {
                    arg = argv.get(++i);
                } else {
                    error = "-" + ch + " requires argument";
                    return i;
                }
                p = w.length();
            } else {
                p++;
            }
            switch (ch) {
                case 'b' -> batch = true;
                case 'c' -> cmdline = !cmdline;
                case 'H' -> threads = true;
                case 'i' -> idle = !idle;
                case '1' -> perCpu = !perCpu;
                case 'h', 'v', 'V' -> help = true;
                case 'd' -> delay(arg);
                case 'n' -> iterations(arg);
                case 'p' -> pids(arg);
                case 'u', 'U' -> user = arg;
                case 'o' -> sortField(arg);
                case 'w' -> {
                    String rest = w.substring(p);
                    if (rest.isEmpty() && i + 1 < argv.size() && isDigits(argv.get(i + 1))) {
                        rest = argv.get(++i);
                        p = w.length();
                    } else if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
                        p = w.length();
                    } else {
                        rest = "";
                    }
                    width(rest);
                }
                default -> error = "unknown option '" + ch + "'\nUsage:\n  top" + USAGE;
            }
        }
        return i;
    }

    private int wrong(String what, int i) {
        error = "inappropriate '" + what + "'\nUsage:\n  top" + USAGE;
        return i;
    }

    private void delay(String arg) {
        double secs;
        try {
            secs = Double.parseDouble(arg.trim());
        } catch (NumberFormatException e) {
            error = "bad delay interval '" + arg + "'";
            return;
        }
        if (secs < 0 || Double.isNaN(secs)) {
            error = "-d requires positive argument";
            return;
        }
        delayTicks = Math.round(secs * 100);
    }

    private void iterations(String arg) {
        int n = leadingInt(arg);
        if (n < 1) {
            error = "bad iterations argument '" + arg + "'";
            return;
        }
        iterations = n;
    }

    private void pids(String arg) {
        for (String s : arg.split(",", -1)) {
            int pid = leadingInt(s);
            if (pid < 0) {
                error = "bad pid '" + s + "'";
                return;
            }
            if (!pids.contains(pid)) {
                pids.add(pid);
            }
        }
    }

    private void sortField(String arg) {
        String name = arg;
        boolean asc = false;
        if (name.startsWith("+") || name.startsWith("-")) {
            asc = name.charAt(0) == '-';
            name = name.substring(1);
        }
        TopField f = TopField.byName(name);
        if (f == null) {
            error = "unrecognized field name '" + name + "'";
            return;
        }
        sort = f;
        sortAscending = asc;
    }

    private void width(String rest) {
        if (rest.isEmpty()) {
            width = batch ? BATCH_MAX_WIDTH : 0;
            return;
        }
        int n = leadingInt(rest);
        if (n < MIN_WIDTH) {
            error = "bad width arg '" + rest + "', must > " + (MIN_WIDTH - 1);
            return;
        }
        width = n;
    }

    /** sscanf("%d"): the leading integer of s, or -1 when there is none (or it is negative). */
    private static int leadingInt(String s) {
        int i = 0;
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && v < Integer.MAX_VALUE) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        return i == 0 || v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
