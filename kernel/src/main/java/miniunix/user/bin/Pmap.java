package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Procps;
import miniunix.user.lib.Report;

/**
 * pmap(1) of procps: the memory map of each PID from /proc/PID/maps (and, with -x, the sizes
 * in /proc/PID/smaps), in procps' layout: address, size, mode (r, w, x, s for shared) and the
 * mapping (a file's base name, [ anon ], [ stack ]), then the total. A pid that does not exist
 * is skipped and the status is 42, as procps does.
 */
public final class Pmap extends Report implements Procps {
    private static final String USAGE = "\nUsage:\n pmap [options] PID [PID ...]\n\nOptions:\n"
            + " -x, --extended              show details\n";
    private static final long CMDLINE = 0;
    private static final long MAPS = 1;

    private boolean extended;
    private final List<Integer> pids = new ArrayList<>();
    private String[] cmdline;
    private String[] maps;
    private boolean missing;

    public Pmap(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        for (String a : argv.subList(1, argv.size())) {
            if (a.equals("-x") || a.equals("--extended")) {
                extended = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return 0;
            } else if (a.matches("[0-9]{1,9}")) {
                pids.add(Integer.parseInt(a));
            } else if (a.startsWith("-")) {
                err.print("pmap: invalid option -- '" + a.substring(1) + "'\n" + USAGE);
                return 1;
            } else {
                err.print("pmap: invalid process id: " + a + "\n");
                return 1;
            }
        }
        if (pids.isEmpty()) {
            err.print(USAGE);
            return 1;
        }
        cmdline = new String[pids.size()];
        maps = new String[pids.size()];
        for (int i = 0; i < pids.size(); i++) {
            fetch(Fetch.Kind.FILE, "/proc/" + pids.get(i) + "/cmdline", i * 2 + CMDLINE);
            fetch(Fetch.Kind.FILE, "/proc/" + pids.get(i) + (extended ? "/smaps" : "/maps"),
                    i * 2 + MAPS);
        }
        return -1;
    }

    @Override
    protected void got(Fetch f) {
        int i = (int) (f.tag / 2);
        String text = f.error < 0 ? null : f.text();
        if (f.tag % 2 == CMDLINE) {
            cmdline[i] = text == null ? null : text.replace('\0', ' ').trim();
        } else {
            maps[i] = text;
        }
    }

    @Override
    protected int report() {
        for (int i = 0; i < pids.size(); i++) {
            if (maps[i] == null || cmdline[i] == null) {
                missing = true;
                continue;
            }
            out.print(pids.get(i) + ":   " + cmdline[i] + "\n");
            if (extended) {
                extended(maps[i]);
            } else {
                plain(maps[i]);
            }
        }
        return missing ? 42 : 0;
    }

    private void plain(String text) {
        long total = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Region r = Region.parse(line);
            total += r.kb();
            out.print(String.format(Locale.ROOT, "%016x %6dK %s %s\n", r.start, r.kb(), r.mode(),
                    r.mapping()));
        }
        out.print(String.format(Locale.ROOT, " total %16dK\n", total));
    }

    private void extended(String text) {
        out.print("Address           Kbytes     RSS   Dirty Mode  Mapping\n");
        long total = 0;
        long rss = 0;
        long dirty = 0;
        Region r = null;
        long rRss = 0;
        long rDirty = 0;
        for (String line : (text + "VmFlags: end\n").split("\n")) {
            if (line.startsWith("Rss:")) {
                rRss = kb(line);
            } else if (line.startsWith("Shared_Dirty:") || line.startsWith("Private_Dirty:")) {
                rDirty += kb(line);
            } else if (line.startsWith("VmFlags:") && r != null) {
                out.print(String.format(Locale.ROOT, "%016x %7d %7d %7d %s %s\n", r.start, r.kb(),
                        rRss, rDirty, r.mode(), r.mapping()));
                total += r.kb();
                rss += rRss;
                dirty += rDirty;
                r = null;
            } else if (!line.isEmpty() && Character.digit(line.charAt(0), 16) >= 0
                    && line.indexOf('-') > 0 && line.indexOf(':') > line.indexOf(' ')) {
                r = Region.parse(line);
                rRss = 0;
                rDirty = 0;
            }
        }
        out.print("---------------- ------- ------- ------- \n");
        out.print(String.format(Locale.ROOT, "total kB %15d %7d %7d\n", total, rss, dirty));
    }

    private static long kb(String line) {
        String[] f = line.trim().split("\\s+");
        return f.length >= 2 ? Long.parseLong(f[1]) : 0;
    }

    /** One line of /proc/PID/maps. */
    private record Region(long start, long end, String perms, String path) {
        static Region parse(String line) {
            String[] f = line.trim().split("\\s+", 6);
            int dash = f[0].indexOf('-');
            return new Region(Long.parseUnsignedLong(f[0].substring(0, dash), 16),
                    Long.parseUnsignedLong(f[0].substring(dash + 1), 16), f[1],
                    f.length > 5 ? f[5] : "");
        }

        long kb() {
            return (end - start) / 1024;
        }

        /** procps' mode: r w x, then s when shared, then '-'. */
        String mode() {
            return perms.substring(0, 3) + (perms.charAt(3) == 's' ? 's' : '-') + "-";
        }

        String mapping() {
            if (path.isEmpty()) {
                return "  [ anon ]";
            }
            if (path.equals("[stack]")) {
                return "  [ stack ]";
            }
            if (path.equals("[heap]")) {
                return "  [ anon ]";
            }
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }
}
