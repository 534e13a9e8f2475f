package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Proc;

/**
 * which(1) of Debian's debianutils: for each NAME, the first file PATH/NAME that is a regular
 * executable file (all of them with -a; an empty PATH entry is "."); a NAME with a '/' is
 * checked as it is. Nothing is printed for a name not found; the status is then 1 (and 1 with
 * no NAME at all), 2 for a bad option.
 * <pre>
 *   for dir in $PATH: if [ -f "$dir/$name" ] &amp;&amp; [ -x "$dir/$name" ]; then echo "$dir/$name"
 * </pre>
 * Simplified: -x is judged from the owner and other permission bits (root: any x bit).
 */
public final class Which extends Proc {
    private boolean all;
    private List<String> names = List.of();
    private List<String> dirs = List.of();
    private int name = -1;
    private int dir;
    private boolean found;
    private boolean missing;
    private int uid = -1;
    private String candidate;
    private StatBuf st = new StatBuf();

    public Which(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (uid < 0) {
            if (name < 0) {
                name = 0;
                return new Syscall.Getuid();
            }
            uid = (int) ret;
            return start();
        }
        boolean hit = ret >= 0 && st.isRegular() && executable();
        if (hit) {
            out.print(candidate).print('\n');
            found = true;
        }
        return hit && !all ? nextName() : nextCandidate();
    }

    private Trap start() {
        int i = 1;
        for (; i < argv.size() && argv.get(i).startsWith("-") && argv.get(i).length() > 1; i++) {
            if (argv.get(i).equals("--")) {
                i++;
                break;
            }
            for (char c : argv.get(i).substring(1).toCharArray()) {
                if (c != 'a') {
                    err.print("Illegal option -").print(c).print('\n');
                    out.print("Usage: /bin/which [-a] args\n");
                    return exit(2);
                }
                all = true;
            }
        }
        names = argv.subList(i, argv.size());
        String path = getenv("PATH") != null ? getenv("PATH") : "";
        List<String> d = new ArrayList<>(List.of(path.split(":", -1)));
        if (path.endsWith(":") && !path.endsWith("::")) {
            d.remove(d.size() - 1);
            d.add("");
        }
        dirs = d;
        missing = names.isEmpty();
        name = -1;
        return nextName();
    }

    private Trap nextName() {
        if (name >= 0 && !found) {
            missing = true;
        }
        if (++name == names.size()) {
            return exit(missing ? 1 : 0);
        }
        found = false;
        dir = -1;
        if (names.get(name).contains("/")) {
            dir = dirs.size();
            return stat(names.get(name));
        }
        return nextCandidate();
    }

    private Trap nextCandidate() {
        if (++dir >= dirs.size()) {
            return nextName();
        }
        String d = dirs.get(dir).isEmpty() ? "." : dirs.get(dir);
        return stat(d + "/" + names.get(name));
    }

    private Trap stat(String path) {
        candidate = path;
        st = new StatBuf();
        return Libc.stat(path, st);
    }

    private boolean executable() {
        if (uid == 0) {
            return (st.mode & 0111) != 0;
        }
        return (st.mode & (uid == st.uid ? 0100 : 0001)) != 0;
    }

    @Override
    protected void deepen() {
        st = st.copy();
    }
}
