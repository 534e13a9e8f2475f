package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * diff against the host's GNU diff (diffutils 3.8): the same generated pairs of files and the
 * same commands under the host's bash, in a fresh temporary directory, and under miniunix, in
 * /tmp. Each command's stdout, stderr and status are kept apart in the transcript, so the
 * two must agree on all three. Both files of a pair get the same mtime (touch -d), so the
 * dates in -u and -c headers agree too. Skipped when the host has no bash or no diff.
 */
class DiffDifferentialTest {
    private static final int SEED = 20261205;
    /** How many generated pairs of files, each compared in several formats. */
    private static final int PAIRS = 50;
    /** Lines the generator picks from: few, so that lines repeat, with case and space variants. */
    private static final String[] WORDS = {"", "", "a", "b", "c", "d", "e", "f", "A", "B",
        "x y", "x  y", " x y", "x y ", "X Y", "\\tx", "}", "{", "  "};
    private static final String[] FLAGS = {"-i", "-w", "-b", "-B", "-U 1", "-C 1", "-U 0",
        "-iw", "-bB", "-u -i", "-c -w", "-q -b", "-s", "-y", "-y -W 40", "--left-column -y",
        "-y --suppress-common-lines", "-d", "-a", "--normal -B"};

    @Test
    void generatedPairsMatchGnuDiff() throws Exception {
        Random r = new Random(SEED);
        StringBuilder setup = new StringBuilder("export LC_ALL=C.UTF-8\n");
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String a = "p" + i + "a";
            String b = "p" + i + "b";
            setup.append(pair(r, a, b));
            commands.add("diff " + a + " " + b);
            commands.add("diff -u " + a + " " + b);
            commands.add("diff -c " + a + " " + b);
            commands.add("diff -q " + a + " " + b);
            commands.add("diff " + FLAGS[r.nextInt(FLAGS.length)] + " " + a + " " + b);
            commands.add("diff -u " + FLAGS[r.nextInt(8)] + " " + b + " " + a);
            if (i % 10 == 0) {
                commands.add("diff " + a + " nosuch" + i);
            }
        }
        setup.append("touch -d '2024-02-29 13:05:00' p*\n");
        compare(setup.toString(), commands, true);
    }

    /**
     * Longer files, where diffutils' heuristics show: many repeated lines (provisional
     * discards), and long files of unique lines with scattered edits.
     */
    @Test
    void longerFilesMatchGnuDiff() throws Exception {
        Random r = new Random(SEED + 1);
        StringBuilder setup = new StringBuilder("export LC_ALL=C.UTF-8\n");
        List<String> commands = new ArrayList<>();
        String[][] alphabets = {{"l0", "l1", "l2", "l3", "", ""}, null};
        for (int k = 0; k < 2; k++) {
            int n = k == 0 ? 700 : 2500;
            List<String> a = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                a.add(k == 0 ? alphabets[0][r.nextInt(6)] : "u" + i);
            }
            List<String> b = new ArrayList<>(a);
            for (int e = 0; e < n / 8; e++) {
                int at = r.nextInt(b.size());
                switch (r.nextInt(3)) {
                    case 0 -> b.add(at, "n" + r.nextInt(40));
                    case 1 -> b.remove(at);
                    default -> b.set(at, "c" + r.nextInt(20));
                }
            }
            setup.append(heredoc("long" + k + "a", a)).append(heredoc("long" + k + "b", b));
            for (String flags : new String[] {"", "-u", "-c", "-d", "-y"}) {
                commands.add("diff " + flags + " long" + k + "a long" + k + "b");
            }
        }
        setup.append("touch -d '2024-02-29 13:05:00' long*\n");
        compare(setup.toString(), commands, true);
    }

    private static String heredoc(String name, List<String> lines) {
        return "cat > " + name + " <<'EOF'\n" + String.join("\n", lines) + "\nEOF\n";
    }

    @Test
    void optionsDirectoriesAndErrorsMatchGnuDiff() throws Exception {
        String setup = "export LC_ALL=C.UTF-8\n"
                + "printf 'a\\nb\\nc\\n' > x; printf 'a\\nB\\nc\\n' > y; printf 'a\\nb' > z\n"
                + "printf 'a\\0b\\n' > bin1; printf 'a\\0c\\n' > bin2; : > empty\n"
                + "mkdir -p d1/sub d1/only1 d2/sub d2/only2 d1/s2 d2/s2\n"
                + "cp x d1/f; cp y d2/f; cp x d1/same; cp x d2/same; cp x d1/sub/g; cp z d2/sub/g\n"
                + "cp x d1/gone; cp y d2/new; cp x d1/only1/h; mkdir d2/s2/deep; cp x d2/s2/deep/k\n"
                + "mkdir d1/kind; cp x d2/kind; cp x d1/x\n"
                + "touch -d '2024-02-29 13:05:00' x y z empty d1/* d2/* d1/*/* d2/*/* d2/s2/deep/k\n";
        List<String> commands = new ArrayList<>(resource("diff.sh").lines().toList());
        compare(setup, commands, false);
    }

    /**
     * Two files as printf commands: lines from {@link #WORDS}, the second a copy of the first
     * with a few edits (insert, delete, change, swap, duplicate); now and then one is empty
     * or ends without a newline.
     */
    private static String pair(Random r, String nameA, String nameB) {
        List<String> a = new ArrayList<>();
        int n = r.nextInt(10) == 0 ? 0 : r.nextInt(24);
        for (int i = 0; i < n; i++) {
            a.add(WORDS[r.nextInt(WORDS.length)]);
        }
        List<String> b = new ArrayList<>(a);
        int edits = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = b.isEmpty() ? 0 : r.nextInt(b.size());
            switch (r.nextInt(5)) {
                case 0 -> b.add(r.nextInt(b.size() + 1), WORDS[r.nextInt(WORDS.length)]);
                case 1 -> {
                    if (!b.isEmpty()) {
                        b.remove(at);
                    }
                }
                case 2 -> {
                    if (!b.isEmpty()) {
                        b.set(at, WORDS[r.nextInt(WORDS.length)]);
                    }
                }
                case 3 -> {
                    if (at + 1 < b.size()) {
                        b.add(at, b.remove(at + 1));
                    }
                }
                default -> {
                    if (!b.isEmpty()) {
                        b.add(at, b.get(at));
                    }
                }
            }
        }
        if (r.nextInt(12) == 0) {
            b.clear();
        }
        return "printf '" + lines(a, r) + "' > " + nameA + "\nprintf '" + lines(b, r) + "' > "
                + nameB + "\n";
    }

    /** Lines joined for printf, each ending in \\n except, one time in five, the last. */
    private static String lines(List<String> lines, Random r) {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            s.append(l).append("\\n");
        }
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty() && r.nextInt(5) == 0) {
            s.setLength(s.length() - 2);
        }
        return s.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DiffDifferentialTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs setup and each command in both shells; the transcripts must match. A command's
     * stdout comes before its status line, its stderr after it (cat of a file); with
     * stderrAtEnd, all commands' stderr is gathered in one file printed at the end, which
     * saves a process per command (forks are slow on a loaded host).
     */
    private static void compare(String setup, List<String> commands, boolean stderrAtEnd)
            throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no host bash");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/diff")), "no host diff");
        StringBuilder body = new StringBuilder(setup);
        for (String c : commands) {
            body.append("echo '$ ").append(c.replace("'", "'\\''")).append("'\n");
            if (stderrAtEnd) {
                body.append(c).append(" 2>>_err\necho \"status $?\"\n");
            } else {
                body.append(c).append(" 2>_err\necho \"status $?\"; cat _err\n");
            }
        }
        body.append(stderrAtEnd ? "echo '-- stderr'; cat _err\n" : "").append("rm _err\n");
        String expected = host(body.toString());
        String actual = ScenarioTest.run(("mkdir /tmp/t && cd /tmp/t\n" + body)
                .getBytes(StandardCharsets.UTF_8), "--seed", "1").output();
        assertEquals(expected, actual);
    }

    private static String host(String script) throws IOException, InterruptedException {
        return HostBash.run(script, "TZ=UTC");
    }
}
