package miniunix.app.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * The fc builtin (bash 5.2's fc.def) over the shell's history list ({@link History}):
 * {@code fc -l [-nr] [FIRST [LAST]]} lists commands ("N\t command", the last 16 by default),
 * {@code fc -s [PAT=REP ...] [COMMAND]} (or {@code fc -e -}) runs one again, echoed to stderr,
 * after replacing the first PAT in it with REP, and {@code fc [-e ENAME] [FIRST [LAST]]}
 * writes the commands to a temporary file ($TMPDIR or /tmp, bash-fc.XXXXXX), runs the editor
 * on it ({@code ENAME FILE}, or {@code ${FCEDIT:-${EDITOR:-vi}} FILE}, a command like any
 * other), and runs what the file then holds, each line echoed as it is read and each command
 * entered into the history. FIRST and LAST are history numbers, negative offsets from the
 * last command, or the start of a command; fc's own line is not among them, and an edit takes
 * it out of the history (a re-run replaces it with the command run).
 *
 * <p>A non-interactive shell keeps no history: fc -l and fc list or edit nothing (status 0),
 * fc -s finds no command, as bash's with history off.
 *
 * <p>A coroutine the {@link BuiltinFrame} drives: {@link #next} gives a syscall, or null when
 * it has pushed frames (the echo and the command, the file's text, the editor) or is done.
 *
 * <p>Simplified: no HISTCONTROL/HISTIGNORE (every command was entered); POSIX mode's ed default.
 */
final class FcBuiltin {
    private static final String USAGE =
            "fc: usage: fc [-e ename] [-lnr] [first] [last] or fc -s [pat=rep] [command]\n";
    /** bash's fc_gethnum results that are no history index. */
    private static final int NOT_FOUND = -1;
    private static final int INVALID = -2;
    private static final String NAME_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private enum Phase {
        START, NAMED, OPENED, WRITTEN, CLOSED, EDITED, READ_OPENED, READ, UNLINKED, RUN,
        EXECUTED, DONE
    }

    private final List<String> argv;
    private Phase phase = Phase.START;
    private int status;
    /** The edit: the commands written, the temp file, its fd, the editor's command. */
    private String text;
    private String file;
    private int fd;
    private String editor;
    private byte[] buf;
    private int len;

    FcBuiltin(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    FcBuiltin copy() {
        FcBuiltin f = new FcBuiltin(argv);
        f.phase = phase;
        f.status = status;
        f.text = text;
        f.file = file;
        f.fd = fd;
        f.editor = editor;
        f.buf = buf == null ? null : buf.clone();
        f.len = len;
        return f;
    }

    boolean done() {
        return phase == Phase.DONE;
    }

    int status() {
        return status;
    }

    /** The next syscall; null when frames were pushed (step again) or fc is {@link #done}. */
    Trap next(BuiltinFrame b, Shell sh, long ret) {
        return switch (phase) {
            case START -> start(b, sh);
            case NAMED -> {
                file = tmpdir(sh) + "/bash-fc." + name(buf);
                phase = Phase.OPENED;
                yield Libc.open(file, Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_EXCL, 0600);
            }
            case OPENED -> opened(b, sh, ret);
            case WRITTEN -> {
                phase = Phase.CLOSED;
                yield new Syscall.Close(fd);
            }
            case CLOSED -> {
                phase = Phase.EDITED;
                sh.vars.status = 0;
                sh.push(SourceFrame.of(List.of("eval", editor)));
                yield null;
            }
            case EDITED -> {
                if (sh.vars.status != 0) {
                    yield finish(1, Libc.unlink(file));
                }
                phase = Phase.READ_OPENED;
                yield Libc.open(file, Fcntl.O_RDONLY | Fcntl.O_CLOEXEC, 0);
            }
            case READ_OPENED -> {
                if (ret < 0) {
                    b.error("fc: " + file + ": " + Errno.strerror(ret) + "\n");
                    yield finish(1, Libc.unlink(file));
                }
                fd = (int) ret;
                buf = new byte[4096];
                len = 0;
                phase = Phase.READ;
                yield Libc.read(fd, buf, 0, buf.length);
            }
            case READ -> read(ret);
            case UNLINKED -> {
                phase = Phase.RUN;
                yield Libc.unlink(file);
            }
            case RUN -> {
                phase = Phase.EXECUTED;
                sh.vars.status = 0;
                sh.push(ReadFrame.edited(Shell.decode(buf, 0, len)));
                buf = null;
                yield null;
            }
            case EXECUTED -> finish(sh.vars.status, null);
            case DONE -> null;
        };
    }

    private Trap start(BuiltinFrame b, Shell sh) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "e:lnrs", USAGE);
        boolean numbering = true;
        boolean reverse = false;
        boolean listing = false;
        boolean execute = false;
        String ename = null;
        while (!isNumber(o.word())) {           // fc -5: an offset, not an option (fc_number)
            int c = o.next();
            if (c == BuiltinOptions.END) {
                break;
            } else if (c == BuiltinOptions.BAD) {
                return finish(BuiltinOptions.STATUS, null);
            }
            numbering &= c != 'n';
            listing |= c == 'l';
            reverse |= c == 'r';
            execute |= c == 's';
            ename = c == 'e' ? o.arg() : ename;
        }
        List<String> args = o.operands();
        if (execute || "-".equals(ename)) {
            return execute(b, sh, args);
        }
        History h = sh.history;
        if (h.size() == 0) {                    // bash's history_list () == 0
            return finish(0, null);
        }
        int lastHist = Math.max(0, h.size() - 2);   // the command before fc's own line
        int realLast = h.size() - 1;
        int beg;
        int end;
        if (!args.isEmpty()) {
            beg = number(h, args.get(0), listing, true);
            end = args.size() > 1 ? number(h, args.get(1), listing, false)
                    : beg == realLast && listing ? realLast : listing ? lastHist : beg;
        } else {
            end = lastHist;
            beg = listing ? Math.max(0, end - 16 + 1) : end;
        }
        if (beg == INVALID || end == INVALID) {
            b.error("fc: history specification out of range\n");
            return finish(1, null);
        } else if (beg == NOT_FOUND || end == NOT_FOUND) {
            b.error("fc: no command found\n");
            return finish(1, null);
        }
        if (end < beg) {
            int t = end;
            end = beg;
            beg = t;
            reverse = true;
        }
        if (!listing) {
            sh.history = h.without(h.size() - 1);      // the fc that edits is no history
            end = Math.min(end, sh.history.size() - 1);
            beg = Math.min(beg, end);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = reverse ? end : beg; reverse ? i >= beg : i <= end; i += reverse ? -1 : 1) {
            if (numbering && listing) {
                sb.append(i + 1);
            }
            sb.append(listing ? "\t " : "").append(h.get(i)).append('\n');
        }
        if (listing) {
            b.say(b.out(), sb.toString());
            return finish(0, null);
        }
        text = sb.toString();
        editor = (ename != null ? ename : "${FCEDIT:-${EDITOR:-vi}}") + " ";
        buf = new byte[6];
        phase = Phase.NAMED;
        return Libc.getrandom(buf, 0, buf.length, 0);
    }

    /**
     * fc -s [PAT=REP ...] [COMMAND]: the last command (or the last that starts with COMMAND, or
     * numbered COMMAND) with each PAT replaced by REP once, echoed to stderr, put in the history
     * in fc's place and run as eval would run it.
     */
    private Trap execute(BuiltinFrame b, Shell sh, List<String> args) {
        List<String[]> subs = new ArrayList<>();
        int k = 0;
        for (; k < args.size() && args.get(k).indexOf('=') >= 0; k++) {
            String a = args.get(k);
            int eq = a.indexOf('=');
            subs.add(new String[] {a.substring(0, eq), a.substring(eq + 1)});
        }
        History h = sh.history;
        String spec = k < args.size() ? args.get(k) : null;
        int at = h.size() == 0 ? NOT_FOUND : number(h, spec, false, false);
        if (at < 0) {
            b.error("fc: no command found\n");
            return finish(1, null);
        }
        String command = h.get(at);
        for (String[] s : subs) {
            int i = s[0].isEmpty() ? -1 : command.indexOf(s[0]);
            if (i >= 0) {
                command = command.substring(0, i) + s[1] + command.substring(i + s[0].length());
            }
        }
        sh.history = h.without(h.size() - 1).with(command);
        phase = Phase.EXECUTED;
        sh.push(SourceFrame.of(List.of("eval", command)));
        sh.print(b.err(), command + "\n");
        return null;
    }

    /**
     * bash's fc_gethnum: the index SPEC names, counting fc's own line out (the last entry);
     * a number is a history number (out of range: the oldest for FIRST, else the newest), a
     * negative one an offset back, -0 fc's own line when listing (else {@link #INVALID}); any
     * other word the newest command that starts with it, or {@link #NOT_FOUND}.
     */
    private static int number(History h, String spec, boolean listing, boolean first) {
        int last = h.size() - 2;
        if (last < 0) {
            return NOT_FOUND;
        }
        if (spec == null) {
            return last;
        }
        boolean negative = spec.startsWith("-");
        String s = negative ? spec.substring(1) : spec;
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            long n = leadingNumber(s) * (negative ? -1 : 1);
            if (n < 0) {
                return (int) Math.max(0, n + last + 1);
            } else if (n == 0) {
                return negative ? listing ? h.size() - 1 : INVALID : last;
            }
            n -= 1;                             // history_base
            return n >= last ? first ? 0 : last : (int) n;
        }
        for (int j = last; j >= 0; j--) {
            if (h.get(j).startsWith(spec)) {
                return j;
            }
        }
        return NOT_FOUND;
    }

    /** atoi: the digits at the start of s (s starts with one), saturated. */
    private static long leadingNumber(String s) {
        long n = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            n = Math.min(Integer.MAX_VALUE, n * 10 + (s.charAt(i) - '0'));
        }
        return n;
    }

    /** bash's fc_number: a word that is a number, with a '-' or not, ends the options. */
    private static boolean isNumber(String w) {
        if (w == null) {
            return false;
        }
        String s = w.strip();
        s = s.startsWith("-") ? s.substring(1) : s;
        s = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        return Parser.isDigits(s) && s.length() <= 18;
    }

    private Trap opened(BuiltinFrame b, Shell sh, long ret) {
        if (ret == Errno.EEXIST.ret()) {
            phase = Phase.NAMED;
            buf = new byte[6];
            return Libc.getrandom(buf, 0, buf.length, 0);
        }
        if (ret < 0) {
            b.error("fc: " + file + ": cannot open temp file: " + Errno.strerror(ret) + "\n");
            return finish(1, null);
        }
        fd = (int) ret;
        editor += file;
        phase = Phase.WRITTEN;
        sh.push(new Frame.Write(fd, text));
        return null;
    }

    private Trap read(long ret) {
        if (ret > 0) {
            len += (int) ret;
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, 2 * buf.length);
            }
            return Libc.read(fd, buf, len, buf.length - len);
        }
        phase = Phase.UNLINKED;
        return new Syscall.Close(fd);
    }

    /** $TMPDIR when it names a directory by an absolute path, else /tmp (bash's get_tmpdir). */
    private static String tmpdir(Shell sh) {
        String t = sh.vars.value("TMPDIR");
        return t != null && t.startsWith("/") ? t : "/tmp";
    }

    /** mkstemp's XXXXXX from random bytes. */
    private static String name(byte[] random) {
        StringBuilder sb = new StringBuilder();
        for (byte r : random) {
            sb.append(NAME_CHARS.charAt((r & 0xff) % NAME_CHARS.length()));
        }
        return sb.toString();
    }

    private Trap finish(int s, Trap last) {
        status = s;
        phase = Phase.DONE;
        return last;
    }
}
