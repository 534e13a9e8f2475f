package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * grep(1) with -v -i -c -n -q -l -x -w, -e PATTERN (repeatable: a line matching any is
 * selected) and -E (accepted: patterns are Java regular expressions, close to grep -E
 * already). Exit status 0 if a line was selected, 1 if none, 2 on an error (even when
 * something matched), as GNU grep; -q stops at the first selected line with 0.
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0)
 *       if (regexec(&amp;re, line, ...) == 0) fputs(line, stdout);
 * </pre>
 * The compiled Pattern is a cache rebuilt from {@link #regex}: it is immutable, so a forked
 * copy may share it, and a snapshot need not hold it.
 */
public final class Grep extends LineFilter {
    private static final String USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\n"
            + "Search for PATTERNS in each FILE.\n"
            + "  -E    PATTERNS are extended regular expressions\n"
            + "  -e    use PATTERNS for matching\n"
            + "  -i    ignore case distinctions in patterns and data\n"
            + "  -v    select non-matching lines\n"
            + "  -c    print only a count of selected lines per FILE\n"
            + "  -n    print line number with output lines\n"
            + "  -q    quiet: print nothing, exit 0 at the first match\n"
            + "  -l    print only names of FILEs with selected lines\n"
            + "  -x    match only whole lines\n"
            + "  -w    match only whole words\n";

    private String regex;
    private boolean invert;
    private boolean ignoreCase;
    private boolean count;
    private boolean number;
    private boolean quiet;
    private boolean namesOnly;
    private boolean prefix;
    private long lineNo;
    private long selected;
    private boolean anySelected;
    private transient Pattern pattern;

    public Grep(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "vicnqlxwEe:");
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
        if (patterns.isEmpty()) {
            patterns = List.of(o.operands.get(0));
        }
        // Patterns are alternatives; a newline inside one separates patterns too, as in GNU.
        regex = "(?:" + String.join(")|(?:", patterns).replace("\n", ")|(?:") + ")";
        if (o.has('x')) {
            regex = "^(?:" + regex + ")$";
        } else if (o.has('w')) {
            regex = "(?<![\\p{Alnum}_])(?:" + regex + ")(?![\\p{Alnum}_])";
        }
        files(o.operands.subList(o.has('e') ? 0 : 1, o.operands.size()));
        prefix = fileList().size() > 1;
        try {
            compiled();
        } catch (PatternSyntaxException e) {
            err.print(prog()).print(": ").print(e.getDescription()).print('\n');
            return 2;
        }
        return -1;
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
            if (!failed) {
                err.print(prog()).print(": line ").print(lineNo);
                err.print(": too long for this pattern\n");
            }
            failed = true;
            return false;
        }
    }

    @Override
    protected void beginFile() {
        lineNo = 0;
        selected = 0;
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        lineNo++;
        if (matches(new String(b, off, len, StandardCharsets.UTF_8)) == invert) {
            return;
        }
        selected++;
        anySelected = true;
        if (quiet || namesOnly) {
            if (namesOnly && !quiet) {
                out.print(displayName()).print('\n');
            }
            skipFile();
            return;
        }
        if (count) {
            return;
        }
        if (prefix) {
            out.print(displayName()).print(':');
        }
        if (number) {
            out.print(lineNo).print(':');
        }
        out.write(b, off, len).print('\n');
    }

    @Override
    protected void endFile() {
        if (count && !quiet && !namesOnly) {
            if (prefix) {
                out.print(displayName()).print(':');
            }
            out.print(selected).print('\n');
        }
    }

    private String displayName() {
        return fileName().equals("-") ? "(standard input)" : fileName();
    }

    @Override
    protected int end() {
        return failed ? 2 : anySelected ? 0 : 1;
    }
}
