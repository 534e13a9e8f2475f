package miniunix.user.bin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Input;
import miniunix.user.lib.Libc;

/**
 * One comparison of diff: two files, or two directories whose entries become comparisons of
 * their own (diffutils' compare_files and diff_dirs), as a state machine that {@link Diff}
 * runs on its stack. A name is absent (null in compare_files) when only the other directory
 * has the entry, or with -N when the file does not exist.
 */
final class DiffPair {
    private enum Stage { START, STAT, STATTED, DIR_FILE, DECIDE, LIST, NAMES, OPEN, READ, CLOSE, FINISH }

    /** Full names, as messages give them. */
    final String[] name = new String[2];
    final boolean[] absent = new boolean[2];
    final StatBuf[] st = {new StatBuf(), new StatBuf()};
    /** Named on the command line, not found in a directory. */
    final boolean top;
    /** For "Only in DIR: NAME": the entry's name, and the directories it was looked for in. */
    private final String entry;
    private final String[] dir = new String[2];
    private final long[] errno = new long[2];
    private Stage stage = Stage.START;
    /** The file a trap in flight is for. */
    private int f;
    private Input[] in = new Input[2];
    private Fetch listing;
    private List<List<String>> names = new ArrayList<>();
    private int[] next = new int[2];
    int status;
    boolean done;

    private DiffPair(boolean top, String entry) {
        this.top = top;
        this.entry = entry;
    }

    static DiffPair top(String name0, String name1) {
        DiffPair p = new DiffPair(true, null);
        p.name[0] = name0;
        p.name[1] = name1;
        return p;
    }

    /** The pair for entry of directories dir0 and dir1; absent where only the other has it. */
    static DiffPair child(String dir0, String dir1, String entry, boolean in0, boolean in1) {
        DiffPair p = new DiffPair(false, entry);
        p.dir[0] = dir0;
        p.dir[1] = dir1;
        for (int i = 0; i < 2; i++) {
            String d = i == 0 ? dir0 : dir1;
            p.name[i] = d.endsWith("/") ? d + entry : d + "/" + entry;
        }
        p.absent[0] = !in0;
        p.absent[1] = !in1;
        return p;
    }

    boolean isStdin(int i) {
        return top && name[i].equals("-");
    }

    /** The next trap of this comparison, or null when it is done or has pushed a child. */
    Trap step(Diff d, long ret) {
        while (true) {
            switch (stage) {
                case START:
                    if ((absent[0] || absent[1]) && !d.newFile()) {
                        d.message("Only in " + dir[absent[0] ? 1 : 0] + ": " + entry + "\n");
                        return finish(Diff.DIFFERENT);
                    }
                    f = -1;
                    stage = Stage.STAT;
                    continue;
                case STAT:
                    if (f >= 0) {
                        errno[f] = Math.min(ret, 0);
                    }
                    Trap t = statNext();
                    if (t != null) {
                        return t;
                    }
                    stage = Stage.STATTED;
                    continue;
                case STATTED:
                    t = statted(d);
                    if (t != null || done) {
                        return t;
                    }
                    continue;
                case DIR_FILE:
                    if (ret < 0) {
                        d.error(name[f], ret);
                        return finish(Diff.TROUBLE);
                    }
                    stage = Stage.DECIDE;
                    continue;
                case DECIDE:
                    decide(d);
                    if (done) {
                        return null;
                    }
                    f = -1;
                    continue;
                case LIST:
                    t = list(d, ret);
                    if (t != null || done) {
                        return t;
                    }
                    continue;
                case NAMES:
                    nextName(d);
                    return null;
                case OPEN:
                case READ:
                    t = read(d, ret);
                    if (t != null || done) {
                        return t;
                    }
                    continue;
                case CLOSE:
                    while (++f < 2) {
                        Trap c = in[f] == null ? null : in[f].close();
                        if (c != null) {
                            return c;
                        }
                    }
                    stage = Stage.FINISH;
                    continue;
                default:
                    if (status == Diff.SAME && d.reportIdentical() && !st[0].isDir()) {
                        d.message("Files " + d.label(0, name[0]) + " and " + d.label(1, name[1])
                                + " are identical\n");
                    }
                    done = true;
                    return null;
            }
        }
    }

    /** stat(2) of the next file that is there, or fstat(0) for "-"; null when both are. */
    private Trap statNext() {
        while (++f < 2) {
            if (absent[f]) {
                continue;
            }
            if (f == 1 && name[1].equals(name[0]) && !absent[0]) {
                st[1] = st[0].copy();
                errno[1] = errno[0];
                continue;
            }
            stage = Stage.STAT;
            return isStdin(f) ? Libc.fstat(0, st[f]) : Libc.stat(name[f], st[f]);
        }
        return null;
    }

    /**
     * After both stats: -N's absent files, errors, and a directory against a file named on
     * the command line (the file of the same name in the directory).
     */
    private Trap statted(Diff d) {
        for (int i = 0; i < 2; i++) {
            if (d.newFile() && top && errno[i] == Errno.ENOENT.ret() && errno[1 - i] == 0) {
                absent[i] = true;
                errno[i] = 0;
            }
        }
        for (int i = 0; i < 2; i++) {
            if (absent[i]) {
                st[i] = new StatBuf();
                st[i].mode = st[1 - i].mode;
            }
        }
        for (int i = 0; i < 2; i++) {
            if (errno[i] < 0) {
                d.error(name[i], errno[i]);
                status = Diff.TROUBLE;
            }
        }
        if (status != Diff.SAME) {
            return finish(status);
        }
        if (top && st[0].isDir() != st[1].isDir()) {
            int file = st[0].isDir() ? 1 : 0;
            if (name[file].equals("-")) {
                return d.fatal("cannot compare '-' to a directory");
            }
            String base = name[file].replaceAll("/+$", "");
            base = base.substring(base.lastIndexOf('/') + 1);
            f = 1 - file;
            name[f] = name[f].endsWith("/") ? name[f] + base : name[f] + "/" + base;
            stage = Stage.DIR_FILE;
            return Libc.stat(name[f], st[f]);
        }
        stage = Stage.DECIDE;
        return null;
    }

    /** What the two are: the same file, two directories, not comparable, or two files. */
    private void decide(Diff d) {
        boolean dir0 = st[0].isDir();
        boolean dir1 = st[1].isDir();
        if (absent[0] && absent[1]) {
            finish(Diff.SAME);
        } else if (!absent[0] && !absent[1] && st[0].ino == st[1].ino && st[0].mode == st[1].mode
                && st[0].rdev == st[1].rdev && st[0].size == st[1].size
                && st[0].mtimeNs == st[1].mtimeNs && isStdin(0) == isStdin(1)
                && d.noDiffMeansNoOutput()) {
            stage = Stage.FINISH;
        } else if (dir0 && dir1) {
            if (!top && !d.recursive()) {
                d.message("Common subdirectories: " + name[0] + " and " + name[1] + "\n");
                finish(Diff.SAME);
            } else {
                stage = Stage.LIST;
            }
        } else if (dir0 || dir1 || !top && !(st[0].isRegular() && st[1].isRegular())) {
            if (absent[0] || absent[1]) {
                if ((dir0 || dir1) && d.recursive()) {
                    stage = Stage.LIST;
                    return;
                }
                d.message("Only in " + dir[absent[0] ? 1 : 0] + ": " + entry + "\n");
                finish(Diff.DIFFERENT);
            } else {
                d.message("File " + d.label(0, name[0]) + " is a " + type(st[0]) + " while file "
                        + d.label(1, name[1]) + " is a " + type(st[1]) + "\n");
                finish(Diff.DIFFERENT);
            }
        } else {
            stage = Stage.OPEN;
        }
    }

    /** file_type: how diff names a kind of file. */
    private static String type(StatBuf s) {
        int t = s.mode & StatBuf.S_IFMT;
        return t == StatBuf.S_IFDIR ? "directory" : t == StatBuf.S_IFCHR ? "character special file"
                : t == StatBuf.S_IFIFO ? "fifo" : s.size == 0 ? "regular empty file" : "regular file";
    }

    /** Reads both directories (an absent one is empty), then starts on their names. */
    private Trap list(Diff d, long ret) {
        while (true) {
            if (listing != null) {
                Trap t = listing.next(ret);
                if (t != null) {
                    return t;
                }
                if (listing.error != 0) {
                    d.error(name[f], listing.error);
                    status = Diff.TROUBLE;
                }
                List<String> n = new ArrayList<>();
                for (String s : listing.names) {
                    if (!s.equals(".") && !s.equals("..")) {
                        n.add(s);
                    }
                }
                Collections.sort(n);
                names.add(n);
                listing = null;
            }
            if (++f == 2) {
                if (status != Diff.SAME) {
                    finish(status);
                    return null;
                }
                stage = Stage.NAMES;
                return null;
            }
            if (absent[f]) {
                names.add(List.of());
                continue;
            }
            listing = new Fetch(Fetch.Kind.DIR, name[f], 0);
            ret = 0;
        }
    }

    /** diff_dirs' loop: pushes the pair for the next name in either directory, in order. */
    private void nextName(Diff d) {
        List<String> a = names.get(0);
        List<String> b = names.get(1);
        boolean moreA = next[0] < a.size();
        boolean moreB = next[1] < b.size();
        if (!moreA && !moreB) {
            stage = Stage.FINISH;
            return;
        }
        int order = !moreA ? 1 : !moreB ? -1 : a.get(next[0]).compareTo(b.get(next[1]));
        String entry = order <= 0 ? a.get(next[0]) : b.get(next[1]);
        if (order <= 0) {
            next[0]++;
        }
        if (order >= 0) {
            next[1]++;
        }
        d.push(child(name[0], name[1], entry, order <= 0, order >= 0));
    }

    /** Opens both files, reads each to its end, and compares them. */
    private Trap read(Diff d, long ret) {
        if (stage == Stage.OPEN) {
            if (f >= 0 && in[f] != null && !in[f].opened(ret)) {
                d.error(name[f], ret);
                status = Diff.TROUBLE;
                in[f] = null;
            }
            while (++f < 2) {
                if (absent[f] || f == 1 && isStdin(0) && isStdin(1)) {
                    continue;
                }
                in[f] = new Input(isStdin(f) ? "-" : name[f]).keep();
                Trap t = in[f].open();
                if (t != null) {
                    return t;
                }
            }
            if (status != Diff.SAME) {
                stage = Stage.CLOSE;
                f = -1;
                return null;
            }
            stage = Stage.READ;
            f = 0;
            ret = Long.MIN_VALUE;
        }
        if (ret != Long.MIN_VALUE) {
            d.grew(in[f].grew());
            if (!in[f].readDone(ret)) {
                d.error(name[f], ret);
                status = Diff.TROUBLE;
                stage = Stage.CLOSE;
                f = -1;
                return null;
            }
        }
        while (f < 2 && (in[f] == null || in[f].eof)) {
            f++;
        }
        if (f < 2) {
            return in[f].read();
        }
        byte[][] data = new byte[2][];
        int[] length = new int[2];
        for (int i = 0; i < 2; i++) {
            data[i] = in[i] == null ? new byte[0] : in[i].buf;
            length[i] = in[i] == null ? 0 : in[i].end;
        }
        if (isStdin(0) && isStdin(1)) {
            data[1] = data[0];
            length[1] = length[0];
        }
        status = d.compare(this, data, length);
        stage = Stage.CLOSE;
        f = -1;
        return null;
    }

    private Trap finish(int s) {
        status = s;
        stage = Stage.FINISH;
        return null;
    }

    DiffPair copy() {
        DiffPair p = new DiffPair(top, entry);
        System.arraycopy(name, 0, p.name, 0, 2);
        System.arraycopy(absent, 0, p.absent, 0, 2);
        System.arraycopy(dir, 0, p.dir, 0, 2);
        System.arraycopy(errno, 0, p.errno, 0, 2);
        for (int i = 0; i < 2; i++) {
            p.st[i] = st[i].copy();
            p.in[i] = in[i] == null ? null : in[i].copy();
        }
        p.stage = stage;
        p.f = f;
        p.listing = listing == null ? null : listing.copy();
        p.names = new ArrayList<>(names);
        p.next = next.clone();
        p.status = status;
        p.done = done;
        return p;
    }
}
