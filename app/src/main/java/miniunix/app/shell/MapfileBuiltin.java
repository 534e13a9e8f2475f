package miniunix.app.shell;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * mapfile (and readarray) [-t] [-n COUNT] [-s COUNT] [-O ORIGIN] [-d DELIM] [ARRAY]: the lines
 * of fd 0 into the indexed array ARRAY (MAPFILE by default), one element each from ORIGIN on
 * (0; without -O the array is emptied first), each with its delimiter unless -t, the first -s
 * COUNT lines skipped and at most -n COUNT copied (0: all). A coroutine that the
 * {@link BuiltinFrame} drives, as {@link ReadBuiltin} is.
 *
 * <p>Lines are read to the end of the input in blocks; with -n, one byte per read(2), as read
 * does, so the lines after the last one copied are left for the next command.
 * Simplified: no -u, -C or -c.
 *
 * <p>Linux: bash's builtins/mapfile.def.
 */
final class MapfileBuiltin {
    private static final int BLOCK = 4096;

    private final String name;
    private final int fd;
    private final byte delim;
    private final boolean trim;
    private final long count;
    private final long skip;
    /** -O ORIGIN, or -1: none given (start at 0, emptying the array). */
    private final long origin;
    private final byte[] buf;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ArrayList<String> lines = new ArrayList<>();
    private long seen;
    private boolean reading;
    private boolean done;

    private MapfileBuiltin(String name, int fd, byte delim, boolean trim, long count, long skip, long origin) {
        this.name = name;
        this.fd = fd;
        this.delim = delim;
        this.trim = trim;
        this.count = count;
        this.skip = skip;
        this.origin = origin;
        this.buf = new byte[count > 0 ? 1 : BLOCK];
    }

    /**
     * The builtin from its words, or null after an error said (b's status is then set by
     * the caller from {@link #status}).
     */
    static MapfileBuiltin of(BuiltinFrame b, int fd, List<String> argv, int[] status) {
        String cmd = argv.get(0);
        BuiltinOptions o = new BuiltinOptions(b, argv, "d:n:O:s:t", cmd + ": usage: " + cmd
                + " [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n");
        byte delim = '\n';
        boolean trim = false;
        long count = 0;
        long skip = 0;
        long origin = -1;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                status[0] = BuiltinOptions.STATUS;
                return null;
            }
            String arg = o.arg();
            switch (c) {
                case 'd' -> delim = arg.isEmpty() ? 0 : arg.getBytes(java.nio.charset.StandardCharsets.UTF_8)[0];
                case 't' -> trim = true;
                default -> {
                    long n = BuiltinFrame.isNumber(arg, 18) ? Long.parseLong(arg) : -1;
                    if (n < 0) {
                        String what = c == 'O' ? "array origin" : "line count";
                        b.error("" + cmd + ": " + arg + ": invalid " + what + "\n");
                        status[0] = 1;
                        return null;
                    }
                    if (c == 'n') {
                        count = n;
                    } else if (c == 's') {
                        skip = n;
                    } else {
                        origin = n;
                    }
                }
            }
        }
        List<String> names = o.operands();
        String name = names.isEmpty() ? "MAPFILE" : names.get(0);
        if (!Variables.isName(name)) {
            b.error("" + cmd + ": `" + name + "': not a valid identifier\n");
            status[0] = 1;
            return null;
        }
        return new MapfileBuiltin(name, fd, delim, trim, count, skip, origin);
    }

    MapfileBuiltin copy() {
        MapfileBuiltin m = new MapfileBuiltin(name, fd, delim, trim, count, skip, origin);
        System.arraycopy(buf, 0, m.buf, 0, buf.length);
        m.line.writeBytes(line.toByteArray());
        m.lines.addAll(lines);
        m.seen = seen;
        m.reading = reading;
        m.done = done;
        return m;
    }

    /** The next read(2), given the last one's result; null when every line wanted is read. */
    Trap next(long ret) {
        if (reading) {
            if (ret == Errno.EINTR.ret()) {
                return Libc.read(fd, buf, 0, buf.length);
            }
            if (ret <= 0) {
                if (line.size() > 0) {
                    take();
                }
                return null;
            }
            for (int i = 0; i < ret && !done; i++) {
                if (buf[i] == delim) {
                    if (!trim) {
                        line.write(buf[i]);
                    }
                    take();
                } else {
                    line.write(buf[i]);
                }
            }
            if (done) {
                return null;
            }
        }
        reading = true;
        return Libc.read(fd, buf, 0, buf.length);
    }

    /** A line is complete: skipped, kept, or (the count reached) the last. */
    private void take() {
        String text = Shell.decode(line.toByteArray(), 0, line.size());
        line.reset();
        if (seen++ >= skip) {
            lines.add(text);
        }
        done = count > 0 && lines.size() >= count;
    }

    /** Sets the array; 1 when it is readonly or associative (said on err), else 0. */
    int assign(BuiltinFrame b, Variables vars, String cmd) {
        if (vars.isReadonly(name)) {
            b.error("" + cmd + ": " + name + ": readonly variable\n");
            return 1;
        }
        ShellArray old = vars.array(name);
        if (old != null && old.isAssoc()) {
            b.error("" + cmd + ": " + name + ": not an indexed array\n");
            return 1;
        }
        ShellArray a = origin < 0 ? ShellArray.indexed() : vars.toArray(name, false);
        long at = Math.max(origin, 0);
        for (String l : lines) {
            a.put(at++, l);
        }
        if (origin < 0) {
            vars.putArray(name, a);
        }
        return 0;
    }
}
