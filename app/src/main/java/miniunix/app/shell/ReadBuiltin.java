package miniunix.app.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * The read builtin, {@code read [-r] [NAME...]}: one line from fd 0 split into fields, each
 * NAME getting one and the last NAME the rest of the line (REPLY when no NAME is given). A
 * builtin because it sets the shell's variables; a small coroutine that the
 * {@link BuiltinFrame} drives, like {@link Redirections}.
 *
 * <p>The line is read one byte per read(2), as bash reads a pipe, so nothing after the newline
 * is consumed and the next command (or the next read) finds it. Without -r a backslash quotes
 * the next character and a backslash-newline joins lines. At end of file the partial line is
 * still assigned, and the status is 1, which is what ends {@code while read line}.
 *
 * <p>Simplified: IFS is always blanks; no -p, -n, -t, -a, -d options (an invalid option
 * here, as bash says it: {@link BuiltinOptions}).
 */
final class ReadBuiltin {
    /** Bash's usage line (of its options only -r is ours: see above). */
    static final String USAGE = "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] "
            + "[-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n";

    private final int fd;
    private final boolean raw;
    private final List<String> names;
    private final byte[] one = new byte[1];
    private byte[] line = new byte[64];
    private int len;
    private boolean reading;
    private int status;

    ReadBuiltin(int fd, boolean raw, List<String> names) {
        this.fd = fd;
        this.raw = raw;
        this.names = List.copyOf(names.isEmpty() ? List.of("REPLY") : names);
    }

    ReadBuiltin copy() {
        ReadBuiltin r = new ReadBuiltin(fd, raw, names);
        r.line = line.clone();
        r.len = len;
        r.reading = reading;
        r.status = status;
        return r;
    }

    /** The next read(2), given the last one's result; null when the line is complete. */
    Trap next(long ret) {
        if (reading) {
            if (ret == Errno.EINTR.ret()) {
                return read();
            }
            if (ret <= 0) {
                status = 1;
                return null;
            }
            byte b = one[0];
            if (b == '\n' && !raw && len > 0 && line[len - 1] == '\\' && !escaped(len - 1)) {
                len--;
                return read();
            }
            if (b == '\n') {
                return null;
            }
            append(b);
        }
        reading = true;
        return read();
    }

    private Trap read() {
        return Libc.read(fd, one, 0, 1);
    }

    private void append(byte b) {
        if (len == line.length) {
            line = Arrays.copyOf(line, len * 2);
        }
        line[len++] = b;
    }

    /** Whether the byte at i is quoted by the backslashes before it (an odd number of them). */
    private boolean escaped(int i) {
        int n = 0;
        while (i - n - 1 >= 0 && line[i - n - 1] == '\\') {
            n++;
        }
        return n % 2 == 1;
    }

    /** 0 for a whole line, 1 at end of file. */
    int status() {
        return status;
    }

    /**
     * Splits the line on blanks and sets the variables: the names that are readonly, which
     * are not set (bash's error for each, status 1).
     */
    List<String> assign(Variables vars) {
        String text = Shell.decode(line, 0, len);
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = skipBlanks(text, 0);
        while (i < text.length()) {
            if (fields.size() == names.size() - 1) {
                fields.add(rest(text, i));
                i = text.length();
                break;
            }
            char c = text.charAt(i);
            if (isBlank(c)) {
                fields.add(cur.toString());
                cur.setLength(0);
                i = skipBlanks(text, i);
                continue;
            }
            if (c == '\\' && !raw && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            cur.append(c);
            i++;
        }
        if (cur.length() > 0) {
            fields.add(cur.toString());
        }
        List<String> refused = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            if (vars.isReadonly(names.get(k))) {
                refused.add(names.get(k));
            } else {
                vars.set(names.get(k), k < fields.size() ? fields.get(k) : "");
            }
        }
        if (!refused.isEmpty()) {
            status = 1;
        }
        return refused;
    }

    /** The rest of the line for the last name: trailing blanks dropped, backslashes removed. */
    private String rest(String text, int from) {
        int end = text.length();
        while (end > from && isBlank(text.charAt(end - 1)) && !(end - 2 >= from && text.charAt(end - 2) == '\\')) {
            end--;
        }
        if (raw) {
            return text.substring(from, end);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end) {
                c = text.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
