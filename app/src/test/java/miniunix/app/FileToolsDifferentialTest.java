package miniunix.app;

import static miniunix.app.ToolsDifferentialTest.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ls -R, cp and chmod against the host's coreutils on generated trees (seeded): the same
 * script builds the same tree in a fresh temporary directory on the host and in /tmp here,
 * runs the same commands, and the transcripts (stdout and stderr with each status) must match.
 * Owners and times differ between the two machines, so long listings keep only the mode,
 * link count, size and name. Skipped when the host has no bash (see {@link
 * ToolsDifferentialTest#compare}).
 */
class FileToolsDifferentialTest {
    private static final int SEED = 20261205;
    /** How many trees ls -R lists. */
    private static final int TREES = 6;
    /** ls -l's columns that do not depend on the machine: mode, links, size, name. */
    private static final String LONG = " | tr -s ' ' | cut -d' ' -f1,2,5,9-";

    @Test
    void lsRecursiveMatchesCoreutils() throws Exception {
        Random r = new Random(SEED);
        StringBuilder setup = new StringBuilder();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < TREES; i++) {
            String root = "t" + i;
            setup.append(tree(r, root, 3));
            commands.add("ls -R " + root);
            commands.add("ls -Ra " + root);
            commands.add("ls -R1 " + root + "/");
            commands.add("ls -Rl " + root + LONG);
            // The root's ".." is the temporary directory, whose mode differs.
            commands.add("ls -Rla " + root + LONG + " | grep -v ' [.][.]$'");
        }
        commands.addAll(List.of("ls -R", "ls -R t0 t1/ nosuch t2", "ls -R t0//", "ls -R nosuch",
                "touch f; ls -R f t3 f", "ls --recursive --all t4", "(cd t5 && ls -R ../t0 .)",
                "ls -R --bogus", "ls -Rl nosuch t1" + LONG, "mkdir e; ls -R e; ls -Rl e", "ls -lR f" + LONG));
        compare(setup.toString(), commands);
    }

    /**
     * Commands that make a random tree under root, depth levels deep: directories and files
     * with short names (some hidden, some with a space), files with a line or two of text.
     */
    static String tree(Random r, String root, int depth) {
        StringBuilder s = new StringBuilder("mkdir -p '" + root + "'\n");
        for (int n = r.nextInt(5); n >= 0; n--) {
            String path = root + "/" + name(r);
            if (depth > 0 && r.nextInt(3) == 0) {
                s.append(tree(r, path, depth - 1));
            } else {
                s.append("printf '").append("line ".repeat(r.nextInt(4))).append(r.nextInt(99))
                        .append("\\n' > '").append(path).append("'\n");
            }
        }
        return s.toString();
    }

    private static String name(Random r) {
        String[] starts = {"a", "b", "B", ".h", "z", "x y", "_", "9"};
        return starts[r.nextInt(starts.length)] + (char) ('a' + r.nextInt(26)) + r.nextInt(10);
    }
}
