package miniunix.app.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Termios;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * The read builtin, {@code read [-r] [NAME...]}: one line from fd 0 split into fields, each
 * NAME getting one (split by IFS, as bash splits: {@link #assign}) and the last NAME the rest of
 * the line; with no NAME, REPLY gets the whole line, not split nor trimmed. A
 * builtin because it sets the shell's variables; a small coroutine that the
 * {@link BuiltinFrame} drives, like {@link Redirections}.
 *
 * <p>The line is read one byte per read(2), as bash reads a pipe, so nothing after the newline
 * is consumed and the next command (or the next read) finds it. Without -r a backslash quotes
 * the next character and a backslash-newline joins lines. At end of file the partial line is
 * still assigned, and the status is 1, which is what ends {@code while read line}.
 *
 * <p>{@code read -a NAME} makes NAME an indexed array of every field.
 * {@code read -u FD} reads FD instead of 0 (one not open is bash's "invalid file descriptor",
 * said when the first read fails rather than checked before, as bash's sh_validfd does).
 * {@code -p PROMPT} writes PROMPT to fd 2 first, when the fd read is a terminal (isatty:
 * ioctl TCGETS), as bash does; {@code -s} turns the terminal's ECHO off while the line is read
 * (TCSETS) and back on after it, as -n, -N and -d turn ICANON off to read key by key; {@code -d DELIM} ends the line at DELIM's first character
 * instead of a newline (at NUL when DELIM is empty); {@code -n N} returns after N characters
 * or at the delimiter, {@code -N N} after exactly N characters, the delimiter being one of
 * them, and assigns them unsplit to the first NAME. {@code -t SECONDS} (a fraction too) gives
 * up when no byte comes in time: each read waits in poll(2) for what is left of the time by
 * CLOCK_MONOTONIC; what was read is assigned, status 142; {@code -t 0} only polls, status 0
 * when input is waiting. Simplified: no -e, -i;
 * characters are bytes (the C locale's).
 */
final class ReadBuiltin {
    /** Bash's usage line (of its options only -r and -a are ours: see above). */
    static final String USAGE = "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] "
            + "[-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n";

    private final int fd;
    private final boolean raw;
    private final List<String> names;
    /** No NAME was given: REPLY gets the whole line, unsplit and untrimmed, as in bash. */
    private final boolean reply;
    private final byte[] one = new byte[1];
    private byte[] line = new byte[64];
    private int len;
    private boolean reading;
    private int status;
    private boolean badFd;

    /** read -a NAME: every field goes to an element of the array NAME (its only name). */
    private final boolean array;

    /** -p's prompt, or null; -s; -d's delimiter (a byte); -n's or -N's count, or -1; -N. */
    private final String prompt;
    private final boolean silent;
    private final byte delim;
    private final int nchars;
    private final boolean exact;

    /** Where the terminal's modes stand: not asked, asked, left alone, changed, restored. */
    private enum Tty { UNASKED, ASKED, KEPT, CHANGED, RESTORED }

    private Tty tty = Tty.UNASKED;

    /** -t's timeout in microseconds, or -1; 0 asks only whether input is there (poll). */
    private final long timeoutUs;
    /** Before each read under -t: the clock, then poll(2) for what is left of the time. */
    private enum Wait { NONE, CLOCK, POLL, TAB, ANSWERED }

    private Wait wait = Wait.NONE;
    private long deadlineUs = -1;
    private final long[] now = new long[2];
    /** fd, polled for input: by -t before each read, and after a TAB to see whether more follows. */
    private final PollFd[] pollFd;
    /**
     * In an interactive shell: a line that comes to a canonical terminal ending in a TAB with
     * nothing after it is the front end's Tab (the line so far, TAB, VEOF: CompletionFrame),
     * which read answers with "no compspec" and drops, so Tab completes paths there and the
     * line comes again, whole, with its Enter.
     */
    private boolean tabAsks;
    /** Whether fd is a terminal, and its c_lflag then (TCGETS). */
    private boolean isTty;
    private int lflag;
    private boolean prompted;

    ReadBuiltin(int fd, boolean raw, List<String> names, boolean array) {
        this(fd, raw, names, array, null, false, (byte) '\n', -1, false, -1);
    }

    ReadBuiltin(int fd, boolean raw, List<String> names, boolean array, String prompt, boolean silent,
                byte delim, int nchars, boolean exact, long timeoutUs) {
        this.fd = fd;
        this.raw = raw;
        this.names = List.copyOf(names.isEmpty() ? List.of("REPLY") : names);
        this.reply = names.isEmpty();
        this.array = array;
        this.prompt = prompt;
        this.silent = silent;
        this.delim = delim;
        this.nchars = nchars;
        this.exact = exact;
        this.timeoutUs = timeoutUs;
        this.pollFd = new PollFd[] {new PollFd(fd, PollFd.POLLIN)};
    }

    ReadBuiltin copy() {
        ReadBuiltin r = new ReadBuiltin(fd, raw, reply ? List.of() : names, array, prompt, silent, delim,
                nchars, exact, timeoutUs);
        r.wait = wait;
        r.deadlineUs = deadlineUs;
        r.tabAsks = tabAsks;
        r.line = line.clone();
        r.len = len;
        r.reading = reading;
        r.status = status;
        r.badFd = badFd;
        r.tty = tty;
        r.isTty = isTty;
        r.lflag = lflag;
        r.prompted = prompted;
        return r;
    }

    /**
     * The next syscall, given the last one's result; null when the line is complete. As
     * bash's read.def: the terminal's modes first (TCGETS, then TCSETS if -s, -n, -N or -d
     * change them), then the prompt, then the reads, then the modes back.
     */
    Trap next(long ret) {
        if (timeoutUs == 0) {
            // -t 0: whether input is waiting, nothing read nor assigned (bash's input_avail)
            if (wait == Wait.NONE) {
                wait = Wait.POLL;
                return Libc.poll(pollFd, 0);
            }
            status = ret > 0 && (pollFd[0].revents & PollFd.POLLIN) != 0 ? 0 : 1;
            return null;
        }
        if (tty == Tty.UNASKED && (prompt != null || silent || nchars > 0 || delim != '\n' || tabAsks)) {
            tty = Tty.ASKED;
            return new Syscall.Ioctl(fd, Syscall.Ioctl.TCGETS, 0);
        }
        if (tty == Tty.ASKED) {
            isTty = ret >= 0;
            lflag = isTty ? (int) ret : 0;
            // -s: no echo; -n, -N and -d: key by key (bash's ttycbreak), not a line at a time
            int want = lflag & ~(silent ? Termios.ECHO : 0)
                    & ~(nchars > 0 || delim != '\n' ? Termios.ICANON : 0);
            if (isTty && want != lflag) {
                tty = Tty.CHANGED;
                return new Syscall.Ioctl(fd, Syscall.Ioctl.TCSETS, want);
            }
            tty = Tty.KEPT;
        }
        if (!prompted) {
            prompted = true;
            if (isTty && prompt != null && !prompt.isEmpty()) {
                byte[] b = prompt.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                return Libc.write(2, b, 0, b.length);
            }
        }
        if (tty == Tty.RESTORED) {
            return null;
        }
        Trap t = readNext(ret);
        if (t == null && tty == Tty.CHANGED) {
            tty = Tty.RESTORED;
            return new Syscall.Ioctl(fd, Syscall.Ioctl.TCSETS, lflag);
        }
        return t;
    }

    private Trap readNext(long ret) {
        if (nchars == 0) {
            return null;                    // -n 0: returns at once, reading nothing (bash)
        }
        if (wait == Wait.TAB) {
            wait = Wait.NONE;
            if (ret > 0 && (pollFd[0].revents & PollFd.POLLIN) != 0) {
                append((byte) '\t');       // more of the line follows: a TAB typed in it
                return read();
            }
            len = 0;
            wait = Wait.ANSWERED;
            byte[] b = (CompletionFrame.OSC + "-;" + CompletionFrame.END).getBytes(StandardCharsets.UTF_8);
            return Libc.write(2, b, 0, b.length);
        }
        if (wait == Wait.ANSWERED) {
            wait = Wait.NONE;
            return read();
        }
        if (wait == Wait.CLOCK) {
            long t = now[0] * 1_000_000 + now[1] / 1000;
            if (deadlineUs < 0) {
                deadlineUs = t + timeoutUs;
            }
            if (ret < 0 || t >= deadlineUs) {
                return timeUp();
            }
            wait = Wait.POLL;
            return Libc.poll(pollFd, (int) Math.min(Integer.MAX_VALUE, (deadlineUs - t + 999) / 1000));
        }
        if (wait == Wait.POLL) {
            wait = Wait.NONE;
            if (ret == 0) {
                return timeUp();
            }
            return ret < 0 ? read() : Libc.read(fd, one, 0, 1);    // a signal: the clock again
        }
        if (reading) {
            if (ret == Errno.EINTR.ret()) {
                return read();
            }
            if (ret <= 0) {
                status = 1;
                badFd |= ret == Errno.EBADF.ret();
                return null;
            }
            byte b = one[0];
            if (b == 0 && delim != 0) {
                // bash's read.def: NUL bytes in the input are skipped, silently. Simplified:
                // bash keeps one quoted by a backslash (without -r), which cuts its line there.
                return read();
            }
            if (b == delim && !exact && !raw && len > 0 && line[len - 1] == '\\' && !escaped(len - 1)) {
                len--;
                return read();
            }
            if (b == delim && !exact) {
                return null;
            }
            if (b == '\t' && tabAsks && isTty && tty != Tty.CHANGED && (lflag & Termios.ICANON) != 0) {
                wait = Wait.TAB;
                return Libc.poll(pollFd, 0);
            }
            append(b);
            if (nchars > 0 && len >= nchars) {
                return null;
            }
        }
        reading = true;
        return read();
    }

    private Trap read() {
        if (timeoutUs >= 0) {
            wait = Wait.CLOCK;
            return Libc.clockGettime(Syscall.ClockGettime.CLOCK_MONOTONIC, now);
        }
        return Libc.read(fd, one, 0, 1);
    }

    /** -t's time ran out: what was read is still assigned, and the status is bash's 128 + SIGALRM. */
    private Trap timeUp() {
        status = 142;
        wait = Wait.NONE;
        return null;
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

    /** An interactive shell's read: Tab at its terminal is answered, not read (see tabAsks). */
    ReadBuiltin tabAsks(boolean on) {
        tabAsks = on;
        return this;
    }

    /** Whether the line read is to be assigned: not after -t 0, which reads nothing. */
    boolean assigns() {
        return timeoutUs != 0;
    }

    /** 0 for a whole line, 1 at end of file, 142 when -t's time ran out. */
    int status() {
        return status;
    }

    /** The fd was not open (read -u FD): bash's "invalid file descriptor", nothing assigned. */
    boolean badFd() {
        return badFd;
    }

    /** The fd read from (0, or read -u's). */
    int fd() {
        return fd;
    }

    /**
     * Splits the line by IFS, as bash does, and sets the variables: the names that are
     * readonly, which are not set (bash's error for each, status 1). Leading and trailing IFS
     * whitespace goes; each NAME but the last gets one field; the last gets the rest of the
     * line, or only its one field when a single delimiter ends it (IFS=: and "y:" give "y").
     * Without -r a backslash quotes the next character: it is no delimiter, and the backslash
     * goes.
     */
    List<String> assign(Variables vars) {
        String ifs = vars.value("IFS");
        if (ifs == null) {
            ifs = " \t\n";
        }
        String text = Shell.decode(line, 0, len);
        // The characters, with backslashes removed (without -r), and which of them are quoted.
        StringBuilder chars = new StringBuilder(text.length());
        boolean[] quoted = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && !raw && i + 1 < text.length()) {
                c = text.charAt(++i);
                quoted[chars.length()] = true;
            }
            chars.append(c);
        }
        if (reply && !array || exact && !array) {
            // No NAME: REPLY gets the line as it is; -N: the first NAME does, unsplit (bash)
            for (int k = 0; k < names.size(); k++) {
                if (vars.isReadonly(names.get(k))) {
                    status = 1;
                    return List.of(names.get(k));
                }
                vars.set(names.get(k), k == 0 ? chars.toString() : "");
            }
            return List.of();
        }
        Splitter sp = new Splitter(chars, quoted, ifs);
        List<String> fields = new ArrayList<>();
        sp.skipWhite();
        if (array) {
            while (!sp.atEnd()) {
                fields.add(sp.field());
                sp.delimiter();
            }
            if (vars.isReadonly(names.get(0))) {
                status = 1;
                return names;
            }
            if (vars.isNoassign(names.get(0))) {
                status = 1;                 // read -a GROUPS: refused, silently (bash)
                return List.of();
            }
            vars.setArray(names.get(0), fields);
            return List.of();
        }
        while (!sp.atEnd() && fields.size() < names.size() - 1) {
            fields.add(sp.field());
            sp.delimiter();
        }
        if (!sp.atEnd()) {
            int from = sp.pos;
            int end = chars.length();
            while (end > from && !quoted[end - 1] && Fields.isIfsWhite(chars.charAt(end - 1))
                    && ifs.indexOf(chars.charAt(end - 1)) >= 0) {
                end--;
            }
            String one = sp.field();
            sp.delimiter();
            fields.add(sp.pos >= end ? one : chars.substring(from, end));
        }
        List<String> refused = new ArrayList<>();
        // A refused NAME ends the assignments, as in bash: the names after it keep their values.
        for (int k = 0; k < names.size(); k++) {
            if (vars.isReadonly(names.get(k))) {
                refused.add(names.get(k));
                break;
            } else if (vars.isNoassign(names.get(k))) {
                status = 1;                 // read GROUPS: refused, silently (bash)
                break;
            }
            vars.set(names.get(k), k < fields.size() ? fields.get(k) : "");
        }
        if (!refused.isEmpty()) {
            status = 1;
        }
        return refused;
    }

    /** Walks a line field by field: quoted characters are never delimiters. */
    private static final class Splitter {
        private final CharSequence chars;
        private final boolean[] quoted;
        private final String ifs;
        int pos;

        Splitter(CharSequence chars, boolean[] quoted, String ifs) {
            this.chars = chars;
            this.quoted = quoted;
            this.ifs = ifs;
        }

        boolean atEnd() {
            return pos >= chars.length();
        }

        private boolean isIfs(int i) {
            return !quoted[i] && ifs.indexOf(chars.charAt(i)) >= 0;
        }

        private boolean isWhite(int i) {
            return isIfs(i) && Fields.isIfsWhite(chars.charAt(i));
        }

        void skipWhite() {
            while (!atEnd() && isWhite(pos)) {
                pos++;
            }
        }

        /** The characters up to the next delimiter. */
        String field() {
            int from = pos;
            while (!atEnd() && !isIfs(pos)) {
                pos++;
            }
            return chars.subSequence(from, pos).toString();
        }

        /** One delimiter: IFS whitespace, and at most one other IFS character with whitespace after it. */
        void delimiter() {
            skipWhite();
            if (!atEnd() && isIfs(pos)) {
                pos++;
                skipWhite();
            }
        }
    }
}
