package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * Applies a command's redirections, in order, one syscall at a time: a small coroutine that
 * the owning frame drives ({@link #next} until it returns null, then {@link #error}).
 *
 * <p>Two modes. In a child about to execve ({@code dup}): open, dup2 onto the fd, close, as
 * sh.c does. In the shell itself, for a builtin: the shell's own 0, 1, 2 must survive, so the
 * files are opened and only remembered ({@link #fd} maps 1 and 2 to where the builtin must
 * write); the owner closes {@link #opened} afterwards. A here-document or here-string is a
 * pipe the body is fed into ({@link HereDocFeed}), whose read end then takes the fd's place
 * as an opened file would.
 */
final class Redirections {
    /**
     * A redirection after expansion: the word is a path, an fd number for N&gt;&amp;M / N&lt;&amp;M,
     * or the text of a here-document or here-string.
     */
    record Target(int fd, Node.RedirectOp op, String word) {
    }

    /** How a redirection's word is expanded: a body or here-string is one string, unsplit. */
    static ExpandFrame.Item item(Node.Redirect r) {
        return switch (r.op()) {
            case HEREDOC, HEREDOC_TABS -> new ExpandFrame.Item(r.doc().body(), false);
            case HERESTRING -> new ExpandFrame.Item(r.target(), false);
            default -> new ExpandFrame.Item(r.target(), true);
        };
    }

    /** The target from a redirection's expanded word, or null if it is not one word (ambiguous). */
    static Target target(Node.Redirect r, List<String> expanded) {
        if (expanded.size() != 1) {
            return null;
        }
        String word = r.op() == Node.RedirectOp.HERESTRING ? expanded.get(0) + "\n" : expanded.get(0);
        return new Target(r.fd(), r.op(), word);
    }

    /** Mode of files the shell creates: 0666, less the umask (applied by the kernel). */
    private static final int CREATE_MODE = 0666;

    private final List<Target> targets;
    private final boolean dup;
    private final int[] map = {0, 1, 2};
    private final ArrayList<Integer> opened = new ArrayList<>();
    /** Calls queued after an open (dup2, close): their results do not matter. */
    private final ArrayList<Syscall> queue = new ArrayList<>();
    private int next;
    /** The redirection whose open or dup2 result the next call brings, or null. */
    private Target pending;
    /** The here-document being fed, for pending, or null. */
    private HereDocFeed feed;
    private String error;

    Redirections(List<Target> targets, boolean dup) {
        this.targets = List.copyOf(targets);
        this.dup = dup;
    }

    Redirections copy() {
        Redirections r = new Redirections(targets, dup);
        System.arraycopy(map, 0, r.map, 0, map.length);
        r.opened.addAll(opened);
        r.queue.addAll(queue);
        r.next = next;
        r.pending = pending;
        r.feed = feed == null ? null : feed.copy();
        r.error = error;
        return r;
    }

    /** The next call to make, given the result of the previous one; null when all are done. */
    Trap next(long ret) {
        if (feed != null) {
            Trap t = feed.next(ret);
            if (t != null) {
                return t;
            }
            fed(pending);
            ret = 0;
        }
        if (pending != null) {
            Target t = pending;
            pending = null;
            if (ret < 0) {
                error = t.word() + ": " + Errno.strerror(ret);
                return null;
            }
            if (!isDup(t)) {
                opened(t, (int) ret);
            }
        }
        while (queue.isEmpty() && error == null && next < targets.size()) {
            Trap trap = start(targets.get(next++));
            if (trap != null) {
                return trap;
            }
        }
        return error == null && !queue.isEmpty() ? queue.remove(0) : null;
    }

    private static boolean isDup(Target t) {
        return t.op() == Node.RedirectOp.DUP_IN || t.op() == Node.RedirectOp.DUP_OUT;
    }

    private Trap start(Target t) {
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
            return closeFd(t.fd());
        }
        if (t.word().isEmpty() || t.word().length() > 9 || !Parser.isDigits(t.word())) {
            error = t.word() + ": ambiguous redirect";
            return null;
        }
        int from = Integer.parseInt(t.word());
        if (dup) {
            pending = t;
            return new Syscall.Dup2(from, t.fd());
        }
        if (t.fd() < map.length) {
            map[t.fd()] = from < map.length ? map[from] : from;
        }
        return null;
    }

    private static boolean isHere(Target t) {
        return t.op() == Node.RedirectOp.HEREDOC || t.op() == Node.RedirectOp.HEREDOC_TABS
                || t.op() == Node.RedirectOp.HERESTRING;
    }

    /** The body is in the pipe: its read end becomes the fd (moved there, in a child). */
    private void fed(Target t) {
        HereDocFeed f = feed;
        feed = null;
        pending = null;
        if (f.error() != null) {
            error = f.error();
            return;
        }
        int r = f.readFd();
        if (!dup) {
            opened.add(r);
            if (t.fd() < map.length) {
                map[t.fd()] = r;
            }
        } else if (r != t.fd()) {
            queue.add(new Syscall.Dup2(r, t.fd()));
            queue.add(new Syscall.Close(r));
        }
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

    /** Where a builtin writes what it would write to fd (0, 1 or 2); -1 if closed. */
    int fd(int fd) {
        return map[fd];
    }

    /** Files opened for a builtin, for the owner to close. */
    List<Integer> opened() {
        return opened;
    }
}
