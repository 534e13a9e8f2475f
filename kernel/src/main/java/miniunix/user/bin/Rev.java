package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * rev(1) of util-linux: each line with its characters in reverse order (UTF-8 characters,
 * not bytes); a last line without a newline stays without one.
 * <pre>
 *   while (fgetws(line, ...)) { reverse(line); fputws(line, stdout); }
 * </pre>
 */
public final class Rev extends LineFilter {
    private static final String USAGE = "Usage: rev [options] [file ...]\n\n"
            + "Reverse lines characterwise.\n\n"
            + "Options:\n"
            + " -h, --help     display this help\n\n"
            + "For more details see rev(1).\n";

    public Rev(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "h");
        if (o.has('h')) {
            o.help = true;
        }
        int status = checkOpts(o, USAGE, 1);
        files(o.operands);
        return status;
    }

    /** util-linux's wording: {@code rev: cannot open x: No such file or directory}. */
    @Override
    protected void inputFailed(String name, long ret, boolean opening) {
        perror(opening ? "cannot open " + name : name, ret);
        failed = true;
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        out.print(new StringBuilder(s).reverse().toString());
        if (nl) {
            out.print('\n');
        }
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }
}
