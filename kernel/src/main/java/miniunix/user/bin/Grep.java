package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Regcomp;

/**
 * grep(1) of GNU grep 3.8: PATTERNS are basic regular expressions (-G, the default),
 * extended (-E) or fixed strings (-F), rewritten for Java's engine by {@link Regcomp}; -e
 * PATTERN may repeat (a line matching any is selected). Options -v -i -c -n -q -l -L -x -w
 * -h -H -o -s, -m NUM, and context lines -A/-B/-C NUM with "--" between groups, ':' after the
 * name and number of a selected line and '-' after those of a context line. Exit status 0 if
 * a line was selected (with -L too, as grep 3.8), 1 if none, 2 on an error (even when
 * something matched), as GNU grep; -q stops at the first selected line with 0.
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0)
 *       if (regexec(&amp;re, line, ...) == 0) fputs(line, stdout);
 * </pre>
 * The compiled Pattern is a cache rebuilt from {@link #regex}: it is immutable, so a forked
 * copy may share it, and a snapshot need not hold it. Simplified: no -r, -f, --color or
 * --include; binary files are read as text.
 */
public final class Grep extends LineFilter {
    private static final String USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\n"
            + "Search for PATTERNS in each FILE.\n"
            + "Example: grep -i 'hello world' menu.h main.c\n"
            + "PATTERNS can contain multiple patterns separated by newlines.\n\n"
            + "Pattern selection and interpretation:\n"
            + "  -E, --extended-regexp     PATTERNS are extended regular expressions\n"
            + "  -F, --fixed-strings       PATTERNS are strings\n"
            + "  -G, --basic-regexp        PATTERNS are basic regular expressions\n"
            + "  -e, --regexp=PATTERNS     use PATTERNS for matching\n"
            + "  -i, --ignore-case         ignore case distinctions in patterns and data\n"
            + "  -w, --word-regexp         match only whole words\n"
            + "  -x, --line-regexp         match only whole lines\n\n"
            + "Miscellaneous:\n"
            + "  -s, --no-messages         suppress error messages\n"
            + "  -v, --invert-match        select non-matching lines\n\n"
            + "Output control:\n"
            + "  -m, --max-count=NUM       stop after NUM selected lines\n"
            + "  -n, --line-number         print line number with output lines\n"
            + "  -H, --with-filename       print file name with output lines\n"
            + "  -h, --no-filename         suppress the file name prefix on output\n"
            + "  -o, --only-matching       show only nonempty parts of lines that match\n"
            + "  -q, --quiet, --silent     suppress all normal output\n"
            + "  -L, --files-without-match  print only names of FILEs with no selected lines\n"
            + "  -l, --files-with-matches  print only names of FILEs with selected lines\n"
            + "  -c, --count               print only a count of selected lines per FILE\n\n"
            + "Context control:\n"
            + "  -B, --before-context=NUM  print NUM lines of leading context\n"
            + "  -A, --after-context=NUM   print NUM lines of trailing context\n"
            + "  -C, --context=NUM         print NUM lines of output context\n\n"
            + "When FILE is '-', read standard input.  With no FILE, read '.' if\n"
            + "recursive, '-' otherwise.  With fewer than two FILEs, assume -h.\n"
            + "Exit status is 0 if any line is selected, 1 otherwise;\n"
            + "if any error occurs and -q is not given, the exit status is 2.\n";
    private static final String LONGOPTS = "extended-regexp=E fixed-strings=F basic-regexp=G "
            + "regexp=e ignore-case=i word-regexp=w line-regexp=x no-messages=s invert-match=v "
            + "max-count=m line-number=n with-filename=H no-filename=h only-matching=o quiet=q "
            + "silent=q files-without-match=L files-with-matches=l count=c before-context=B "
            + "after-context=A context=C";

    private String regex;
    private boolean invert;
    private boolean ignoreCase;
    private boolean count;
    private boolean number;
    private boolean quiet;
    private boolean namesOnly;
    private boolean namesWithout;
    private boolean onlyMatching;
    private boolean noMessages;
    private boolean prefix;
    private long maxCount = Long.MAX_VALUE;
    private int before;
    private int after;
    private long lineNo;
    private long selected;
    private boolean anySelected;
    /** Context: trailing lines still to print, the last line number printed in this file. */
    private long afterLeft;
    private long lastPrinted;
    private boolean printedAny;
    /** The last {@link #before} lines not printed, oldest first, and their numbers. */
    private byte[][] held = new byte[0][];
    private long[] heldNo = new long[0];
    private int heldCount;
    private transient Pattern pattern;

    public Grep(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void deepen() {
        super.deepen();
        held = held.clone();
        for (int k = 0; k < held.length; k++) {
            held[k] = held[k] == null ? null : held[k].clone();
        }
        heldNo = heldNo.clone();
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "vicnqlLxwEFGhHosm:A:B:C:e:", LONGOPTS);
        int status = checkOpts(o, USAGE, 2);
        List<String> patterns = o.all('e');
        if (status < 0 && patterns.isEmpty() && o.operands.isEmpty()) {
            err.print("Usage: grep [OPTION]... PATTERNS [FILE]...\n" + Opts.tryHelp(prog()) + "\n");
            status = 2;
        }
        if (status >= 0) {
            return status;
        }
        invert = o.has('v');
        ignoreCase = o.has('i');
        count = o.has('c');
        number = o.has('n');
        quiet = o.has('q');
        namesOnly = o.has('l');
        namesWithout = o.has('L');
        onlyMatching = o.has('o');
        noMessages = o.has('s');
        long m = number(o, 'm', "invalid max count");
        long c = number(o, 'C', "NUM: invalid context length argument");
        long a = number(o, 'A', "NUM: invalid context length argument");
        long b = number(o, 'B', "NUM: invalid context length argument");
        if (m == -2 || c == -2 || a == -2 || b == -2) {
            return 2;
        }
        if (m >= 0) {
            maxCount = m;
        }
        after = (int) Math.min(Integer.MAX_VALUE, a >= 0 ? a : Math.max(c, 0));
        before = (int) Math.min(1 << 16, b >= 0 ? b : Math.max(c, 0));
        if (onlyMatching || count || quiet || namesOnly || namesWithout) {
            after = 0;
            before = 0;
        }
        held = new byte[before][];
        heldNo = new long[before];
        if (patterns.isEmpty()) {
            patterns = List.of(o.operands.get(0));
        }
        boolean extended = o.has('E');
        boolean fixed = o.has('F');
        // Patterns are alternatives; a newline inside one separates patterns too, as in GNU.
        StringBuilder alt = new StringBuilder();
        try {
            for (String p : patterns) {
                for (String one : p.split("\n", -1)) {
                    String[] java = fixed ? new String[] {Pattern.quote(one), ""}
                            : Regcomp.compile(one, extended);
                    for (String warning : java[1].lines().toList()) {
                        err.print(prog()).print(": ").print(warning).print('\n');
                    }
                    alt.append(alt.length() == 0 ? "(?:" : ")|(?:").append(java[0]);
                }
            }
        } catch (Regcomp.BadRegex e) {
            err.print(prog()).print(": ").print(e.getMessage()).print('\n');
            return 2;
        }
        regex = alt.append(')').toString();
        if (o.has('x')) {
            regex = "^(?:" + regex + ")$";
        } else if (o.has('w')) {
            regex = "(?<![\\p{Alnum}_])(?:" + regex + ")(?![\\p{Alnum}_])";
        }
        files(o.operands.subList(o.has('e') ? 0 : 1, o.operands.size()));
        prefix = o.has('H') || !o.has('h') && fileList().size() > 1;
        if (o.has('H') && o.has('h')) {
            prefix = argv.lastIndexOf("-H") > argv.lastIndexOf("-h");
        }
        try {
            compiled();
        } catch (PatternSyntaxException e) {
            err.print(prog()).print(": ").print(e.getDescription()).print('\n');
            return 2;
        }
        return -1;
    }

    /** A whole-number option's value, -1 when absent, -2 after GNU's error line. */
    private long number(Opts o, char opt, String what) {
        if (!o.has(opt)) {
            return -1;
        }
        String v = o.get(opt, "");
        if (!v.matches("[0-9]{1,18}")) {
            err.print(prog()).print(": ").print(opt == 'm' ? what : v + ": " + what.substring(5))
                    .print('\n');
            return -2;
        }
        return Long.parseLong(v);
    }

    private Pattern compiled() {
        if (pattern == null) {
            int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            pattern = Pattern.compile(regex, flags);
        }
        return pattern;
    }

    /** Java's regex engine recurses; a pathological pattern on a huge line overflows it. */
    private boolean matches(String text) {
        try {
            return compiled().matcher(text).find();
        } catch (StackOverflowError e) {
            tooLong();
            return false;
        }
    }

    private void tooLong() {
        if (!failed) {
            err.print(prog()).print(": line ").print(lineNo);
            err.print(": too long for this pattern\n");
        }
        failed = true;
    }

    @Override
    protected void inputFailed(String name, long ret, boolean opening) {
        if (noMessages) {
            failed = true;
        } else {
            super.inputFailed(name, ret, opening);
        }
    }

    @Override
    protected void beginFile() {
        lineNo = 0;
        selected = 0;
        afterLeft = 0;
        lastPrinted = 0;
        heldCount = 0;
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        lineNo++;
        if (selected >= maxCount) {
            // -m: only the trailing context of the last selected line is left to print.
            if (afterLeft > 0) {
                afterLeft--;
                print(b, off, len, '-');
            } else {
                skipFile();
            }
            return;
        }
        String text = new String(b, off, len, StandardCharsets.UTF_8);
        if (matches(text) == invert) {
            if (afterLeft > 0) {
                afterLeft--;
                print(b, off, len, '-');
            } else if (before > 0) {
                hold(b, off, len);
            }
            return;
        }
        selected++;
        anySelected = true;
        if (quiet || namesOnly || namesWithout) {
            if (namesOnly && !quiet) {
                out.print(displayName()).print('\n');
            }
            skipFile();
            return;
        }
        if (count) {
            return;
        }
        for (int k = 0; k < heldCount; k++) {
            print(held[k], 0, held[k].length, '-', heldNo[k]);
        }
        heldCount = 0;
        if (onlyMatching) {
            if (!invert) {
                only(text);
            }
        } else {
            print(b, off, len, ':');
        }
        afterLeft = after;
        if (selected >= maxCount && afterLeft == 0) {
            skipFile();
        }
    }

    /** -o: each nonempty match on a line of its own, with the line's prefix. */
    private void only(String text) {
        try {
            Matcher mt = compiled().matcher(text);
            while (mt.find()) {
                if (mt.end() > mt.start()) {
                    byte[] part = text.substring(mt.start(), mt.end()).getBytes(StandardCharsets.UTF_8);
                    print(part, 0, part.length, ':');
                }
            }
        } catch (StackOverflowError e) {
            tooLong();
        }
    }

    /** Keeps a line for leading context, forgetting the oldest beyond {@link #before}. */
    private void hold(byte[] b, int off, int len) {
        if (heldCount == before) {
            System.arraycopy(held, 1, held, 0, before - 1);
            System.arraycopy(heldNo, 1, heldNo, 0, before - 1);
            heldCount--;
        }
        held[heldCount] = java.util.Arrays.copyOfRange(b, off, off + len);
        heldNo[heldCount++] = lineNo;
    }

    private void print(byte[] b, int off, int len, char sep) {
        print(b, off, len, sep, lineNo);
    }

    /** One output line: "--" first when context skipped lines, then name, number, text. */
    private void print(byte[] b, int off, int len, char sep, long no) {
        if ((before > 0 || after > 0) && printedAny && (lastPrinted == 0 || no > lastPrinted + 1)) {
            out.print("--\n");
        }
        printedAny = true;
        lastPrinted = no;
        if (prefix) {
            out.print(displayName()).print(sep);
        }
        if (number) {
            out.print(no).print(sep);
        }
        out.write(b, off, len).print('\n');
    }

    @Override
    protected void endFile() {
        if (count && !quiet && !namesOnly && !namesWithout) {
            if (prefix) {
                out.print(displayName()).print(':');
            }
            out.print(selected).print('\n');
        }
        if (namesWithout && selected == 0 && !quiet) {
            out.print(displayName()).print('\n');
        }
    }

    private String displayName() {
        return fileName().equals("-") ? "(standard input)" : fileName();
    }

    @Override
    protected int end() {
        if (failed && !(quiet && anySelected)) {
            return 2;
        }
        return anySelected ? 0 : 1;
    }
}
