package miniunix.app;

import static miniunix.app.ToolsDifferentialTest.compare;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ls's options against the host's coreutils on generated trees (seeded): the same script
 * builds the same files (names, sizes, modes by umask and chmod, times by touch -t, directories
 * touched last) in a fresh temporary directory on the host and in /tmp here, then both run
 * the same ls commands and the transcripts must match. The two machines' owners differ (root
 * there, user here), so long listings drop them (-g -o), or show them as numbers after both
 * sides make them 1000 (-n); inode numbers differ, so -i's are masked. Skipped when the host
 * has no bash (see {@link ToolsDifferentialTest#compare}), or no tmpfs to run in (directory
 * sizes and blocks are a filesystem's: {@link HostBash#onTmpfs}).
 */
class LsDifferentialTest {
    private static final int SEED = 20261206;
    private static final int TREES = 3;
    /** Layouts run many widths each, so fewer trees. */
    private static final int LAYOUT_TREES = 2;
    /** Without -i's numbers (the first field), which differ between the machines. */
    private static final String NO_INODES = " | tr -s ' ' | cut -d' ' -f2-";

    @BeforeEach
    void needsTmpfs() {
        assumeTrue(HostBash.onTmpfs(), "no tmpfs on the host");
    }

    @Test
    void sortingAndFilteringMatchCoreutils() throws Exception {
        Random r = new Random(SEED);
        StringBuilder setup = new StringBuilder();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < TREES; i++) {
            String t = "t" + i;
            setup.append(tree(r, t, 2, true));
            for (String o : List.of("-A", "-r", "-t", "-tr", "-S", "-Sr", "-rS", "-St", "-X",
                    "--sort=width", "-d", "-Ad", "-F", "-p", "--file-type", "-U1A", "-Q",
                    "-At1", "-R -t", "-Rr", "-RS1", "--group-directories-first",
                    "--sort=none -r", "-f -t", "-ct -u -U")) {
                // Directory order differs (the host's is its filesystem's hash order).
                boolean unsorted = o.contains("U") || o.contains("-f") || o.contains("none");
                commands.add("ls " + o + " " + t + (unsorted ? " | sort" : ""));
            }
            commands.add("(cd " + t + " && ls -d * .[!.]*)");
            commands.add("(cd " + t + " && ls -dt */ ; ls -dF *)");
        }
        // In C.UTF-8 coreutils quotes its arguments in its messages with curly quotes.
        commands.addAll(List.of("ls -tr t0 t1 nosuch t2", "ls -d t0 t1", "ls -dS t0/* t1/*",
                "ls -A t0 -d", "ls -z t0", "ls -lz", "ls --bogus", "LC_ALL=C ls --color=bad",
                "LC_ALL=C ls --classify=nope", "LC_ALL=C ls --indicator-style=foo",
                "LC_ALL=C ls -l --time-style=foo t0", "ls --time-style=foo t0",
                "LC_ALL=C ls -w x t0", "ls -w", "LC_ALL=C ls -T y t0", "LC_ALL=C ls --format=bad",
                "ls --all --reverse --almost-all t1"));
        compare(setup.toString(), commands);
    }

    @Test
    void longFormatsMatchCoreutils() throws Exception {
        Random r = new Random(SEED + 1);
        StringBuilder setup = new StringBuilder();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < TREES; i++) {
            String t = "t" + i;
            // Both sides own the files as 1000 (the host's chown; here they are user's already,
            // and chown is not there), so -n agrees.
            setup.append(tree(r, t, 1, false)).append("chown -R 1000:1000 " + t + " 2>/dev/null\n");
            for (String o : List.of("-lgo", "-go", "-gohtrA", "-lgoS", "-lgoh", "-lgo --si",
                    "-gos", "-gosh", "-s", "-sh", "-s1", "-sS", "-Rgo", "-go --full-time",
                    "-go --time-style=long-iso", "-go --time-style=iso", "-go --time-style=+%F",
                    "--full-time -o -g", "-lgoF", "-lgop", "-n", "-nh", "-lgod", "-lgoQ")) {
                commands.add("ls " + o + " " + t);
            }
            commands.add("ls -igo " + t + NO_INODES);
            commands.add("ls -i1 " + t + NO_INODES);
            commands.add("ls -lgo -ct " + t + " | tail -n +1 | cut -c1-10 | sort | uniq -c");
        }
        commands.addAll(List.of("ls -go t0/* t1", "ls -sgo nosuch t0", "ls -gorS t1 t2",
                "ls -l1go t0", "ls -1lgo t0", "ls -lf t0 | sort", "ls -flgoA t0 | sort",
                "ls -sf t0 | sort", "ls -fs t0 | sort"));
        compare(setup.toString(), commands);
    }

    @Test
    void layoutsAndColoursMatchCoreutils() throws Exception {
        Random r = new Random(SEED + 2);
        StringBuilder setup = new StringBuilder();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < LAYOUT_TREES; i++) {
            String t = "t" + i;
            setup.append(tree(r, t, 1, true));
            for (int width : new int[] {0, 1, 20, 33, 80}) {
                for (String o : List.of("-C", "-x", "-m", "-Cs", "-xs", "-ms", "-mF", "-CF",
                        "-CA -T 4", "-x -T 0")) {
                    commands.add("ls " + o + " -w " + width + " " + t
                            + (o.contains("i") ? NO_INODES : ""));
                }
            }
            for (String o : List.of("--color", "--color=always -F", "--color=yes -lgo",
                    "--color=force -C -w 30", "--color=auto", "--color=never", "--color -m",
                    "--color=always -f")) {
                commands.add("ls " + o + " " + t + (o.contains("f") ? " | sort" : ""));
            }
        }
        commands.addAll(List.of("ls --color /tmp /dev/null -d",
                "LS_COLORS='di=35:*.b0=4;31:fi=1' ls --color t0 t1",
                "LS_COLORS='no-equals' ls --color t0", "COLUMNS=30 ls -C t0 t1",
                "ls -C t0 t1 -w 200", "ls -x -R -w 30 t1", "ls -m -w 10 t0 t1"));
        compare(setup.toString(), commands);
    }

    /**
     * Commands that make a random tree under root, depth levels deep: directories (some with
     * umask 0, other-writable, or sticky by chmod) and files of random sizes up to a few MiB
     * (so -h shows K and M), some with umask 077 or made executable, setuid or setgid, each with a time by touch -t from 2019 to 2024 (some the same).
     * Directories are touched after their contents, which change their mtime.
     */
    static String tree(Random r, String root, int depth, boolean setid) {
        StringBuilder s = new StringBuilder("mkdir -p '" + root + "'\n");
        for (int n = 1 + r.nextInt(7); n >= 0; n--) {
            String path = root + "/" + name(r);
            if (depth > 0 && r.nextInt(4) == 0) {
                s.append(r.nextInt(3) == 0 ? "(umask 0; " : "(");
                s.append(tree(r, path, depth - 1, setid).replace("\n", "; ")).append(")\n");
            } else {
                long size = switch (r.nextInt(4)) {
                    case 0 -> r.nextInt(3);
                    case 1 -> r.nextInt(5000);
                    case 2 -> r.nextInt(200_000);
                    default -> r.nextInt(3_000_000);
                };
                s.append(r.nextInt(4) == 0 ? "(umask 077; " : "(").append("head -c ")
                        .append(size).append(" /dev/zero > '").append(path).append("')\n");
                // Not setuid or setgid where the host chowns after: Linux's chown clears them.
                String[] modes = setid ? new String[] {"755", "4755", "2711", "700"}
                        : new String[] {"755", "711", "700"};
                if (r.nextInt(3) == 0) {
                    s.append("chmod ").append(modes[r.nextInt(modes.length)]).append(" '")
                            .append(path).append("'\n");
                }
                s.append(touch(r, path));
            }
        }
        String[] dirModes = {"1777", "1755", "755"};
        if (r.nextInt(3) == 0) {
            s.append("chmod ").append(dirModes[r.nextInt(dirModes.length)]).append(" '")
                    .append(root).append("'\n");
        }
        return s.append(touch(r, root)).toString();
    }

    private static String touch(Random r, String path) {
        int year = 2019 + r.nextInt(3) * 2;
        return String.format("touch -t %d%02d%02d%02d%02d.%02d '%s'\n", year, 1 + r.nextInt(2),
                1 + r.nextInt(2), r.nextInt(2) * 12, r.nextInt(2) * 30, r.nextInt(2), path);
    }

    private static String name(Random r) {
        String[] starts = {"a", "b", "B", ".h", "z", "x.y", "_", "9", "long_name_"};
        return starts[r.nextInt(starts.length)] + (char) ('a' + r.nextInt(26)) + r.nextInt(10)
                + (r.nextInt(3) == 0 ? ".b" + r.nextInt(2) : "");
    }
}
