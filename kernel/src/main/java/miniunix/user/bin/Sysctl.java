package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Procps;
import miniunix.user.lib.Report;

/**
 * sysctl(8) (procps-ng): kernel parameters as files under /proc/sys, a key's dots standing
 * for the path's slashes. {@code sysctl NAME...} prints {@code NAME = VALUE}; {@code -n} the
 * value alone; {@code sysctl [-w] NAME=VALUE} writes VALUE to the file (the kernel checks it)
 * and prints the setting; {@code -a} prints every parameter, sorted. Errors in procps's words;
 * any error makes the status 255, as procps's -1 does.
 */
public final class Sysctl extends Report implements Procps {
    private static final String ROOT = "/proc/sys";
    private static final int FAILED = 255;
    private static final long TAG_TOP = -1;
    private static final long TAG_DIR = -2;

    /** One key to show or set, in command-line order. */
    private static final class Item {
        final String key;
        final String value;
        long error;
        String read;

        Item(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final TreeMap<String, String> all = new TreeMap<>();
    private boolean valuesOnly;
    private boolean everything;
    private int fd = -1;
    private int status;

    public Sysctl(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        boolean write = false;
        for (String a : argv.subList(1, argv.size())) {
            if (a.equals("-a") || a.equals("-A") || a.equals("-X") || a.equals("--all")) {
                everything = true;
            } else if (a.equals("-n") || a.equals("--values")) {
                valuesOnly = true;
            } else if (a.equals("-w") || a.equals("--write")) {
                write = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                err.print("sysctl: invalid option -- '" + a.substring(1) + "'\n"
                        + "Try `sysctl --help' for more information.\n");
                return 1;
            } else {
                int eq = a.indexOf('=');
                if (write && eq < 0) {
                    err.print("sysctl: \"" + a + "\" must be of the form name=value\n");
                    return FAILED;
                }
                items.add(eq < 0 ? new Item(a, null) : new Item(a.substring(0, eq).strip(),
                        a.substring(eq + 1).strip()));
            }
        }
        if (everything) {
            fetch(Fetch.Kind.DIR, ROOT, TAG_TOP);
            return -1;
        }
        if (items.isEmpty()) {
            err.print("sysctl: no variables specified\n"
                    + "Try `sysctl --help' for more information.\n");
            return 1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).value == null) {
                fetch(Fetch.Kind.FILE, path(items.get(i).key), i);
            }
        }
        return -1;
    }

    private static String path(String key) {
        return ROOT + "/" + key.replace('.', '/');
    }

    /** Settings first: three calls each (open, write, close). */
    @Override
    protected Trap first(int n) {
        int k = settingIndex(n / 3);
        if (k < 0) {
            return null;
        }
        Item it = items.get(k);
        switch (n % 3) {
            case 0:
                return Libc.open(path(it.key), Fcntl.O_WRONLY, 0);
            case 1:
                if (fd < 0) {
                    return new Syscall.Getpid();       // the open failed: nothing to write
                }
                byte[] b = (it.value + "\n").getBytes(StandardCharsets.UTF_8);
                return Libc.write(fd, b, 0, b.length);
            default:
                if (fd < 0) {
                    return new Syscall.Getpid();
                }
                return new Syscall.Close(fd);
        }
    }

    @Override
    protected void firstDone(int n, long ret) {
        Item it = items.get(settingIndex(n / 3));
        if (n % 3 == 0) {
            fd = ret < 0 ? -1 : (int) ret;
            it.error = ret < 0 ? ret : 0;
        } else if (n % 3 == 1 && fd >= 0) {
            it.error = ret < 0 ? ret : 0;
        } else if (n % 3 == 2) {
            fd = -1;
        }
    }

    /** The index in items of the k-th setting, or -1. */
    private int settingIndex(int k) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).value != null && k-- == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag == TAG_TOP || f.tag == TAG_DIR) {
            for (int i = 0; i < f.names.size(); i++) {
                String name = f.names.get(i);
                if (name.equals(".") || name.equals("..")) {
                    continue;
                }
                boolean dir = f.types.get(i) == miniunix.kernel.uapi.StatBuf.DT_DIR;
                fetch(dir ? Fetch.Kind.DIR : Fetch.Kind.FILE, f.path + "/" + name,
                        dir ? TAG_DIR : Long.MIN_VALUE);
            }
            return;
        }
        if (f.tag == Long.MIN_VALUE) {
            if (f.error >= 0) {
                all.put(f.path.substring(ROOT.length() + 1).replace('/', '.'), text(f));
            }
            return;
        }
        Item it = items.get((int) f.tag);
        it.error = f.error;
        it.read = f.error < 0 ? null : text(f);
    }

    private static String text(Fetch f) {
        String s = new String(f.data, 0, f.length, StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    protected int report() {
        if (everything) {
            for (var e : all.entrySet()) {
                line(e.getKey(), e.getValue());
            }
            return 0;
        }
        for (Item it : items) {
            if (it.error == Errno.ENOENT.ret()) {
                err.print("sysctl: cannot stat " + path(it.key) + ": No such file or directory\n");
                status = FAILED;
            } else if (it.error == Errno.EACCES.ret() || it.error == Errno.EPERM.ret()) {
                err.print("sysctl: permission denied on key \"" + it.key + "\"\n");
                status = FAILED;
            } else if (it.error < 0) {
                err.print("sysctl: " + (it.value != null ? "setting key \"" + it.key + "\""
                        : "reading key \"" + it.key + "\"") + ": " + Errno.strerror(it.error)
                        + "\n");
                status = FAILED;
            } else {
                line(it.key, it.value != null ? it.value : it.read);
            }
        }
        return status;
    }

    private void line(String key, String value) {
        out.print(valuesOnly ? value + "\n" : key + " = " + value + "\n");
    }
}
