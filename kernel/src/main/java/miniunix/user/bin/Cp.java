package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;

/**
 * cp(1) of coreutils for regular files: {@code cp SOURCE DEST} and {@code cp SOURCE...
 * DIRECTORY} ({@link Targets}); a new file gets its source's permission bits. -f removes a
 * destination it can't open and tries again, -n leaves existing files alone, -v says
 * {@code 'a' -> 'b'}.
 * <pre>
 *   in = open(src, O_RDONLY); out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode);
 *   while ((n = read(in, buf, sizeof buf)) &gt; 0) write(out, buf, n);
 * </pre>
 * Simplified: no -r (a directory is skipped with coreutils' message), -p, -i or links.
 */
public final class Cp extends SourcesToTarget {
    private static final String USAGE = "Usage: cp [OPTION]... SOURCE DEST\n"
            + "  or:  cp [OPTION]... SOURCE... DIRECTORY\n"
            + "Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.\n\n"
            + "  -f, --force                  if an existing destination file cannot be\n"
            + "                                 opened, remove it and try again\n"
            + "  -n, --no-clobber             do not overwrite an existing file\n"
            + "  -v, --verbose                explain what is being done\n"
            + "      --help        display this help and exit\n";

    private enum Pc { START, TARGET, SOURCE, DEST, READABLE, UNLINKED, WRITABLE, COPYING,
        WRITING, CLOSED_IN, CLOSED_OUT }

    private Pc pc = Pc.START;
    private boolean force;
    private boolean dstExists;
    private int inFd;
    private int outFd;
    /** -f has removed the destination once already. */
    private boolean retried;
    private byte[] buf = new byte[65536];
    private int len;
    private int done;
    /** The file being copied could not be read or written: it counts as failed. */
    private boolean broken;

    public Cp(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void options(Opts o) {
        force = o.has('f');
    }

    @Override
    protected void statingSource() {
        pc = Pc.SOURCE;
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case TARGET:
                String problem = target.stated(ret, true);
                return problem != null ? fail(1, problem) : nextSource();
            case SOURCE: return sourceStated(ret);
            case DEST: return destStated(ret);
            case READABLE: return readable(ret);
            case UNLINKED: return openDest();
            case WRITABLE: return writable(ret);
            case COPYING: return copying(ret);
            case WRITING: return writing(ret);
            case CLOSED_IN:
                pc = Pc.CLOSED_OUT;
                return new Syscall.Close(outFd);
            default: return copied();
        }
    }

    private Trap start() {
        pc = Pc.TARGET;
        return start(USAGE);
    }

    private Trap sourceStated(long ret) {
        if (ret < 0) {
            return skip("cannot stat " + Quote.always(src) + ": " + Errno.strerror(ret));
        }
        if (srcSt.isDir()) {
            return skip("-r not specified; omitting directory " + Quote.always(src));
        }
        pc = Pc.DEST;
        return new Syscall.Stat(dst, dstSt);
    }

    private Trap destStated(long ret) {
        dstExists = ret >= 0;
        if (dstExists && dstSt.isDir()) {
            return skip("cannot overwrite directory " + Quote.always(dst) + " with non-directory");
        }
        if (dstExists && dstSt.ino == srcSt.ino) {
            return skip(Quote.always(src) + " and " + Quote.always(dst) + " are the same file");
        }
        if (dstExists && noClobber) {
            return nextSource();
        }
        if (!dstExists && dst.endsWith("/")) {
            return skip("cannot create regular file " + Quote.always(dst) + ": "
                    + Errno.ENOTDIR.message);
        }
        pc = Pc.READABLE;
        return new Syscall.Open(src, Fcntl.O_RDONLY, 0);
    }

    private Trap readable(long ret) {
        if (ret < 0) {
            return skip("cannot open " + Quote.always(src) + " for reading: "
                    + Errno.strerror(ret));
        }
        inFd = (int) ret;
        retried = false;
        return openDest();
    }

    private Trap openDest() {
        pc = Pc.WRITABLE;
        return new Syscall.Open(dst, Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_TRUNC,
                srcSt.mode & 0777);
    }

    private Trap writable(long ret) {
        if (ret < 0 && force && dstExists && !retried) {
            // -f: a destination that can't be opened is removed, and opened again.
            retried = true;
            pc = Pc.UNLINKED;
            return new Syscall.Unlink(dst);
        }
        if (ret < 0) {
            broke("cannot create regular file " + Quote.always(dst), ret);
            pc = Pc.CLOSED_OUT;
            return new Syscall.Close(inFd);
        }
        outFd = (int) ret;
        broken = false;
        pc = Pc.COPYING;
        return new Syscall.Read(inFd, buf, 0, buf.length);
    }

    private Trap copying(long ret) {
        if (ret <= 0) {
            if (ret < 0) {
                broke("error reading " + Quote.always(src), ret);
            }
            pc = Pc.CLOSED_IN;
            return new Syscall.Close(inFd);
        }
        len = (int) ret;
        done = 0;
        pc = Pc.WRITING;
        return new Syscall.Write(outFd, buf, 0, len);
    }

    private Trap writing(long ret) {
        if (ret < 0) {
            broke("error writing " + Quote.always(dst), ret);
            pc = Pc.CLOSED_IN;
            return new Syscall.Close(inFd);
        }
        done += (int) ret;
        if (done < len) {
            return new Syscall.Write(outFd, buf, done, len - done);
        }
        pc = Pc.COPYING;
        return new Syscall.Read(inFd, buf, 0, buf.length);
    }

    private void broke(String what, long ret) {
        err.print(prog()).print(": ").print(what).print(": ").print(Errno.strerror(ret));
        err.print('\n');
        failed = true;
        broken = true;
    }

    private Trap copied() {
        if (verbose && !broken) {
            out.print(Quote.always(src)).print(" -> ").print(Quote.always(dst)).print('\n');
        }
        broken = false;
        return nextSource();
    }

    @Override
    protected void deepen() {
        super.deepen();
        buf = buf.clone();
    }
}
