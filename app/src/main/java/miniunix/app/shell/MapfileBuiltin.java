package miniunix.app.shell;

import java.io.ByteArrayOutputStream;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * mapfile (and readarray) [-t] [-n COUNT] [-s COUNT] [-O ORIGIN] [-d DELIM] [-u FD]
 * [-C CALLBACK [-c QUANTUM]] [ARRAY]: the lines of fd 0 (or FD) into the indexed array ARRAY
 * (MAPFILE by default), one element each from ORIGIN on (0; without -O the array is emptied
 * first), each with its delimiter unless -t, the first -s COUNT lines skipped and at most -n
 * COUNT copied (0: all). Every QUANTUM-th line (5000 by default) CALLBACK is evaluated first
 * with two more words, the index the line goes to and the line, quoted (bash's
 * run_callback), so it sees the elements before it. A coroutine that the
 * {@link BuiltinFrame} drives, as {@link ReadBuiltin} is.
 *
 * <p>Lines are read to the end of the input in blocks; with -n, one byte per read(2), as read
 * does, so the lines after the last one copied are left for the next command. -u FD is
 * checked with fstat(2) before anything, where bash uses fcntl(F_GETFD).
 *
 * <p>Linux: bash's builtins/mapfile.def.
 */
final class MapfileBuiltin {
    private static final int BLOCK = 4096;
    /** bash's DEFAULT_QUANTUM: lines between two calls of the callback. */
    private static final long DEFAULT_QUANTUM = 5000;

    private final String cmd;
    private final String name;
    private final int fd;
    private final byte delim;
    private final boolean trim;
    private final long count;
    private final long skip;
    /** -O ORIGIN, or -1: none given (start at 0, emptying the array). */
    private final long origin;
    /** -C CALLBACK, or null. */
    private final String callback;
    private final long quantum;
    /** -u FD given: fstat(2) checks it first. */
    private final boolean checkFd;
    private final byte[] buf;
    /** The bytes of buf read and not yet looked at: from bufPos to bufLen. */
    private int bufPos;
    private int bufLen;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    /** Lines read, skipped ones included; lines stored. */
    private long seen;
    private long kept;
    /** The end of the input was read. */
    private boolean eof;
    private Phase phase = Phase.START;
    /** The command the caller is to evaluate before going on ({@link #takeCallback}), or null. */
    private String call;
    /** The line the callback was called for, stored when it returns, and its index. */
    private String pendingLine;
    private long pendingIndex;
    private int status;
    private StatBuf st = new StatBuf();

    /**
     * START: nothing done yet; CHECKED: fstat of -u FD returns; READ: a read(2) returns;
     * CALLBACK: the callback ran; DONE: finished, status set.
     */
    private enum Phase { START, CHECKED, READ, CALLBACK, DONE }

    private MapfileBuiltin(String cmd, String name, int fd, byte delim, boolean trim, long count, long skip, long origin,
                           String callback, long quantum, boolean checkFd) {
        this.cmd = cmd;
        this.name = name;
        this.fd = fd;
        this.delim = delim;
        this.trim = trim;
        this.count = count;
        this.skip = skip;
        this.origin = origin;
        this.callback = callback;
        this.quantum = quantum;
        this.checkFd = checkFd;
        this.buf = new byte[count > 0 ? 1 : BLOCK];
    }

    /**
     * The builtin from its words, or null after an error said (b's status is then set by
     * the caller from {@link #status}).
     */
    static MapfileBuiltin of(BuiltinFrame b, int fd, List<String> argv, int[] status) {
        String cmd = argv.get(0);
        BuiltinOptions o = new BuiltinOptions(b, argv, "d:n:O:s:tu:C:c:", cmd + ": usage: " + cmd
                + " [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n");
        byte delim = '\n';
        boolean trim = false;
        long count = 0;
        long skip = 0;
        long origin = -1;
        String callback = null;
        long quantum = DEFAULT_QUANTUM;
        boolean checkFd = false;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                status[0] = BuiltinOptions.STATUS;
                return null;
            }
            String arg = o.arg();
            switch (c) {
                case 'd' -> delim = arg.isEmpty() ? 0 : arg.getBytes(java.nio.charset.StandardCharsets.UTF_8)[0];
                case 't' -> trim = true;
                case 'C' -> callback = arg;
                default -> {
                    long n = BuiltinFrame.isNumber(arg, 18) ? Long.parseLong(arg) : -1;
                    String bad = c == 'O' ? "invalid array origin" : c == 'u' ? "invalid file descriptor specification"
                            : c == 'c' ? "invalid callback quantum" : "invalid line count";
                    if (n < 0 || c == 'c' && n == 0 || c == 'u' && n > Integer.MAX_VALUE) {
                        b.error("" + cmd + ": " + arg + ": " + bad + "\n");
                        status[0] = 1;
                        return null;
                    }
                    switch (c) {
                        case 'n' -> count = n;
                        case 's' -> skip = n;
                        case 'u' -> {
                            fd = (int) n;
                            checkFd = true;
                        }
                        case 'c' -> quantum = n;
                        default -> origin = n;
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
        return new MapfileBuiltin(cmd, name, fd, delim, trim, count, skip, origin, callback, quantum, checkFd);
    }

    MapfileBuiltin copy() {
        MapfileBuiltin m = new MapfileBuiltin(cmd, name, fd, delim, trim, count, skip, origin, callback, quantum,
                checkFd);
        System.arraycopy(buf, 0, m.buf, 0, buf.length);
        m.bufPos = bufPos;
        m.bufLen = bufLen;
        m.line.writeBytes(line.toByteArray());
        m.seen = seen;
        m.kept = kept;
        m.eof = eof;
        m.phase = phase;
        m.call = call;
        m.pendingLine = pendingLine;
        m.pendingIndex = pendingIndex;
        m.status = status;
        m.st = st.copy();
        return m;
    }

    /**
     * The next system call, given the last one's result (0 when coming back from the
     * callback); null when there is none: then {@link #takeCallback} gives the callback to
     * run before next is asked again, or, if none, {@link #status} is the builtin's.
     */
    Trap next(BuiltinFrame b, Variables vars, long ret) {
        switch (phase) {
            case START -> {
                phase = Phase.CHECKED;
                return checkFd ? Libc.fstat(fd, st) : next(b, vars, 0);
            }
            case CHECKED -> {
                if (ret < 0) {
                    b.error("" + cmd + ": " + fd + ": invalid file descriptor: " + Errno.strerror(ret) + "\n");
                    return finish(1);
                }
                return prepare(b, vars) ? scan(vars) : finish(1);
            }
            case READ -> {
                if (ret == Errno.EINTR.ret()) {
                    return Libc.read(fd, buf, 0, buf.length);
                }
                if (ret <= 0) {
                    eof = true;
                    return line.size() > 0 && take(vars) ? null : finish(0);
                }
                bufPos = 0;
                bufLen = (int) ret;
                return scan(vars);
            }
            case CALLBACK -> {
                store(vars, pendingIndex, pendingLine);
                return eof || count > 0 && kept >= count ? finish(0) : scan(vars);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Sets up ARRAY before the first line, as bash does: refused (said on err) when readonly
     * or associative; emptied unless -O.
     */
    private boolean prepare(BuiltinFrame b, Variables vars) {
        if (vars.isReadonly(name)) {
            b.error(name + ": readonly variable\n");     // bash: without the builtin's name
            return false;
        }
        if (vars.isNoassign(name)) {
            return false;               // mapfile GROUPS: refused, silently (bash)
        }
        ShellArray old = vars.array(name);
        if (old != null && old.isAssoc()) {
            b.error("" + cmd + ": " + name + ": not an indexed array\n");
            return false;
        }
        if (origin < 0) {
            vars.putArray(name, ShellArray.indexed());
        } else {
            vars.toArray(name, false);
        }
        return true;
    }

    /** Looks at the bytes read: a line ends at each delimiter; more are read when they are used up. */
    private Trap scan(Variables vars) {
        while (bufPos < bufLen) {
            byte c = buf[bufPos++];
            if (c != delim) {
                line.write(c);
                continue;
            }
            if (!trim) {
                line.write(c);
            }
            if (take(vars)) {
                return null;
            }
            if (count > 0 && kept >= count) {
                return finish(0);
            }
        }
        phase = Phase.READ;
        return Libc.read(fd, buf, 0, buf.length);
    }

    /**
     * A line is complete: skipped, or stored at its index. True when the callback is due
     * first: every QUANTUM-th line kept, before it is stored (bash's order).
     */
    private boolean take(Variables vars) {
        String text = Shell.decode(line.toByteArray(), 0, line.size());
        line.reset();
        if (seen++ < skip) {
            return false;
        }
        long index = Math.max(origin, 0) + kept;
        if (callback != null && (kept + 1) % quantum == 0) {
            call = callback + " " + index + " " + TrapBuiltin.quote(text);
            pendingLine = text;
            pendingIndex = index;
            phase = Phase.CALLBACK;
            return true;
        }
        store(vars, index, text);
        return false;
    }

    private void store(Variables vars, long index, String text) {
        ShellArray a = vars.array(name);
        if (a == null || a.isAssoc()) {     // the callback unset it, or made it associative
            a = vars.toArray(name, false);
        }
        a.put(index, text);
        kept++;
    }

    private Trap finish(int s) {
        status = s;
        phase = Phase.DONE;
        return null;
    }

    /** The builtin's status, once {@link #next} returned null with no callback to run. */
    int status() {
        return status;
    }

    /** The command the callback is to run now, or null; given once. */
    String takeCallback() {
        String c = call;
        call = null;
        return c;
    }
}
