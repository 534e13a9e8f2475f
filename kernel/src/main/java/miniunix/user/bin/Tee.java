package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * tee(1) of coreutils: copies stdin to stdout and to each FILE (truncated, or appended to with
 * -a; -i ignores SIGINT). A FILE that can't be opened or written is reported
 * ({@code tee: x: No such file or directory}) and dropped; the others go on, and the exit
 * status is 1.
 * <pre>
 *   for (i = 1; i &lt;= n; i++) fd[i] = open(file[i], O_WRONLY | O_CREAT | O_TRUNC, 0666);
 *   while ((len = read(0, buf, sizeof buf)) &gt; 0)
 *       for (i = 0; i &lt;= n; i++) if (fd[i] &gt;= 0) write(fd[i], buf, len);
 * </pre>
 */
public final class Tee extends Proc {
    private static final String USAGE = "Usage: tee [OPTION]... [FILE]...\n"
            + "Copy standard input to each FILE, and also to standard output.\n\n"
            + "  -a, --append              append to the given FILEs, do not overwrite\n"
            + "  -i, --ignore-interrupts   ignore interrupt signals\n"
            + "      --help        display this help and exit\n";

    private enum Pc { START, SIGNALS, OPENED, READ, WROTE }

    private Pc pc = Pc.START;
    /** Output i: fd 1 is output 0, "standard output"; FILE k is output k. */
    private List<String> names = List.of();
    private int[] fds = new int[0];
    private boolean append;
    private int current;
    private byte[] buf = new byte[65536];
    private int len;
    private int done;
    private boolean failed;

    public Tee(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case SIGNALS:
                return open(0);
            case OPENED:
                fds[current] = ret < 0 ? -1 : (int) ret;
                if (ret < 0) {
                    failed(ret);
                }
                return open(current);
            case READ:
                if (ret <= 0) {
                    if (ret < 0) {
                        perror("read error", ret);
                    }
                    return exit(ret < 0 || failed ? 1 : 0);
                }
                len = (int) ret;
                current = -1;
                return writeNext(0);
            default:
                return wrote(ret);
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "ai", "append=a ignore-interrupts=i");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        append = o.has('a');
        names = new ArrayList<>(List.of("standard output"));
        names.addAll(o.operands);
        names = List.copyOf(names);
        fds = new int[names.size()];
        fds[0] = 1;
        if (o.has('i')) {
            pc = Pc.SIGNALS;
            return new Syscall.RtSigaction(Signal.SIGINT.number, Syscall.RtSigaction.SIG_IGN);
        }
        return open(0);
    }

    /** Opens the output after output i, or starts reading when all are open. */
    private Trap open(int i) {
        current = i + 1;
        if (current == names.size()) {
            pc = Pc.READ;
            return Libc.read(0, buf, 0, buf.length);
        }
        pc = Pc.OPENED;
        int flags = Fcntl.O_WRONLY | Fcntl.O_CREAT | (append ? Fcntl.O_APPEND : Fcntl.O_TRUNC);
        return Libc.open(names.get(current), flags, 0666);
    }

    /** Writes buf[done..len) to the first open output from i on, or reads on. */
    private Trap writeNext(int i) {
        current = i;
        while (current < fds.length && fds[current] < 0) {
            current++;
        }
        if (current == fds.length) {
            pc = Pc.READ;
            return Libc.read(0, buf, 0, buf.length);
        }
        done = 0;
        pc = Pc.WROTE;
        return Libc.write(fds[current], buf, 0, len);
    }

    private Trap wrote(long ret) {
        if (ret < 0) {
            failed(ret);
            fds[current] = -1;
            return writeNext(current + 1);
        }
        done += (int) ret;
        if (done < len) {
            return Libc.write(fds[current], buf, done, len - done);
        }
        return writeNext(current + 1);
    }

    private void failed(long ret) {
        perror(Quote.shell(names.get(current)), ret);
        failed = true;
    }

    @Override
    protected void deepen() {
        fds = fds.clone();
        buf = buf.clone();
    }
}
