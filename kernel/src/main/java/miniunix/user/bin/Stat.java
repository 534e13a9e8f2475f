package miniunix.user.bin;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.StatfsBuf;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.CFormat;
import miniunix.user.lib.Canon;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;
import miniunix.user.lib.Strftime;

/**
 * stat(1) of coreutils 9.1: each FILE's inode (lstat(2), or stat(2) with -L; "-" is fstat(2)
 * of stdin) or, with -f, its filesystem (statfs(2)), printed in the default layout, tersely
 * (-t) or by a FORMAT (-c, which ends each with a newline; --printf, which does not and takes
 * backslash escapes). A format's {@code %} sequences take printf's flags, width and precision
 * ({@code %-10s}, {@code %04a}, {@code %.3Y}: seconds with 3 decimals).
 * <pre>
 *   for (file : files) { if (lstat(file, &amp;st) &lt; 0) error(0, errno, "cannot statx %s", file);
 *                        else print_it(format, file, &amp;st); }
 * </pre>
 * Times are printed in UTC; the kernel keeps no birth time, so Birth is {@code -} (and %W 0),
 * as on a filesystem without one; no security module keeps contexts, so %C is {@code ?} after
 * an error, as on Debian without SELinux.
 */
public final class Stat extends Proc {
    private static final String USAGE = "Usage: stat [OPTION]... FILE...\n"
            + "Display file or file system status.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -L, --dereference     follow links\n"
            + "  -f, --file-system     display file system status instead of file status\n"
            + "      --cached=MODE     specify how to use cached attributes;\n"
            + "                          useful on remote file systems. See MODE below\n"
            + "  -c  --format=FORMAT   use the specified FORMAT instead of the default;\n"
            + "                          output a newline after each use of FORMAT\n"
            + "      --printf=FORMAT   like --format, but interpret backslash escapes,\n"
            + "                          and do not output a mandatory trailing newline;\n"
            + "                          if you want a newline, include \\n in FORMAT\n"
            + "  -t, --terse           print the information in terse form\n"
            + "      --help        display this help and exit\n\n"
            + "The MODE argument of --cached can be: always, never, or default.\n"
            + "'always' will use cached attributes if available, while\n"
            + "'never' will try to synchronize with the latest attributes, and\n"
            + "'default' will leave it up to the underlying file system.\n\n"
            + "The valid format sequences for files (without --file-system):\n\n"
            + "  %a   permission bits in octal (note '#' and '0' printf flags)\n"
            + "  %A   permission bits and file type in human readable form\n"
            + "  %b   number of blocks allocated (see %B)\n"
            + "  %B   the size in bytes of each block reported by %b\n"
            + "  %C   SELinux security context string\n"
            + "  %d   device number in decimal (st_dev)\n"
            + "  %D   device number in hex (st_dev)\n"
            + "  %Hd  major device number in decimal\n"
            + "  %Ld  minor device number in decimal\n"
            + "  %f   raw mode in hex\n"
            + "  %F   file type\n"
            + "  %g   group ID of owner\n"
            + "  %G   group name of owner\n"
            + "  %h   number of hard links\n"
            + "  %i   inode number\n"
            + "  %m   mount point\n"
            + "  %n   file name\n"
            + "  %N   quoted file name with dereference if symbolic link\n"
            + "  %o   optimal I/O transfer size hint\n"
            + "  %s   total size, in bytes\n"
            + "  %r   device type in decimal (st_rdev)\n"
            + "  %R   device type in hex (st_rdev)\n"
            + "  %Hr  major device type in decimal, for character/block device special files\n"
            + "  %Lr  minor device type in decimal, for character/block device special files\n"
            + "  %t   major device type in hex, for character/block device special files\n"
            + "  %T   minor device type in hex, for character/block device special files\n"
            + "  %u   user ID of owner\n"
            + "  %U   user name of owner\n"
            + "  %w   time of file birth, human-readable; - if unknown\n"
            + "  %W   time of file birth, seconds since Epoch; 0 if unknown\n"
            + "  %x   time of last access, human-readable\n"
            + "  %X   time of last access, seconds since Epoch\n"
            + "  %y   time of last data modification, human-readable\n"
            + "  %Y   time of last data modification, seconds since Epoch\n"
            + "  %z   time of last status change, human-readable\n"
            + "  %Z   time of last status change, seconds since Epoch\n\n"
            + "Valid format sequences for file systems:\n\n"
            + "  %a   free blocks available to non-superuser\n"
            + "  %b   total data blocks in file system\n"
            + "  %c   total file nodes in file system\n"
            + "  %d   free file nodes in file system\n"
            + "  %f   free blocks in file system\n"
            + "  %i   file system ID in hex\n"
            + "  %l   maximum length of filenames\n"
            + "  %n   file name\n"
            + "  %s   block size (for faster transfers)\n"
            + "  %S   fundamental block size (for block counts)\n"
            + "  %t   file system type in hex\n"
            + "  %T   file system type in human readable form\n\n"
            + "--terse is equivalent to the following FORMAT:\n"
            + "    %n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o %C\n"
            + "--terse --file-system is equivalent to the following FORMAT:\n"
            + "    %n %i %l %t %s %S %b %f %a %c %d\n";

    /** coreutils' default formats (stat.c's default_format), SELinux's %C left out. */
    private static final String TERSE = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n";
    private static final String TERSE_FS = "%n %i %l %t %s %S %b %f %a %c %d\n";
    private static final String FS = "  File: \"%n\"\n    ID: %-8i Namelen: %-7l Type: %T\n"
            + "Block size: %-10s Fundamental block size: %S\n"
            + "Blocks: Total: %-10b Free: %-10f Available: %a\n"
            + "Inodes: Total: %-10c Free: %d\n";
    private static final String HEAD = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n";
    private static final String DEVICE = "Device: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n";
    private static final String PLAIN = "Device: %Hd,%Ld\tInode: %-11i Links: %h\n";
    private static final String TAIL = "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
            + "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";

    private static final List<String> STYLES = List.of("literal", "shell", "shell-always",
            "shell-escape", "shell-escape-always", "c", "escape", "locale", "clocale");
    private static final char PRINTF = '\u0080';
    private static final char CACHED = '\u0081';
    /** The magic numbers of statfs(2)'s f_type and their names (coreutils' human_fstype). */
    private static final long TMPFS_MAGIC = 0x01021994L;
    private static final long PROC_SUPER_MAGIC = 0x9fa0L;

    private enum Pc { START, TABLES, STATED, LINK, MOUNTS, CANON }

    private Pc pc = Pc.START;
    private boolean deref;
    private boolean fileSystem;
    private boolean terse;
    /** -c's or --printf's format (null: the default), and whether it is --printf's. */
    private String format;
    private boolean printf;
    /** $QUOTING_STYLE, for %N. */
    private String quotingStyle = "shell-escape-always";
    private List<String> files = List.of();
    private int next;
    private String file;
    private boolean failed;
    /** The user and group tables, for names. */
    private List<Passwd> users = List.of();
    private List<Passwd> groups = List.of();
    private Fetch fetch;
    private StatBuf st = new StatBuf();
    private StatfsBuf fs = new StatfsBuf();
    /** %N of a link: its target; %m: the mounts' directories and the file's canonical name. */
    private String link;
    private List<String> mounts = List.of();
    private Canon canon;
    private String mountPoint;
    private byte[] buf = new byte[4096];

    public Stat(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case TABLES: return tables(ret);
            case STATED: return stated(ret);
            case LINK:
                link = ret < 0 ? null : new String(buf, 0, (int) ret, StandardCharsets.UTF_8);
                return mountPoint();
            case MOUNTS: return mountsRead(ret);
            default: return canonicalized(ret);
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "c:fLt" + PRINTF + ":" + CACHED + ":", "format=c "
                + "file-system=f dereference=L terse=t printf=" + PRINTF + " cached=" + CACHED);
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        String cached = o.get(CACHED, null);
        if (cached != null && cachedMode(cached) != null) {
            return fail(1, cachedMode(cached) + " argument " + Quote.quote(cached) + " for "
                    + Quote.quote("--cached") + "\nValid arguments are:\n  - \u2018default\u2019\n"
                    + "  - \u2018never\u2019\n  - \u2018always\u2019\n" + Opts.tryHelp(prog()));
        }
        for (char c : o.sequence().toCharArray()) {
            if (c == 'c' || c == PRINTF) {
                printf = c == PRINTF;
            }
        }
        if (o.has('c') || o.has(PRINTF)) {
            format = o.get(printf ? PRINTF : 'c', "");
        }
        String style = getenv("QUOTING_STYLE");
        if (style != null && !STYLES.contains(style)) {
            err.print(prog()).print(": ignoring invalid value of environment variable "
                    + "QUOTING_STYLE: ").print(Quote.quote(style)).print('\n');
        } else if (style != null) {
            quotingStyle = style;
        }
        deref = o.has('L');
        fileSystem = o.has('f');
        terse = o.has('t');
        if (o.operands.isEmpty()) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        files = o.operands;
        if (fileSystem) {
            return nextFile();
        }
        pc = Pc.TABLES;
        fetch = new Fetch(Fetch.Kind.FILE, "/etc/passwd", 0);
        return fetch.next(0);
    }

    /** argmatch of --cached's MODE: null when it names one, else "invalid" or "ambiguous". */
    private static String cachedMode(String mode) {
        int found = 0;
        for (String m : List.of("default", "never", "always")) {
            if (m.equals(mode)) {
                return null;
            }
            found += m.startsWith(mode) ? 1 : 0;
        }
        return found == 1 ? null : found == 0 ? "invalid" : "ambiguous";
    }

    /** /etc/passwd, then /etc/group (a table that is missing is empty). */
    private Trap tables(long ret) {
        Trap t = fetch.next(ret);
        if (t != null) {
            return t;
        }
        String text = fetch.error < 0 ? "" : fetch.text();
        switch (fetch.path) {
            case "/etc/passwd":
                users = Passwd.parse(text);
                fetch = new Fetch(Fetch.Kind.FILE, "/etc/group", 0);
                return fetch.next(0);
            default:
                groups = Passwd.parse(text);
                fetch = null;
                return nextFile();
        }
    }

    private Trap nextFile() {
        if (next == files.size()) {
            return exit(failed ? 1 : 0);
        }
        file = files.get(next++);
        link = null;
        mountPoint = null;
        pc = Pc.STATED;
        if (fileSystem) {
            if (file.equals("-")) {
                return skip("using " + Quote.always("-")
                        + " to denote standard input does not work in file system mode");
            }
            return Libc.statfs(file, fs);
        }
        return file.equals("-") ? Libc.fstat(0, st) : deref ? Libc.stat(file, st)
                : Libc.lstat(file, st);
    }

    private Trap stated(long ret) {
        if (ret < 0) {
            return skip((fileSystem ? "cannot read file system information for " : "cannot statx ")
                    + Quote.always(file) + ": " + Errno.strerror(ret));
        }
        if (!fileSystem && st.isLink() && uses('N')) {
            pc = Pc.LINK;
            return Libc.readlink(file, buf);
        }
        return mountPoint();
    }

    /** %m: the mount whose directory is the longest one above the file's canonical name. */
    private Trap mountPoint() {
        if (fileSystem || !uses('m')) {
            return print();
        }
        pc = Pc.MOUNTS;
        fetch = new Fetch(Fetch.Kind.FILE, "/proc/mounts", 0);
        return fetch.next(0);
    }

    private Trap mountsRead(long ret) {
        Trap t = fetch.next(ret);
        if (t != null) {
            return t;
        }
        java.util.ArrayList<String> dirs = new java.util.ArrayList<>();
        for (String line : (fetch.error < 0 ? "" : fetch.text()).split("\n")) {
            String[] f = line.split(" ");
            if (f.length > 1) {
                dirs.add(f[1]);
            }
        }
        mounts = dirs;
        fetch = null;
        pc = Pc.CANON;
        canon = new Canon(file.equals("-") ? "/proc/self/fd/0" : file,
                deref ? Canon.Mode.EXISTING : Canon.Mode.ALL_BUT_LAST);
        return canonicalized(0);
    }

    private Trap canonicalized(long ret) {
        Trap t = canon.next(ret);
        if (t != null) {
            return t;
        }
        String path = canon.error == 0 ? canon.result : "/";
        mountPoint = "/";
        for (String m : mounts) {
            boolean under = m.equals("/") || path.equals(m) || path.startsWith(m + "/");
            if (under && m.length() >= mountPoint.length()) {
                mountPoint = m;
            }
        }
        canon = null;
        return print();
    }

    private Trap skip(String why) {
        err.print(prog()).print(": ").print(why).print('\n');
        failed = true;
        return nextFile();
    }

    /** Whether the format in use has the directive %c (a rough look: %%c counts too). */
    private boolean uses(char c) {
        return format().matches("(?s).*%[-#0+ 'I]*[0-9]*(\\.[0-9]*)?" + c + ".*");
    }

    private String format() {
        if (format != null) {
            return format;
        }
        if (fileSystem) {
            return terse ? TERSE_FS : FS;
        }
        if (terse) {
            return TERSE;
        }
        boolean device = st.isCharDevice() || (st.mode & StatBuf.S_IFMT) == 0060000;
        return HEAD + (device ? DEVICE : PLAIN) + TAIL;
    }

    /** print_it: the format with each directive replaced, escapes too for --printf. */
    private Trap print() {
        String f = format();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\' && printf) {
                i = escape(f, i, s);
            } else if (c != '%') {
                s.append(c);
            } else {
                int start = i + 1;
                int j = start;
                while (j < f.length() && "'-+ #0I".indexOf(f.charAt(j)) >= 0) {
                    j++;
                }
                String flags = f.substring(start, j);
                int w = j;
                while (j < f.length() && Character.isDigit(f.charAt(j))) {
                    j++;
                }
                int width = j > w ? parse(f.substring(w, j)) : 0;
                int precision = -1;
                if (j < f.length() && f.charAt(j) == '.') {
                    int p = ++j;
                    while (j < f.length() && Character.isDigit(f.charAt(j))) {
                        j++;
                    }
                    precision = parse(f.substring(p, j));
                }
                char conv = j < f.length() ? f.charAt(j) : '\0';
                char mod = 0;
                if ((conv == 'H' || conv == 'L') && j + 1 < f.length()
                        && (f.charAt(j + 1) == 'd' || f.charAt(j + 1) == 'r')) {
                    mod = conv;
                    conv = f.charAt(++j);
                }
                if (conv == '\0' || conv == '%') {
                    if (j > start) {
                        String bad = "%" + f.substring(start, Math.min(j + 1, f.length()));
                        out.print(s.toString());
                        return fail(1, Quote.quote(bad) + ": invalid directive");
                    }
                    s.append('%');
                    i = conv == '\0' ? j - 1 : j;
                    continue;
                }
                if (conv == 'C' && !fileSystem) {
                    // No security module keeps a context: getfilecon(3) finds none (ENODATA).
                    warn(s);
                    err.print(prog()).print(": failed to get security context of ")
                            .print(Quote.always(file)).print(": ")
                            .print(Errno.strerror(Errno.ENODATA.ret())).print('\n');
                    failed = true;
                }
                String digitsFlags = flags.replace("I", "").replace("'", "");
                s.append(fileSystem ? fsField(conv, digitsFlags, width, precision)
                        : field(conv, mod, digitsFlags, width, precision));
                i = j;
            }
        }
        out.print(s.toString()).print(format != null && !printf ? "\n" : "");
        return nextFile();
    }

    private static int parse(String digits) {
        if (digits.isEmpty()) {
            return 0;
        }
        return digits.length() > 9 ? Integer.MAX_VALUE / 2 : Integer.parseInt(digits);
    }

    /** One backslash escape of --printf at f[i]; returns the index of its last character. */
    private int escape(String f, int i, StringBuilder s) {
        if (i + 1 == f.length()) {
            warn(s);
            err.print(prog()).print(": warning: backslash at end of format\n");
            s.append('\\');
            return i;
        }
        char e = f.charAt(i + 1);
        int j = i + 1;
        if (e >= '0' && e <= '7') {
            int v = 0;
            for (int n = 0; n < 3 && j < f.length() && f.charAt(j) >= '0' && f.charAt(j) <= '7'; n++, j++) {
                v = v * 8 + f.charAt(j) - '0';
            }
            s.append((char) (v & 0xff));
            return j - 1;
        }
        if (e == 'x' && j + 1 < f.length() && Character.digit(f.charAt(j + 1), 16) >= 0) {
            int v = 0;
            j++;
            for (int n = 0; n < 2 && j < f.length() && Character.digit(f.charAt(j), 16) >= 0; n++, j++) {
                v = v * 16 + Character.digit(f.charAt(j), 16);
            }
            s.append((char) v);
            return j - 1;
        }
        int at = "abefnrtv\"\\".indexOf(e);
        if (at >= 0) {
            s.append("\u0007\b\u001b\f\n\r\t\u000b\"\\".charAt(at));
        } else {
            warn(s);
            err.print(prog()).print(": warning: unrecognized escape '\\").print(String.valueOf(e))
                    .print("'\n");
            s.append(e);
        }
        return j;
    }

    /** error(3) flushes stdout before it prints: what is formatted so far goes first. */
    private void warn(StringBuilder s) {
        out.print(s.toString());
        s.setLength(0);
    }

    /** A file's directive (print_stat). */
    private String field(char conv, char mod, String flags, int width, int precision) {
        switch (conv) {
            case 'a': return num(flags, width, precision, 'o', st.mode & 07777);
            case 'A': return str(flags, width, precision, LsLong.mode(st.mode));
            case 'b': return num(flags, width, precision, 'u', st.blocks);
            case 'B': return num(flags, width, precision, 'u', 512);
            case 'd':
                return num(flags, width, precision, 'u', mod == 'H' ? st.devMajor()
                        : mod == 'L' ? st.devMinor() : st.dev);
            case 'D': return num(flags, width, precision, 'x', st.dev);
            case 'f': return num(flags, width, precision, 'x', st.mode);
            case 'F': return str(flags, width, precision, type());
            case 'g': return num(flags, width, precision, 'u', st.gid);
            case 'G': return str(flags, width, precision, name(groups, st.gid));
            case 'h': return num(flags, width, precision, 'u', st.nlink);
            case 'i': return num(flags, width, precision, 'u', st.ino);
            case 'm': return str(flags, width, precision, mountPoint);
            case 'n': return str(flags, width, precision, file);
            case 'N': return str(flags, width, precision, quoted());
            case 'o': return num(flags, width, precision, 'u', 4096);
            case 's': return num(flags, width, precision, 'd', st.size);
            case 'r':
                return mod == 'H' ? num(flags, width, precision, 'u', st.rdevMajor())
                        : mod == 'L' ? num(flags, width, precision, 'u', st.rdevMinor())
                        : num(flags, width, precision, 'u', st.rdev);
            case 'R': return num(flags, width, precision, 'x', st.rdev);
            case 't': return num(flags, width, precision, 'x', st.rdevMajor());
            case 'T': return num(flags, width, precision, 'x', st.rdevMinor());
            case 'u': return num(flags, width, precision, 'u', st.uid);
            case 'U': return str(flags, width, precision, name(users, st.uid));
            case 'w': return str(flags, width, precision, "-");
            case 'W': return num(flags, width, precision, 'd', 0);
            case 'x': return str(flags, width, precision, human(st.atimeNs));
            case 'X': return seconds(flags, width, precision, st.atimeNs);
            case 'y': return str(flags, width, precision, human(st.mtimeNs));
            case 'Y': return seconds(flags, width, precision, st.mtimeNs);
            case 'z': return str(flags, width, precision, human(st.ctimeNs));
            case 'Z': return seconds(flags, width, precision, st.ctimeNs);
            default: return "?";
        }
    }

    /** A filesystem's directive (print_statfs). */
    private String fsField(char conv, String flags, int width, int precision) {
        switch (conv) {
            case 'a': return num(flags, width, precision, 'd', fs.bavail);
            case 'b': return num(flags, width, precision, 'd', fs.blocks);
            case 'c': return num(flags, width, precision, 'u', fs.files);
            case 'd': return num(flags, width, precision, 'd', fs.ffree);
            case 'f': return num(flags, width, precision, 'd', fs.bfree);
            case 'i': return num(flags, width, precision, 'x', 0);
            case 'l': return num(flags, width, precision, 'u', fs.namelen);
            case 'n': return str(flags, width, precision, file);
            case 's':
            case 'S': return num(flags, width, precision, 'u', fs.bsize);
            case 't': return num(flags, width, precision, 'x', fs.type);
            case 'T': return str(flags, width, precision, fsType(fs.type));
            default: return "?";
        }
    }

    /** human_fstype: the names of the filesystems there are here. */
    private static String fsType(long magic) {
        return magic == TMPFS_MAGIC ? "tmpfs" : magic == PROC_SUPER_MAGIC ? "proc"
                : "UNKNOWN (0x" + Long.toHexString(magic) + ")";
    }

    /** file_type: coreutils' name of the kind of file. */
    private String type() {
        switch (st.mode & StatBuf.S_IFMT) {
            case StatBuf.S_IFREG: return st.size == 0 ? "regular empty file" : "regular file";
            case StatBuf.S_IFDIR: return "directory";
            case StatBuf.S_IFLNK: return "symbolic link";
            case StatBuf.S_IFCHR: return "character special file";
            case 0060000: return "block special file";
            case StatBuf.S_IFIFO: return "fifo";
            case 0140000: return "socket";
            default: return "weird file";
        }
    }

    /**
     * %N: the name, and a link's target after {@code ->}, quoted in $QUOTING_STYLE
     * (shell-escape-always unless it says otherwise; the default layout's are as they are).
     */
    private String quoted() {
        String style = format == null && !terse ? "literal" : quotingStyle;
        String q = quote(style, file);
        return link == null ? q : q + " -> " + quote(style, link);
    }

    private static String quote(String style, String s) {
        switch (style) {
            case "literal":
            case "escape":
                return s;
            case "shell":
            case "shell-escape":
                return Quote.shell(s);
            case "c":
            case "clocale":
                return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case "locale":
                return Quote.quote(s);
            default:
                return Quote.always(s);
        }
    }

    private static String name(List<Passwd> table, int id) {
        for (Passwd p : table) {
            if (p.uid() == id) {
                return p.name();
            }
        }
        return "UNKNOWN";
    }

    /** A time (ns since the epoch) as {@code 2026-12-06 02:21:33.610000000 +0000}. */
    private static String human(long ns) {
        return Strftime.format("%Y-%m-%d %H:%M:%S.%N %z", Math.floorDiv(ns, 1_000_000_000L),
                (int) Math.floorMod(ns, 1_000_000_000L));
    }

    /**
     * out_epoch_sec: seconds since the epoch; with a precision, that many digits of the
     * fraction after a dot (none for .0), the width then counting the whole.
     */
    private static String seconds(String flags, int width, int precision, long ns) {
        long sec = Math.floorDiv(ns, 1_000_000_000L);
        if (precision <= 0) {
            return num(flags, width, -1, 'd', sec);
        }
        String frac = String.format("%09d", Math.floorMod(ns, 1_000_000_000L));
        frac = precision <= 9 ? frac.substring(0, precision) : frac + "0".repeat(precision - 9);
        String text = sec + "." + frac;
        int fill = Math.max(0, width - text.length());
        if (flags.contains("-")) {
            return text + " ".repeat(fill);
        }
        return (flags.contains("0") ? "" : " ".repeat(fill))
                + (flags.contains("0") ? "0".repeat(fill) : "") + text;
    }

    /**
     * An integer directive as printf prints it: out_int (conv d: flags - + space 0),
     * out_uint (u: - 0), out_uint_o and out_uint_x (o, x: - # 0).
     */
    private static String num(String flags, int width, int precision, char conv, long v) {
        String allowed = conv == 'd' ? "-+ 0" : conv == 'u' ? "-0" : "-#0";
        StringBuilder f = new StringBuilder();
        for (char c : flags.toCharArray()) {
            if (allowed.indexOf(c) >= 0 && f.indexOf(String.valueOf(c)) < 0) {
                f.append(c);
            }
        }
        BigInteger b = conv == 'd' ? BigInteger.valueOf(v)
                : new BigInteger(Long.toUnsignedString(v));
        char c = conv == 'u' ? 'u' : conv;
        return new String(new CFormat(f.toString(), width, precision, c).integer(b),
                StandardCharsets.ISO_8859_1);
    }

    /** A string directive: out_string (flag -, a width and a precision). */
    private static String str(String flags, int width, int precision, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new CFormat(flags.contains("-") ? "-" : "", width, precision, 's').string(b);
        return new String(padded, StandardCharsets.UTF_8);
    }

    @Override
    protected void deepen() {
        st = st.copy();
        StatfsBuf f = new StatfsBuf();
        f.type = fs.type;
        f.bsize = fs.bsize;
        f.blocks = fs.blocks;
        f.bfree = fs.bfree;
        f.bavail = fs.bavail;
        f.files = fs.files;
        f.ffree = fs.ffree;
        f.namelen = fs.namelen;
        fs = f;
        fetch = fetch == null ? null : fetch.copy();
        canon = canon == null ? null : canon.copy();
        buf = buf.clone();
    }
}
