package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * Applies a command's redirections, in order, one syscall at a time: a small coroutine that
 * the owning frame drives ({@link #next} until it returns null and {@link #waiting} is
 * false, then {@link #error}). Each redirection's word is expanded just before that
 * redirection is done, as bash's do_redirections does, so {@code exec {a}>f {b}>&$a} sees the
 * new $a, and a word that is ambiguous stops the redirections there, those before it done.
 * The expansion may need a frame ({@link ExpandFrame}: a command substitution): the owner
 * then returns, and calls {@link #next} again when that frame is done.
 *
 * <p>Two modes. In a child about to execve ({@code dup}): open, dup2 onto the fd, close, as
 * sh.c does. In the shell itself, for a builtin: the shell's own 0, 1, 2 must survive, so the
 * files are opened and only remembered ({@link #fd} maps 1 and 2 to where the builtin must
 * write); the owner closes {@link #opened} afterwards. A here-document or here-string is a
 * pipe the body is fed into ({@link HereDocFeed}), whose read end then takes the fd's place
 * as an opened file would.
 *
 * <p>In the shell with {@code save} (a compound command's or a function's redirections,
 * bash's redirection undo list), each fd a redirection changes is first copied to the lowest
 * free fd from 10 up with fcntl(F_DUPFD_CLOEXEC), just before that redirection; {@link
 * #restore} gives the calls that put them back.
 *
 * <p>bash's {NAME} redirections ({@code exec {fd}>file}): the file is opened, moved to the
 * lowest free fd from 10 up (fcntl F_DUPFD, as bash's SHELL_FD_BASE) and its number stored
 * in NAME; that fd is never undone or closed after the command (varredir_close off), in
 * either mode. {NAME}&gt;&amp;- closes the fd NAME holds ({@link #target}).
 */
final class Redirections {
    /**
     * A redirection after expansion: the word is a path, an fd number for N&gt;&amp;M / N&lt;&amp;M,
     * or the text of a here-document or here-string.
     */
    record Target(int fd, Node.RedirectOp op, String word, String var, String shown) {
        Target(int fd, Node.RedirectOp op, String word) {
            this(fd, op, word, null, word);
        }
    }

    /** How a redirection's word is expanded: a body or here-string is one string, unsplit. */
    static ExpandFrame.Item item(Node.Redirect r) {
        return switch (r.op()) {
            case HEREDOC, HEREDOC_TABS -> new ExpandFrame.Item(r.doc().body(), false);
            case HERESTRING -> new ExpandFrame.Item(r.target(), false);
            default -> new ExpandFrame.Item(r.target(), true);
        };
    }

    /**
     * The target from a redirection's expanded word, or null if it is ambiguous: not one word,
     * or {NAME}&gt;&amp;- with no fd in NAME ({@link #ambiguous} names it). NAME is read as
     * this redirection comes, so {@code exec {a}>f {a}>&-} closes the new fd.
     */
    static Target target(Shell sh, Node.Redirect r, List<String> expanded) {
        if (expanded.size() != 1) {
            return null;
        }
        String word = r.op() == Node.RedirectOp.HERESTRING ? expanded.get(0) + "\n" : expanded.get(0);
        Node.RedirectOp op = r.op();
        if (op == Node.RedirectOp.DUP_OR_ALL) {     // >&WORD: a dup if WORD is a number, bash decides once expanded
            op = Parser.isDigits(word) || word.equals("-") ? Node.RedirectOp.DUP_OUT : Node.RedirectOp.OUT_ALL;
        }
        if (r.var() != null && isDup(op) && word.equals("-")) {
            int fd = fdIn(sh.vars.get(r.var()));
            return fd < 0 ? null : new Target(fd, op, word);
        }
        return new Target(r.fd(), op, word, r.var(), shown(r, word));
    }

    /**
     * What a failed dup names, as bash's redirection_error guesses: a number as typed, else
     * the word as typed when the fd is the operator's own (>&$fd), else the fd ({@code 2>&$fd}).
     */
    private static String shown(Node.Redirect r, String word) {
        String typed = r.target().text();
        if (!isDup(r.op()) && r.op() != Node.RedirectOp.DUP_OR_ALL || Parser.isDigits(typed)) {
            return word;
        }
        return r.var() != null || r.fd() == r.op().defaultFd ? typed : Integer.toString(r.fd());
    }

    /** What bash's "ambiguous redirect" names: the word, or NAME for {NAME}&gt;&amp;-. */
    static String ambiguous(Node.Redirect r) {
        return r.var() != null && isDup(r.op()) ? r.var() : r.target().text();
    }

    /**
     * The fd a {NAME}&gt;&amp;- closes, from NAME's value as bash's redir_varvalue reads it: -1
     * (ambiguous) when empty or negative; a value that is not a number is 0, as legal_number
     * leaves it.
     */
    private static int fdIn(String value) {
        if (value.isEmpty()) {
            return -1;
        }
        try {
            return (int) Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Mode of files the shell creates: 0666, less the umask (applied by the kernel). */
    private static final int CREATE_MODE = 0666;

    private final List<Node.Redirect> redirects;
    private final boolean dup;
    /** Each fd changed is saved first, for {@link #restore} (a compound command's, a function's). */
    private final boolean save;
    /** The word of redirects[next - 1] is being expanded by a frame the owner waits for. */
    private boolean expanding;
    /** Its expansion failed: the owner has been unwound and must only return. */
    private boolean aborted;
    /** The redirection expanded and about to be done, once the fds it changes are saved; or null. */
    private Target started;
    /** The fd whose fcntl(F_DUPFD_CLOEXEC) result the next call brings, or -1. */
    private int savingFd = -1;
    /** The fds saved, and where each went (-1: it was not open, so restoring closes it). */
    private final ArrayList<Integer> savedFds = new ArrayList<>();
    private final ArrayList<Integer> savedTo = new ArrayList<>();
    private final int[] map = {0, 1, 2};
    private final ArrayList<Integer> opened = new ArrayList<>();
    /** Calls queued after an open (dup2, close): their results do not matter. */
    private final ArrayList<Syscall> queue = new ArrayList<>();
    private int next;
    /** The redirection whose open or dup2 result the next call brings, or null. */
    private Target pending;
    /** The {NAME} redirection whose fcntl(F_DUPFD) result the next call brings, or null. */
    private Target allocating;
    /** The fd allocating copies, and whether it is to be closed then (one opened for it). */
    private int source;
    private boolean closeSource;
    /** Errors said before {@link #error}, each a whole line ("NAME: readonly variable"). */
    private String said = "";
    /** The here-document being fed, for pending, or null. */
    private HereDocFeed feed;
    private String error;

    /**
     * redirects, their words not yet expanded: dup'ed onto the fds ({@code dup}: in a child,
     * for exec, or in the shell with save) or only opened (a builtin's).
     */
    Redirections(List<Node.Redirect> redirects, boolean dup, boolean save) {
        this.redirects = List.copyOf(redirects);
        this.dup = dup;
        this.save = save;
    }

    Redirections(List<Node.Redirect> redirects, boolean dup) {
        this(redirects, dup, false);
    }

    Redirections copy() {
        Redirections r = new Redirections(redirects, dup, save);
        r.expanding = expanding;
        r.aborted = aborted;
        r.started = started;
        r.savingFd = savingFd;
        r.savedFds.addAll(savedFds);
        r.savedTo.addAll(savedTo);
        System.arraycopy(map, 0, r.map, 0, map.length);
        r.opened.addAll(opened);
        r.queue.addAll(queue);
        r.next = next;
        r.pending = pending;
        r.allocating = allocating;
        r.source = source;
        r.closeSource = closeSource;
        r.said = said;
        r.feed = feed == null ? null : feed.copy();
        r.error = error;
        return r;
    }

    /**
     * The next call to make, given the result of the previous one; null when all are done, or
     * when {@link #waiting}. sh is the shell whose variables the words read and {NAME}
     * redirections set.
     */
    Trap next(Shell sh, long ret) {
        if (aborted) {
            return null;
        }
        if (expanding) {
            expanding = false;
            if (!begin(sh, redirects.get(next - 1), sh.expansion.words().get(0))) {
                return null;
            }
        } else if (savingFd >= 0) {
            savedFds.add(savingFd);
            savedTo.add((int) Math.max(ret, -1));
            if (ret >= 0) {
                sh.savedFds.add((int) ret);
            }
            savingFd = -1;
        } else if (feed != null) {
            Trap t = feed.next(ret);
            if (t != null) {
                return t;
            }
            ret = fed(pending);
            if (ret < 0) {
                return null;
            }
        }
        if (allocating != null) {
            allocated(sh, ret);
        } else if (pending != null) {
            Target t = pending;
            pending = null;
            if (ret < 0) {
                error = t.shown() + ": " + Errno.strerror(ret);
                return null;
            }
            if (t.var() != null) {
                return allocate(t, (int) ret, true);
            }
            if (!isDup(t)) {
                opened(t, (int) ret);
            } else if (!dup) {
                duplicated(t);
            }
        }
        while (queue.isEmpty() && error == null && (started != null || next < redirects.size())) {
            if (started == null) {
                Node.Redirect r = redirects.get(next++);
                ExpandFrame x = new ExpandFrame(List.of(item(r)));
                if (!dup) {
                    x.withBuiltinFds(map, opened);
                }
                if (!x.expandInCaller(sh)) {
                    sh.push(x);
                    expanding = true;
                    return null;
                }
                if (x.failed()) {
                    aborted = true;
                    return null;
                }
                if (!begin(sh, r, sh.expansion.words().get(0))) {
                    return null;
                }
            }
            int fd = unsaved(started);
            if (fd >= 0) {
                savingFd = fd;
                return new Syscall.Fcntl(fd, Fcntl.F_DUPFD_CLOEXEC, RedirectFrame.SAVE_BASE);
            }
            Target t = started;
            started = null;
            Trap trap = start(sh, t);
            if (trap != null) {
                return trap;
            }
        }
        return queue.isEmpty() ? null : queue.remove(0);
    }

    /** The owner must return and wait: a frame expands a word, or an expansion failed. */
    boolean waiting() {
        return expanding || aborted;
    }

    /** The redirection r's word is expanded: its target is next, or bash's ambiguous redirect. */
    private boolean begin(Shell sh, Node.Redirect r, List<String> words) {
        started = target(sh, r, words);
        if (started == null) {
            error = ambiguous(r) + ": ambiguous redirect";
            return false;
        }
        return true;
    }

    /** An fd t changes that is still to be saved (with save), or -1. */
    private int unsaved(Target t) {
        if (!save || t.var() != null) {
            return -1;
        }
        boolean both = t.op() == Node.RedirectOp.OUT_ALL || t.op() == Node.RedirectOp.APPEND_ALL;
        for (int fd : both ? new int[] {1, 2} : new int[] {t.fd()}) {
            if (!savedFds.contains(fd)) {
                return fd;
            }
        }
        return -1;
    }

    /**
     * The calls that undo the redirections (with save): each saved fd dup2'ed back and its
     * copy closed, an fd that was not open closed. Given once.
     */
    List<Syscall> restore(Shell sh) {
        List<Syscall> calls = new ArrayList<>();
        for (int i = 0; i < savedFds.size(); i++) {
            int to = savedTo.get(i);
            if (to >= 0) {
                calls.add(new Syscall.Dup2(to, savedFds.get(i)));
                calls.add(new Syscall.Close(to));
                sh.savedFds.remove(Integer.valueOf(to));
            } else {
                calls.add(new Syscall.Close(savedFds.get(i)));
            }
        }
        savedFds.clear();
        savedTo.clear();
        return calls;
    }

    private static boolean isDup(Target t) {
        return isDup(t.op());
    }

    private static boolean isDup(Node.RedirectOp op) {
        return op == Node.RedirectOp.DUP_IN || op == Node.RedirectOp.DUP_OUT;
    }

    /** fcntl(fd, F_DUPFD, 10) for a {NAME} redirection; fd is closed after if it was opened for it. */
    private Trap allocate(Target t, int fd, boolean opened) {
        allocating = t;
        source = fd;
        closeSource = opened;
        return new Syscall.Fcntl(fd, Fcntl.F_DUPFD, RedirectFrame.SAVE_BASE);
    }

    /**
     * The copy is made (or not): the fd it was made from is closed if it was opened for it, and
     * NAME set, as bash's redir_varassign; a readonly NAME gets bash's two errors and the copy
     * is closed.
     */
    private void allocated(Shell sh, long ret) {
        Target t = allocating;
        allocating = null;
        if (closeSource) {
            queue.add(new Syscall.Close(source));
        }
        if (ret < 0) {
            said += sh.errorName() + ": redirection error: cannot duplicate fd: " + Errno.strerror(ret) + "\n";
            error = t.shown() + ": " + Errno.strerror(ret);
            return;
        }
        int open = t.var().indexOf('[');
        String name = open < 0 ? t.var() : t.var().substring(0, open);
        if (sh.vars.isReadonly(name)) {
            said += sh.errorPrefix() + name + ": readonly variable\n";
            error = t.var() + ": cannot assign fd to variable";
            queue.add(new Syscall.Close((int) ret));
            return;
        }
        if (open < 0) {
            sh.vars.set(name, Long.toString(ret));
            return;
        }
        String index = t.var().substring(open + 1, t.var().length() - 1);    // {NAME[SUB]}: an element
        ArrayAssign.Failure f = new ArrayAssign(name, index, index, false, Long.toString(ret), null).perform(sh.vars);
        if (f != null) {
            error = f.message();
            queue.add(new Syscall.Close((int) ret));
        }
    }

    private Trap start(Shell sh, Target t) {
        if (isHere(t)) {
            pending = t;
            feed = new HereDocFeed(t.word());
            return feed.next(0);
        }
        if (!isDup(t)) {
            pending = t;
            return Libc.open(t.word(), flags(t.op()), CREATE_MODE);
        }
        if (t.word().equals("-")) {
            if (dup) {
                CoprocFrame.closed(sh, t.fd());
            }
            return closeFd(t.fd());
        }
        if (t.word().isEmpty() || t.word().length() > 9 || !Parser.isDigits(t.word())) {
            error = t.word() + ": ambiguous redirect";
            return null;
        }
        int from = Integer.parseInt(t.word());
        if (t.var() != null) {
            return allocate(t, !dup && from < map.length ? map[from] : from, false);
        }
        if (dup) {
            pending = t;
            return new Syscall.Dup2(from, t.fd());
        }
        int source = from < map.length ? map[from] : from;
        if (source < 0) {
            error = t.word() + ": " + Errno.strerror(Errno.EBADF.ret());
            return null;
        }
        pending = t;
        return Libc.fstat(source, new StatBuf());   // an fd that is not open fails, as bash's dup2 would
    }

    /** N&gt;&amp;M for a builtin, M open: N now writes (or reads) where M does. */
    private void duplicated(Target t) {
        int from = Integer.parseInt(t.word());
        if (t.fd() < map.length) {
            map[t.fd()] = from < map.length ? map[from] : from;
        }
    }

    private static boolean isHere(Target t) {
        return t.op() == Node.RedirectOp.HEREDOC || t.op() == Node.RedirectOp.HEREDOC_TABS
                || t.op() == Node.RedirectOp.HERESTRING;
    }

    /**
     * The body is in the pipe: its read end becomes the fd (moved there, in a child), or for
     * {NAME} stays pending as an opened file's fd would (returned; -1 after an error).
     */
    private long fed(Target t) {
        HereDocFeed f = feed;
        feed = null;
        pending = null;
        if (f.error() != null) {
            error = f.error();
            return -1;
        }
        int r = f.readFd();
        if (t.var() != null) {
            pending = t;
            return r;
        }
        if (!dup) {
            opened.add(r);
            if (t.fd() < map.length) {
                map[t.fd()] = r;
            }
        } else if (r != t.fd()) {
            queue.add(new Syscall.Dup2(r, t.fd()));
            queue.add(new Syscall.Close(r));
        }
        return 0;
    }

    private Trap closeFd(int fd) {
        if (dup) {
            return new Syscall.Close(fd);
        }
        if (fd < map.length) {
            map[fd] = -1;
        }
        return null;
    }

    private static int flags(Node.RedirectOp op) {
        return switch (op) {
            case IN -> Fcntl.O_RDONLY;
            case READ_WRITE -> Fcntl.O_RDWR | Fcntl.O_CREAT;
            case APPEND, APPEND_ALL -> Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_APPEND;
            default -> Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_TRUNC;
        };
    }

    private void opened(Target t, int fd) {
        boolean both = t.op() == Node.RedirectOp.OUT_ALL || t.op() == Node.RedirectOp.APPEND_ALL;
        int[] onto = both ? new int[] {1, 2} : new int[] {t.fd()};
        if (!dup) {
            opened.add(fd);
            for (int f : onto) {
                if (f < map.length) {
                    map[f] = fd;
                }
            }
            return;
        }
        boolean keep = false;
        for (int f : onto) {
            keep |= f == fd;
            if (f != fd) {
                queue.add(new Syscall.Dup2(fd, f));
            }
        }
        if (!keep) {
            queue.add(new Syscall.Close(fd));
        }
    }

    /** The message for a failed redirection ("/tmp: Is a directory"), or null. */
    String error() {
        return error;
    }

    /** The whole report of the failure, bash's errors before it included, for fd 2. */
    String report(Shell sh) {
        return said + sh.errorPrefix() + error + "\n";
    }

    /** Where a builtin writes what it would write to fd (0, 1 or 2); -1 if closed. */
    int fd(int fd) {
        return map[fd];
    }

    /** Files opened for a builtin, for the owner to close. */
    List<Integer> opened() {
        return opened;
    }
}
