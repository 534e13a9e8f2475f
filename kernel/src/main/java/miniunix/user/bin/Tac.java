package miniunix.user.bin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * tac(1) of coreutils: each file with its records in reverse order, a record being what ends
 * with the separator (a newline, or -s STRING; an empty STRING is NUL). A last record without
 * the separator is printed as it is, so {@code printf 'a\nb' | tac} gives {@code ba\n}. With
 * -b the separator starts each record instead of ending it.
 * <pre>
 *   read the whole file;  for (p = end; p &gt; start; p = prev_sep(p)) write(1, prev_sep(p), ...);
 * </pre>
 * Simplified: no -r (a separator is always a plain string).
 */
public final class Tac extends LineFilter {
    private static final String USAGE = "Usage: tac [OPTION]... [FILE]...\n"
            + "Write each FILE to standard output, last line first.\n\n"
            + "With no FILE, or when FILE is -, read standard input.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -b, --before             attach the separator before instead of after\n"
            + "  -s, --separator=STRING   use STRING as the separator instead of newline\n"
            + "      --help        display this help and exit\n";

    private byte[] sep;
    private boolean before;
    /** The file read so far. */
    private ByteArrayOutputStream file = new ByteArrayOutputStream();

    public Tac(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "bs:", "before=b separator=s");
        int status = checkOpts(o, USAGE, 1);
        String s = o.get('s', "\n");
        sep = s.isEmpty() ? new byte[] {0} : s.getBytes(StandardCharsets.UTF_8);
        before = o.has('b');
        raw = true;
        files(o.operands);
        return status;
    }

    /** coreutils' wording: {@code tac: failed to open 'x' for reading: strerror}. */
    @Override
    protected void inputFailed(String name, long ret, boolean opening) {
        perror(opening ? "failed to open '" + name + "' for reading" : name, ret);
        failed = true;
    }

    @Override
    protected void beginFile() {
        file.reset();
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        file.write(b, off, len);
    }

    @Override
    protected void endFile() {
        byte[] data = file.toByteArray();
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int i = 0; i + sep.length <= data.length; i++) {
            if (matches(data, i)) {
                cuts.add(before ? i : i + sep.length);
                i += sep.length - 1;
            }
        }
        cuts.add(data.length);
        for (int k = cuts.size() - 1; k > 0; k--) {
            out.write(data, cuts.get(k - 1), cuts.get(k) - cuts.get(k - 1));
        }
        file.reset();
    }

    private boolean matches(byte[] data, int at) {
        for (int j = 0; j < sep.length; j++) {
            if (data[at + j] != sep[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }

    @Override
    protected void deepenFilter() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.write(file.toByteArray(), 0, file.size());
        file = copy;
    }
}
