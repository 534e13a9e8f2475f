package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;

/**
 * Tab at the interactive prompt, by the command's compspec (bash's programmable_completions,
 * pcomplete.c, which readline calls in bash). The line editor is the terminal's (the front
 * end's JLine), so the request comes the way a terminal can send it: the line up to the
 * cursor and a TAB, flushed without a newline by VEOF, as typing {@code ls fo<Tab>^D} on a
 * cooked tty would ({@link ReadFrame} takes such a read as the request). The answer goes back
 * on fd 2, where the prompt went, as an operating-system command sequence the terminal takes
 * out of the output (as terminals take a shell's OSC 7 or 133):
 * {@code ESC ] 7770 ; OPTIONS ; MATCH US MATCH ... BEL}, OPTIONS being "-" when no compspec
 * applies (the terminal then completes commands and paths itself) or the spec's -o options,
 * comma-separated.
 *
 * <p>Which spec: the line's words as bash's command_line_to_word_list splits them (blanks,
 * and each run of COMP_WORDBREAKS characters other than quotes is a word), the command being
 * the first word after the last ; | &amp; ( or newline; a blank line takes complete -E's, the
 * command word complete -I's, an argument the command's own (or that of its basename), else
 * complete -D's. The spec is evaluated by {@link Compgen} with COMP_LINE, COMP_POINT,
 * COMP_WORDS, COMP_CWORD, COMP_TYPE (9, a Tab) and COMP_KEY (9) for -F; compopt without a
 * NAME changes the options of this completion ({@link Shell#completing}). $? is kept.
 *
 * <p>Simplified: the line after the cursor is not sent (COMP_LINE ends at the cursor); a
 * function's status 124 retries once with the command's new spec, as bash's loop does; the
 * word completed is the text after the last blank (readline's word also ends at a break
 * character such as '=').
 */
final class CompletionFrame extends Frame {
    /** The sequence's number (private use: no terminal assigns it). */
    static final String OSC = "\033]7770;";
    static final char SEPARATOR = '\037';
    static final char END = '\007';
    /** readline's TAB: COMP_TYPE's and COMP_KEY's value for a plain Tab. */
    private static final int TAB = 9;
    /** bash's default COMP_WORDBREAKS. */
    private static final String WORDBREAKS = " \t\n\"'@><=;|&(:";

    private final String text;
    private String command;
    private CompSpec spec;
    private Compgen generator;
    private int savedStatus;
    private boolean retried;
    private boolean replied;
    /** The spec as the completion left it (compopt may change it), once generated; its matches. */
    private CompSpec used;
    private ArrayList<String> matches;
    /** Filenames: the match being stat(2)ed, and that stat. */
    private int statAt;
    private Fetch stat;

    CompletionFrame(String text) {
        this.text = text;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (replied) {
            sh.pop();
            return null;
        }
        if (generator == null) {
            savedStatus = sh.vars.status;
            if (!start(sh)) {
                return reply(sh, null, false);
            }
            ret = 0;
        }
        Trap t = generator.next(sh, ret);
        if (t != null || !generator.done()) {
            return t;
        }
        if (used == null) {
            used = sh.completing != null ? sh.completing.spec() : spec;
            sh.completing = null;
            CompSpec now = sh.compSpecs.get(command);
            if (generator.retry() && !retried && now != null && now != spec) {
                retried = true;         // the function loaded a new spec: bash tries again
                spec = now;
                used = null;
                generator = newGenerator(sh);
                return null;
            }
            matches = new ArrayList<>(generator.matches());
            if (!wantsFilenames(used)) {
                return reply(sh, used, false);
            }
        }
        return marked(sh, ret);
    }

    /**
     * Whether the matches are filenames, which readline marks (rl_filename_completion_desired):
     * those of -f, -d, -G, and -o filenames, dirnames or plusdirs.
     */
    private static boolean wantsFilenames(CompSpec cs) {
        return cs.actions().contains(CompSpec.Action.FILE)
                || cs.actions().contains(CompSpec.Action.DIRECTORY)
                || cs.globpat() != null
                || cs.options().contains(CompSpec.Option.FILENAMES)
                || cs.options().contains(CompSpec.Option.DIRNAMES)
                || cs.options().contains(CompSpec.Option.PLUSDIRS);
    }

    /** Filenames: each match stat(2)ed, a directory's given a '/' (readline's mark); then the answer. */
    private Trap marked(Shell sh, long ret) {
        if (stat != null) {
            Trap t = stat.next(ret);
            if (t != null) {
                return t;
            }
            String m = matches.get(statAt);
            if (stat.error == 0 && stat.st.isDir() && !m.endsWith("/")) {
                matches.set(statAt, m + "/");
            }
            stat = null;
            statAt++;
        }
        if (statAt < matches.size()) {
            String m = matches.get(statAt);
            String home = sh.vars.get("HOME");
            String path = m.startsWith("~/") && home != null ? home + m.substring(1) : m;
            stat = new Fetch(Fetch.Kind.STAT, path, 0);
            return stat.next(0);
        }
        return reply(sh, used, true);
    }

    /** Finds the spec for the line; false when there is none. */
    private boolean start(Shell sh) {
        List<String> words = words(text);
        int cmdStart = commandStart(words);
        int cword = words.size() - 1;
        String name;
        if (text.isBlank()) {
            name = CompSpecs.EMPTY;
            command = "";
        } else if (cword == cmdStart) {
            name = CompSpecs.INITIAL;
            command = words.get(cword);
        } else {
            command = words.get(cmdStart);
            name = command;
            if (sh.compSpecs.get(name) == null && command.contains("/")) {
                name = command.substring(command.lastIndexOf('/') + 1);
            }
            if (sh.compSpecs.get(name) == null) {
                name = CompSpecs.DEFAULT;
            }
        }
        spec = sh.compSpecs.get(name);
        if (spec == null) {
            return false;
        }
        generator = newGenerator(sh);
        return true;
    }

    private Compgen newGenerator(Shell sh) {
        List<String> words = words(text);
        int blank = lastBlank(text);
        String word = text.substring(blank + 1);
        sh.completing = new Compgen.Running(spec, command);
        Compgen.Line line = new Compgen.Line(text, text.length(), words, words.size() - 1, TAB, TAB);
        return new Compgen(spec, command, word, line);
    }

    /** Writes the answer (null: no spec), puts $? back; the frame pops after the write. */
    private Trap reply(Shell sh, CompSpec used, boolean filenames) {
        sh.completing = null;
        sh.vars.status = savedStatus;
        replied = true;
        StringBuilder sb = new StringBuilder(OSC);
        if (used == null) {
            sb.append('-');
        } else {
            List<String> names = new ArrayList<>();
            for (CompSpec.Option o : used.options()) {
                names.add(o.optionName);
            }
            if (filenames && !used.options().contains(CompSpec.Option.FILENAMES)) {
                names.add(CompSpec.Option.FILENAMES.optionName);
            }
            names.sort(null);
            sb.append(String.join(",", names));
        }
        sb.append(';');
        if (used != null) {
            for (int i = 0; i < matches.size(); i++) {
                sb.append(i > 0 ? String.valueOf(SEPARATOR) : "").append(matches.get(i));
            }
        }
        sb.append(END);
        sh.print(2, sb.toString());
        return null;
    }

    /**
     * The words of the line as bash's command_line_to_word_list gives them to COMP_WORDS:
     * split at blanks; a run of other COMP_WORDBREAKS characters (quotes aside) is a word of
     * its own; quoted text stays in its word; a line ending in a blank has an empty last word.
     */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean breaks = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\n';
            boolean brk = !blank && c != '"' && c != '\'' && WORDBREAKS.indexOf(c) >= 0;
            if (blank || brk != breaks && cur.length() > 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                breaks = brk;
                if (blank) {
                    continue;
                }
            }
            breaks = brk;
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(c).append(line.charAt(++i));
            } else if (c == '\'' || c == '"') {
                int close = line.indexOf(c, i + 1);
                int end = close < 0 ? line.length() : close + 1;
                cur.append(line, i, end);
                i = end - 1;
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** The index of the first word of the command the last word belongs to. */
    private static int commandStart(List<String> words) {
        int start = 0;
        for (int i = 0; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (w.equals(";") || w.equals("|") || w.equals("&") || w.equals("&&") || w.equals("||")
                    || w.equals("(") || w.equals("|&") || w.equals(";;")) {
                start = i + 1;
            }
        }
        return start;
    }

    private static int lastBlank(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Unwound (Ctrl-C in the function): no completion is running any more. */
    @Override
    void cleanup(Shell sh, List<miniunix.kernel.uapi.Syscall> calls) {
        sh.completing = null;
    }

    @Override
    Frame copy() {
        CompletionFrame f = new CompletionFrame(text);
        f.command = command;
        f.spec = spec;
        f.generator = generator == null ? null : generator.copy();
        f.savedStatus = savedStatus;
        f.retried = retried;
        f.replied = replied;
        f.used = used;
        f.matches = matches == null ? null : new ArrayList<>(matches);
        f.statAt = statAt;
        f.stat = stat == null ? null : stat.copy();
        return f;
    }
}
