package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * cat(1): copies each file, or stdin, to stdout.
 * <pre>
 *   while ((n = read(fd, buf, sizeof buf)) &gt; 0) write(1, buf, n);
 * </pre>
 */
public final class Cat extends LineFilter {
    private static final String USAGE = "Usage: cat [OPTION]... [FILE]...\n"
            + "Concatenate FILE(s) to standard output.\n\n"
            + "With no FILE, or when FILE is -, read standard input.\n";

    public Cat(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "u");
        files(o.operands);
        raw = true;
        return checkOpts(o, USAGE, 1);
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        out.write(b, off, len);
        if (nl) {
            out.print('\n');
        }
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }
}
