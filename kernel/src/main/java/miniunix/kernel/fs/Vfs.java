package miniunix.kernel.fs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Credentials;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.StatfsBuf;

/**
 * The filesystem namespace: path lookup, open, stat, mkdir, unlink over an in-memory tree,
 * with /proc delegated to {@link ProcFs} (Linux fs/namei.c and fs/open.c; xv6 fs.c namei).
 *
 * <p>Paths are resolved against the caller's cwd into a normalized absolute path ("/a/b") in
 * which every symbolic link is replaced by its target ({@link #resolve}: Linux's
 * link_path_walk, ELOOP after {@link #MAXSYMLINKS} links, ".." taken after a link as the
 * directory the link led to), then walked from the root. Errors are Linux's: ENOENT for a missing component, ENOTDIR for
 * a file used as a directory, EACCES for a missing permission bit, EISDIR for writing a
 * directory. Root (uid 0) passes every permission check.
 *
 * <p>New files and directories get the mode asked for less the caller's umask.
 *
 * <p>Simplified: no mount table (only /proc is special); file contents live in memory and
 * vanish at exit.
 */
public final class Vfs {
    /** Largest regular file: 2 GiB less a page (what a 32-bit offset reaches; tmpfs bounds the rest). */
    public static final long MAX_FILE_BYTES = (2L << 30) - Tmpfs.PAGE_SIZE;

    /** The longest path (and link target) with its NUL, Linux's PATH_MAX. */
    public static final int PATH_MAX = 4096;

    /** Links one lookup follows before ELOOP (Linux's MAXSYMLINKS). */
    public static final int MAXSYMLINKS = 40;

    /** PROC_SUPER_MAGIC of statfs(2)'s f_type. */
    private static final long PROC_SUPER_MAGIC = 0x9fa0L;

    private final Kernel kernel;
    private final ProcFs procfs;
    public final Inode root;
    private final Tmpfs tmpfs;
    private long nextIno = 2;
    /** Inodes in the tree (files, directories, devices) and unlinked ones still open. */
    private long inodes = 1;

    // The page cache's dirty data (Linux mm/page-writeback.c): the inodes written since they
    // were last written back, in the order they became dirty, and their dirty bytes in all.
    // Invariant: an inode is in dirty iff its dirtyBytes > 0; dirtyBytes is their sum.
    private final ArrayList<Inode> dirty = new ArrayList<>();
    private long dirtyBytes;

    public Vfs(Kernel kernel) {
        this.kernel = kernel;
        this.procfs = new ProcFs(kernel);
        this.tmpfs = Tmpfs.halfOf(kernel.mm().frames);
        this.root = new Inode(nextIno++, StatBuf.S_IFDIR, 0755, null, null);
        root.parent = root;
    }

    // Building the tree at boot.

    /** Creates a directory and its missing parents, owned by uid. Returns it. */
    public Inode mkdirs(String path, int uid, int perm) {
        Inode dir = root;
        for (String name : split(path)) {
            Inode next = dir.entries.get(name);
            if (next == null) {
                next = new Inode(nextIno++, StatBuf.S_IFDIR, perm, null, null);
                next.uid = uid;
                next.gid = uid;
                link(dir, name, next);
            }
            dir = next;
        }
        return dir;
    }

    /** Creates (or replaces) a regular file with this content, creating parents as needed. */
    public Inode createFile(String path, int uid, int perm, byte[] content) {
        int slash = path.lastIndexOf('/');
        Inode dir = mkdirs(path.substring(0, slash), 0, 0755);
        Inode f = new Inode(nextIno++, StatBuf.S_IFREG, perm, null, null);
        f.uid = uid;
        f.gid = uid;
        if (f.writeAt(tmpfs, 0, content, 0, content.length) < content.length) {
            throw new IllegalStateException("root filesystem too small for the boot image");
        }
        link(dir, path.substring(slash + 1), f);
        return f;
    }

    public Inode createDevice(String path, Inode.Device device, Tty tty, int perm) {
        int slash = path.lastIndexOf('/');
        Inode dir = mkdirs(path.substring(0, slash), 0, 0755);
        Inode d = new Inode(nextIno++, StatBuf.S_IFCHR, perm, device, tty);
        link(dir, path.substring(slash + 1), d);
        return d;
    }

    /** A symbolic link at path to target, made at boot (/dev/stdin and the like). */
    public void createSymlink(String path, String target) {
        int slash = path.lastIndexOf('/');
        Inode dir = mkdirs(path.substring(0, slash), 0, 0755);
        link(dir, path.substring(slash + 1), Inode.symlink(nextIno++, target));
    }

    private void link(Inode dir, String name, Inode child) {
        Inode old = dir.entries.put(name, child);
        inodes++;
        if (old != null) {
            forget(old);
        }
        if (child.isDir()) {
            child.parent = dir;
        }
    }

    /**
     * A name of i went: with other names left (hard links) it only loses one; at its last it
     * no longer counts, and its pages go once unopened.
     */
    private void forget(Inode i) {
        if (!i.isDir() && i.nlink > 1) {
            i.nlink--;
            i.ctimeTicks = kernel.now();
            return;
        }
        inodes--;
        if (!i.isDir() && i.device == null) {
            writeback(i);   // Simplified: its dirty pages are dropped at once, not at last close.
            i.unlinked(tmpfs);
        }
    }

    // Paths.

    /** The normalized absolute form of path, seen from cwd: no ".", "..", or double slashes. */
    public static String absolute(String cwd, String path) {
        if (isNormal(path)) {
            return path;    // the common case ("/bin/ls"): nothing to split or join
        }
        List<String> parts = new ArrayList<>();
        if (!path.startsWith("/")) {
            parts.addAll(split(cwd));
        }
        for (String name : split(path)) {
            if (name.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!name.equals(".")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    /** An absolute path with no empty, "." or ".." component and no trailing '/'. */
    private static boolean isNormal(String path) {
        int n = path.length();
        if (n == 0 || path.charAt(0) != '/') {
            return false;
        }
        if (n == 1) {
            return true;
        }
        if (path.charAt(n - 1) == '/') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (path.charAt(i) != '/') {
                continue;
            }
            // i starts a component: it must not be empty, "." or ".."
            int end = path.indexOf('/', i + 1);
            int len = (end < 0 ? n : end) - i - 1;
            if (len == 0 || len <= 2 && path.charAt(i + 1) == '.' && (len == 1 || path.charAt(i + 2) == '.')) {
                return false;
            }
        }
        return true;
    }

    static List<String> split(String path) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        int n = path.length();
        while (i < n) {
            while (i < n && path.charAt(i) == '/') {
                i++;
            }
            int start = i;
            while (i < n && path.charAt(i) != '/') {
                i++;
            }
            if (i > start) {
                out.add(path.substring(start, i));
            }
        }
        return out;
    }

    /**
     * A trailing slash asks for a directory: "file/" is ENOTDIR in stat, open and unlink
     * (Linux namei's LOOKUP_DIRECTORY for a path that ends in '/').
     */
    private static boolean wantsDir(String path) {
        return path.length() > 1 && path.endsWith("/");
    }

    private static Inode checkDir(String path, Inode i) {
        if (wantsDir(path) && !i.isDir()) {
            throw new SyscallError(Errno.ENOTDIR);
        }
        return i;
    }

    /** As checkDir, for what /proc answered: "/proc/1/stat/" is ENOTDIR too. */
    private static void checkDir(String path, StatBuf st) {
        if (wantsDir(path) && !st.isDir()) {
            throw new SyscallError(Errno.ENOTDIR);
        }
    }

    static boolean isProc(String abs) {
        return abs.equals("/proc") || abs.startsWith("/proc/");
    }

    /**
     * The normalized absolute path that path names for p, every symbolic link on the way
     * replaced by its target, the last component's too when follow (or when path ends in '/',
     * which asks for what the link leads to, as in Linux). /proc's links are followed too:
     * /proc/self, /proc/PID/cwd and /proc/PID/exe ({@link ProcFs#linkTarget}); an fd's link
     * (/proc/PID/fd/N) is left for open and stat ({@link FdLinks}). A missing component, or a
     * file used as a directory, ends the following: the rest is joined as written, for the
     * caller's own walk to report. ELOOP after {@link #MAXSYMLINKS} links; EACCES for a
     * directory p may not search (so a link can't show what lies behind one).
     */
    public String resolve(Proc p, String path, boolean follow) {
        if (path.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        if (isProc(path) && isNormal(path) && ProcFs.linkFree(path) && may(p, root, 1)) {
            Inode proc = root.entries.get("proc");
            if (proc == null || !proc.isLink()) {
                return path;    // /proc/PID/stat, ps's thousands: no link to replace
            }
        }
        follow |= wantsDir(path);
        List<String> done = new ArrayList<>();
        List<Inode> dirs = new ArrayList<>();   // each resolved component's inode (null: none)
        if (!path.startsWith("/")) {
            // The cwd was resolved by chdir: its components are taken as they are.
            for (String name : split(p.cwd)) {
                Inode cur = done.isEmpty() ? root : dirs.get(dirs.size() - 1);
                done.add(name);
                dirs.add(cur != null && cur.isDir() ? cur.entries.get(name) : null);
            }
        }
        ArrayDeque<String> todo = new ArrayDeque<>(split(path));
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.pollFirst();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                    dirs.remove(dirs.size() - 1);
                }
                continue;
            }
            Inode cur = done.isEmpty() ? root : dirs.get(dirs.size() - 1);
            String target = null;
            Inode next = null;
            if (!done.isEmpty() && done.get(0).equals("proc")) {
                // Not asked of a last component left unfollowed: lstat of another user's
                // /proc/PID/cwd is allowed, only following or reading it is EACCES.
                target = todo.isEmpty() && !follow ? null : procfs.pathLink(p, done, name);
            } else if (cur != null && cur.isDir()) {
                if (!may(p, cur, 1)) {
                    throw new SyscallError(Errno.EACCES);
                }
                next = cur.entries.get(name);
                target = next != null && next.isLink() ? next.symlink : null;
            }
            if (target == null || todo.isEmpty() && !follow) {
                done.add(name);
                dirs.add(next);
                continue;
            }
            if (++links > MAXSYMLINKS) {
                throw new SyscallError(Errno.ELOOP);
            }
            List<String> parts = split(target);
            for (int i = parts.size() - 1; i >= 0; i--) {
                todo.addFirst(parts.get(i));
            }
            if (target.startsWith("/")) {
                done.clear();
                dirs.clear();
            }
        }
        return done.isEmpty() ? "/" : "/" + String.join("/", done);
    }

    /** Walks an absolute path; throws ENOENT/ENOTDIR/EACCES (search permission). */
    Inode walk(Proc p, String abs) {
        Inode cur = root;
        for (String name : split(abs)) {
            if (!cur.isDir()) {
                throw new SyscallError(Errno.ENOTDIR);
            }
            if (!may(p, cur, 1)) {
                throw new SyscallError(Errno.EACCES);
            }
            Inode next = cur.entries.get(name);
            if (next == null) {
                throw new SyscallError(Errno.ENOENT);
            }
            cur = next;
        }
        return cur;
    }

    /** Permission check: bit is 4 (read), 2 (write) or 1 (search/execute). */
    public static boolean may(Proc p, Inode i, int bit) {
        if (p.uid == 0) {
            return bit != 1 || i.isDir() || (i.perm & 0111) != 0;
        }
        int shift = p.uid == i.uid ? 6 : Credentials.inGroup(p, i.gid) ? 3 : 0;
        return ((i.perm >> shift) & bit) != 0;
    }

    private Inode parentOf(Proc p, String abs) {
        int slash = abs.lastIndexOf('/');
        Inode dir = walk(p, slash == 0 ? "/" : abs.substring(0, slash));
        if (!dir.isDir()) {
            throw new SyscallError(Errno.ENOTDIR);
        }
        return dir;
    }

    private static String baseName(String abs) {
        return abs.substring(abs.lastIndexOf('/') + 1);
    }

    // Syscalls.

    /**
     * open(2): the last component is followed if it is a link, but with O_NOFOLLOW (ELOOP if
     * it is one) or O_CREAT|O_EXCL (EEXIST: the link is there).
     */
    public OpenFile open(Proc p, String path, int flags, int mode) {
        boolean excl = (flags & (Fcntl.O_CREAT | Fcntl.O_EXCL)) == (Fcntl.O_CREAT | Fcntl.O_EXCL);
        boolean noFollow = (flags & Fcntl.O_NOFOLLOW) != 0;
        String abs = resolve(p, path, !excl && !noFollow);
        if (noFollow && isLink(p, abs)) {
            throw new SyscallError(Errno.ELOOP);
        }
        OpenFile linked = FdLinks.target(kernel, p, abs);
        if (linked != null) {
            return reopen(p, linked, flags);
        }
        if (isProc(abs) && wantsDir(path)) {
            StatBuf st = new StatBuf();
            procfs.stat(p, abs, st);
            checkDir(path, st);
        }
        OpenFile f = isProc(abs) ? procfs.open(p, abs, flags) : openFile(p, path, abs, flags, mode);
        if (f.path.isEmpty()) {
            f.path = abs;
        }
        return f;
    }

    /** Whether the resolved path abs names a symbolic link (a missing file is none). */
    private boolean isLink(Proc p, String abs) {
        if (isProc(abs)) {
            return procfs.linkTarget(p, abs) != null;
        }
        try {
            return walk(p, abs).isLink();
        } catch (SyscallError e) {
            return false;
        }
    }

    /** open(2) of a file of the tree at abs (resolved from path). */
    private OpenFile openFile(Proc p, String path, String abs, int flags, int mode) {
        boolean write = (flags & Fcntl.O_ACCMODE) != Fcntl.O_RDONLY;
        Inode i = lookupForOpen(p, abs, flags, mode, wantsDir(path));
        if (i.device == Inode.Device.CTTY) {
            return openControllingTty(p, flags);
        }
        if (i.isDir()) {
            if (write) {
                throw new SyscallError(Errno.EISDIR);
            }
            if (!may(p, i, 4)) {
                throw new SyscallError(Errno.EACCES);
            }
            return new DirFile(listing(i), statOf(i), flags, i);
        }
        if ((flags & Fcntl.O_DIRECTORY) != 0) {
            throw new SyscallError(Errno.ENOTDIR);
        }
        boolean read = (flags & Fcntl.O_ACCMODE) != Fcntl.O_WRONLY;
        if (read && !may(p, i, 4) || write && !may(p, i, 2)) {
            throw new SyscallError(Errno.EACCES);
        }
        if (i.device != null) {
            if (i.tty != null) {
                acquireControllingTty(p, i.tty);
            }
            return new DeviceFile(i, flags);
        }
        if ((flags & Fcntl.O_TRUNC) != 0 && write) {
            writeback(i);   // truncation drops the dirty pages with the data
            i.truncate(tmpfs);
            i.modified(kernel.now());
        }
        return new RegularFile(i, flags);
    }

    /**
     * The file an fd has open, opened again ({@link FdLinks}): a regular file or a device anew,
     * with these flags and the permission checks of an open; anything else shared.
     */
    private OpenFile reopen(Proc p, OpenFile f, int flags) {
        Inode i = f instanceof RegularFile r ? r.inode : f instanceof DeviceFile d ? d.inode : null;
        if (i == null) {
            return f;
        }
        boolean write = (flags & Fcntl.O_ACCMODE) != Fcntl.O_RDONLY;
        boolean read = (flags & Fcntl.O_ACCMODE) != Fcntl.O_WRONLY;
        if (read && !may(p, i, 4) || write && !may(p, i, 2)) {
            throw new SyscallError(Errno.EACCES);
        }
        OpenFile again = i.device != null ? new DeviceFile(i, flags) : new RegularFile(i, flags);
        if (i.device == null && (flags & Fcntl.O_TRUNC) != 0 && write) {
            writeback(i);
            i.truncate(tmpfs);
            i.modified(kernel.now());
        }
        again.path = f.path;
        return again;
    }

    /**
     * /dev/tty: the caller's controlling terminal, whatever its name; ENXIO without one (Linux
     * tty_open_current_tty). Only /dev/tty's own permissions apply.
     */
    private OpenFile openControllingTty(Proc p, int flags) {
        if (p.tty == null) {
            throw new SyscallError(Errno.ENXIO);
        }
        Inode tty = root.entries.get("dev").entries.get(p.tty.name);
        if (tty == null) {
            throw new SyscallError(Errno.ENXIO);
        }
        DeviceFile f = new DeviceFile(tty, flags);
        f.path = "/dev/" + p.tty.name;
        return f;
    }

    /**
     * A session leader without a terminal that opens a free one makes it its controlling
     * terminal, with its own group in the foreground (Linux tty_open without O_NOCTTY).
     */
    private static void acquireControllingTty(Proc p, Tty tty) {
        if (p.sid == p.pid && p.tty == null && tty.sid == 0) {
            p.tty = tty;
            tty.sid = p.sid;
            tty.fgPgrp = p.pgid;
        }
    }

    private Inode lookupForOpen(Proc p, String abs, int flags, int mode, boolean wantsDir) {
        Inode dir = parentOf(p, abs);
        String name = baseName(abs);
        Inode i = abs.equals("/") ? root : dir.entries.get(name);
        if (i != null) {
            if ((flags & (Fcntl.O_CREAT | Fcntl.O_EXCL)) == (Fcntl.O_CREAT | Fcntl.O_EXCL)) {
                throw new SyscallError(Errno.EEXIST);
            }
            if (wantsDir && !i.isDir()) {
                throw new SyscallError(Errno.ENOTDIR);
            }
            return i;
        }
        if ((flags & Fcntl.O_CREAT) == 0) {
            throw new SyscallError(Errno.ENOENT);
        }
        if (wantsDir) {
            throw new SyscallError(Errno.EISDIR);   // O_CREAT makes files, never directories
        }
        if (!may(p, dir, 2)) {
            throw new SyscallError(Errno.EACCES);
        }
        Inode f = new Inode(nextIno++, StatBuf.S_IFREG, mode & 07777 & ~p.umask, null, null);
        f.uid = p.uid;
        f.gid = p.gid;
        f.born(kernel.now());
        link(dir, name, f);
        dir.modified(kernel.now());
        return f;
    }

    private static DirFile.Listing listing(Inode dir) {
        DirFile.Listing l = new DirFile.Listing();
        l.add(dir.ino, StatBuf.DT_DIR, ".");
        l.add(dir.parent == null ? dir.ino : dir.parent.ino, StatBuf.DT_DIR, "..");
        for (var e : dir.entries.entrySet()) {
            l.add(e.getValue().ino, e.getValue().dtype(), e.getKey());
        }
        return l;
    }

    private static StatBuf statOf(Inode i) {
        StatBuf st = new StatBuf();
        i.stat(st);
        return st;
    }

    public void stat(Proc p, String path, StatBuf st) {
        if (path.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        String abs = resolve(p, path, true);
        OpenFile linked = FdLinks.target(kernel, p, abs);
        if (linked != null) {
            linked.stat(st);
            return;
        }
        if (isProc(abs)) {
            procfs.stat(p, abs, st);
            checkDir(path, st);
            return;
        }
        checkDir(path, walk(p, abs)).stat(st);
    }

    /** lstat(2): stat(2) of the link itself when the last component is one. */
    public void lstat(Proc p, String path, StatBuf st) {
        String abs = resolve(p, path, false);
        if (isProc(abs)) {
            procfs.lstat(p, abs, st);
            checkDir(path, st);
            return;
        }
        checkDir(path, walk(p, abs)).stat(st);
    }

    /** readlink(2): the target of the link at path; EINVAL if it is no link. */
    public String readlink(Proc p, String path) {
        String abs = resolve(p, path, false);
        String target;
        if (isProc(abs)) {
            target = procfs.linkTarget(p, abs);
            if (target == null) {
                procfs.stat(p, abs, new StatBuf());     // ENOENT for nothing at all
            }
        } else {
            Inode i = walk(p, abs);
            target = i.isLink() ? i.symlink : null;
        }
        if (target == null) {
            throw new SyscallError(Errno.EINVAL);
        }
        return target;
    }

    /**
     * symlink(2): a new link at linkpath whose target is target, taken as given (it need not
     * exist). EEXIST if linkpath exists (a dangling link too), EACCES without write permission
     * on its directory; ENAMETOOLONG for a target past PATH_MAX.
     */
    public void symlink(Proc p, String target, String linkpath) {
        if (target.isEmpty() || linkpath.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        if (target.getBytes(StandardCharsets.UTF_8).length >= PATH_MAX) {
            throw new SyscallError(Errno.ENAMETOOLONG);
        }
        String abs = resolve(p, linkpath, false);
        if (isProc(abs) || abs.equals("/")) {
            throw new SyscallError(Errno.EEXIST);
        }
        Inode dir = parentOf(p, abs);
        if (dir.entries.containsKey(baseName(abs))) {
            throw new SyscallError(Errno.EEXIST);
        }
        if (!may(p, dir, 2)) {
            throw new SyscallError(Errno.EACCES);
        }
        Inode l = Inode.symlink(nextIno++, target);
        l.uid = p.uid;
        l.gid = p.gid;
        l.born(kernel.now());
        link(dir, baseName(abs), l);
        dir.modified(kernel.now());
    }

    /**
     * link(2): a new name newpath for the file at oldpath (a link itself, not followed, as
     * Linux's link does). EPERM for a directory, EEXIST if newpath exists, EXDEV into or out
     * of /proc, EACCES without write permission on newpath's directory.
     */
    public void link(Proc p, String oldpath, String newpath) {
        link(p, oldpath, newpath, false);
    }

    /** linkat(2): {@link #link}, following a link at oldpath when follow (AT_SYMLINK_FOLLOW). */
    public void link(Proc p, String oldpath, String newpath, boolean follow) {
        String from = resolve(p, oldpath, follow);
        String to = resolve(p, newpath, false);
        if (isProc(from) || isProc(to)) {
            throw new SyscallError(isProc(to) && !isProc(from) ? Errno.EXDEV : Errno.EPERM);
        }
        Inode i = checkDir(oldpath, walk(p, from));
        if (i.isDir()) {
            throw new SyscallError(Errno.EPERM);
        }
        Inode dir = parentOf(p, to);
        if (to.equals("/") || dir.entries.containsKey(baseName(to))) {
            throw new SyscallError(Errno.EEXIST);
        }
        if (!may(p, dir, 2)) {
            throw new SyscallError(Errno.EACCES);
        }
        dir.entries.put(baseName(to), i);
        i.nlink++;
        i.ctimeTicks = kernel.now();
        dir.modified(kernel.now());
    }

    /** Names in a directory, directories marked with '/'; empty if it can't be listed. */
    public List<String> list(Proc p, String path) {
        String abs = resolve(p, path, true);
        List<String> out = new ArrayList<>();
        try {
            if (isProc(abs)) {
                return out;
            }
            Inode dir = walk(p, abs);
            if (!dir.isDir() || !may(p, dir, 4)) {
                return out;
            }
            for (var e : dir.entries.entrySet()) {
                out.add(e.getKey() + (e.getValue().isDir() ? "/" : ""));
            }
        } catch (SyscallError e) {
            out.clear();
        }
        return out;
    }

    /** The inode execve may run: exists, regular, executable. */
    public Inode lookupExecutable(Proc p, String path) {
        String abs = resolve(p, path, true);
        Inode i = isProc(abs) ? null : walk(p, abs);
        if (i == null || i.isDir() || i.device != null || !may(p, i, 1)) {
            throw new SyscallError(Errno.EACCES);
        }
        return i;
    }

    /** chdir: returns the new normalized cwd. */
    public String chdir(Proc p, String path) {
        if (path.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        String abs = resolve(p, path, true);
        StatBuf st = new StatBuf();
        if (isProc(abs)) {
            procfs.stat(p, abs, st);
            if (!st.isDir()) {
                throw new SyscallError(Errno.ENOTDIR);
            }
            return abs;
        }
        Inode i = walk(p, abs);
        if (!i.isDir()) {
            throw new SyscallError(Errno.ENOTDIR);
        }
        if (!may(p, i, 1)) {
            throw new SyscallError(Errno.EACCES);
        }
        return abs;
    }

    public void mkdir(Proc p, String path, int mode) {
        String abs = resolve(p, path, false);
        if (isProc(abs) || abs.equals("/")) {
            throw new SyscallError(Errno.EEXIST);
        }
        Inode dir = parentOf(p, abs);
        if (dir.entries.containsKey(baseName(abs))) {
            throw new SyscallError(Errno.EEXIST);
        }
        if (!may(p, dir, 2)) {
            throw new SyscallError(Errno.EACCES);
        }
        Inode d = new Inode(nextIno++, StatBuf.S_IFDIR, mode & 07777 & ~p.umask, null, null);
        d.uid = p.uid;
        d.gid = p.gid;
        d.born(kernel.now());
        link(dir, baseName(abs), d);
        dir.modified(kernel.now());
    }

    /**
     * rmdir(2): removes the empty directory at path. ENOTEMPTY if it has entries, ENOTDIR if
     * it is not a directory, EINVAL for a last component ".", EBUSY for / (and /proc), EACCES
     * without write permission on its parent (or the sticky bit's rule), as Linux do_rmdir.
     */
    public void rmdir(Proc p, String path) {
        String abs = resolve(p, path, false);
        List<String> names = split(path);
        String last = names.isEmpty() ? "" : names.get(names.size() - 1);
        if (last.equals(".")) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (last.equals("..")) {
            throw new SyscallError(Errno.ENOTEMPTY);
        }
        if (abs.equals("/") || abs.equals("/proc")) {
            throw new SyscallError(Errno.EBUSY);
        }
        if (isProc(abs)) {
            throw new SyscallError(Errno.EACCES);
        }
        Inode dir = parentOf(p, abs);
        Inode i = dir.entries.get(baseName(abs));
        if (i == null) {
            throw new SyscallError(Errno.ENOENT);
        }
        if (!i.isDir()) {
            throw new SyscallError(Errno.ENOTDIR);
        }
        if (!may(p, dir, 2) || sticky(p, dir, i)) {
            throw new SyscallError(Errno.EACCES);
        }
        if (!i.entries.isEmpty()) {
            throw new SyscallError(Errno.ENOTEMPTY);
        }
        dir.entries.remove(baseName(abs));
        dir.modified(kernel.now());
        forget(i);
    }

    /** The filesystem's page budget (df, /proc/meminfo's Shmem). */
    public Tmpfs tmpfs() {
        return tmpfs;
    }

    /** statfs(2): the filesystem holding path (the tmpfs at /, or /proc's). */
    public void statfs(Proc p, String path, StatfsBuf st) {
        if (path.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        String abs = resolve(p, path, true);
        if (isProc(abs)) {
            procfs.stat(p, abs, new StatBuf());
            st.type = PROC_SUPER_MAGIC;
            st.bsize = Tmpfs.PAGE_SIZE;
            st.namelen = 255;
            return;
        }
        checkDir(path, walk(p, abs));
        tmpfs.statfs(st, inodes);
    }

    // Dirty data and writeback.

    /** n bytes were written to i: they stay in the page cache, dirty, until written back. */
    public void dirtied(Inode i, long n) {
        long before = i.dirtyBytes;
        i.dirtyBytes = Math.min(i.size, before + n);
        if (before == 0 && i.dirtyBytes > 0) {
            dirty.add(i);
        }
        dirtyBytes += i.dirtyBytes - before;
    }

    /** Takes i's dirty bytes for writing to the disk (fsync); returns how many. */
    public long writeback(Inode i) {
        long n = i.dirtyBytes;
        if (n > 0) {
            dirty.remove(i);
            i.dirtyBytes = 0;
            dirtyBytes -= n;
        }
        return n;
    }

    /** Takes every dirty byte for writing to the disk (sync); returns how many. */
    public long writebackAll() {
        long n = dirtyBytes;
        for (Inode i : dirty) {
            i.dirtyBytes = 0;
        }
        dirty.clear();
        dirtyBytes = 0;
        return n;
    }

    /** Dirty bytes in the page cache (/proc/meminfo Dirty). */
    public long dirtyBytes() {
        return dirtyBytes;
    }

    public void unlink(Proc p, String path) {
        String abs = resolve(p, path, false);
        if (isProc(abs)) {
            throw new SyscallError(Errno.EACCES);
        }
        Inode dir = parentOf(p, abs);
        Inode i = dir.entries.get(baseName(abs));
        if (i == null) {
            throw new SyscallError(Errno.ENOENT);
        }
        if (i.isDir()) {
            throw new SyscallError(Errno.EISDIR);
        }
        checkDir(path, i);
        boolean sticky = (dir.perm & 01000) != 0;
        if (!may(p, dir, 2) || sticky && p.uid != 0 && p.uid != i.uid && p.uid != dir.uid) {
            throw new SyscallError(Errno.EACCES);
        }
        dir.entries.remove(baseName(abs));
        dir.modified(kernel.now());
        forget(i);
    }

    /**
     * utimensat(2): sets the file's access and modification times (ticks since boot), each
     * unless it is UTIME_OMIT; the change time becomes now. Setting times to now (now) needs
     * ownership or write permission (EACCES), any other time ownership (EPERM); root may do
     * both. Without follow (AT_SYMLINK_NOFOLLOW) a link's own times are set, as Linux does.
     */
    public void utimens(Proc p, String path, long atime, long mtime, boolean now, boolean follow) {
        if (path.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        String abs = resolve(p, path, follow);
        if (isProc(abs)) {
            procfs.stat(p, abs, new StatBuf());
            throw new SyscallError(Errno.EACCES);
        }
        Inode i = walk(p, abs);
        boolean owner = p.uid == 0 || p.uid == i.uid;
        if (!owner && (!now || !may(p, i, 2))) {
            throw new SyscallError(now ? Errno.EACCES : Errno.EPERM);
        }
        if (mtime != Syscall.Utimensat.UTIME_OMIT) {
            i.mtimeTicks = mtime;
        }
        if (atime != Syscall.Utimensat.UTIME_OMIT) {
            i.atimeTicks = atime;
        }
        i.ctimeTicks = kernel.now();
    }

    /**
     * chmod(2) and fchmodat(2): the permission bits of the file at path ({@link #setMode}).
     * Simplified: /proc's files are EPERM to everyone (Linux lets root change some).
     */
    public void chmod(Proc p, String path, int mode) {
        if (path.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        String abs = resolve(p, path, true);
        OpenFile linked = FdLinks.target(kernel, p, abs);
        Inode i = linked instanceof RegularFile r ? r.inode
                : linked instanceof DeviceFile d ? d.inode : null;
        if (linked == null && isProc(abs)) {
            procfs.stat(p, abs, new StatBuf());
            throw new SyscallError(Errno.EPERM);
        }
        if (linked != null && i == null) {
            throw new SyscallError(Errno.EPERM);    // Simplified: a pipe's fd, as for fchmod
        }
        setMode(p, i != null ? i : checkDir(path, walk(p, abs)), mode, kernel.now());
    }

    /**
     * Sets i's permission bits to mode &amp; 07777 (Linux chmod_common): only its owner or root
     * may (EPERM); without root, a caller outside the file's group loses the setgid bit
     * (setattr_prepare's rule, as Linux has no CAP_FSETID for it). The ctime becomes now.
     */
    public static void setMode(Proc p, Inode i, int mode, long now) {
        if (p.uid != 0 && p.uid != i.uid) {
            throw new SyscallError(Errno.EPERM);
        }
        int perm = mode & 07777;
        if (p.uid != 0 && !Credentials.inGroup(p, i.gid)) {
            perm &= ~02000;
        }
        i.perm = perm;
        i.ctimeTicks = now;
    }

    /**
     * rename(2): moves the entry oldpath to newpath, replacing newpath's file if it has one.
     * Checks everything first (Linux fs/namei.c do_renameat2), then relinks.
     */
    public void rename(Proc p, String oldpath, String newpath) {
        if (oldpath.isEmpty() || newpath.isEmpty()) {
            throw new SyscallError(Errno.ENOENT);
        }
        String from = resolve(p, oldpath, false);
        String to = resolve(p, newpath, false);
        if (isProc(from) || isProc(to)) {
            throw new SyscallError(Errno.EXDEV);
        }
        if (from.equals("/") || to.equals("/")) {
            throw new SyscallError(Errno.EBUSY);
        }
        Inode fromDir = parentOf(p, from);
        Inode i = fromDir.entries.get(baseName(from));
        if (i == null) {
            throw new SyscallError(Errno.ENOENT);
        }
        checkDir(oldpath, i);
        Inode toDir = parentOf(p, to);
        Inode old = toDir.entries.get(baseName(to));
        if (wantsDir(newpath) && !i.isDir()) {
            throw new SyscallError(Errno.ENOTDIR);
        }
        if (old == i) {
            return;
        }
        checkRename(p, fromDir, i, toDir, old, from, to);
        fromDir.entries.remove(baseName(from));
        toDir.entries.put(baseName(to), i);
        fromDir.modified(kernel.now());
        toDir.modified(kernel.now());
        i.ctimeTicks = kernel.now();
        if (i.isDir()) {
            i.parent = toDir;
        }
        if (old != null) {
            forget(old);
        }
    }

    private static void checkRename(Proc p, Inode fromDir, Inode i, Inode toDir, Inode old,
                                    String from, String to) {
        if (i.isDir() && (to + "/").startsWith(from + "/")) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (old != null && i.isDir() && !old.isDir()) {
            throw new SyscallError(Errno.ENOTDIR);
        }
        if (old != null && !i.isDir() && old.isDir()) {
            throw new SyscallError(Errno.EISDIR);
        }
        if (old != null && old.isDir() && !old.entries.isEmpty()) {
            throw new SyscallError(Errno.ENOTEMPTY);
        }
        if (!may(p, fromDir, 2) || !may(p, toDir, 2) || sticky(p, fromDir, i)
                || old != null && sticky(p, toDir, old)) {
            throw new SyscallError(Errno.EACCES);
        }
    }

    /** The sticky bit keeps others from removing or replacing a file in dir. */
    private static boolean sticky(Proc p, Inode dir, Inode i) {
        return (dir.perm & 01000) != 0 && p.uid != 0 && p.uid != i.uid && p.uid != dir.uid;
    }
}
