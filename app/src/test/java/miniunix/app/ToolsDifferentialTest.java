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
 * The everyday commands against the host's GNU tools and bash: one script makes the same
 * generated inputs (seeded) and runs the same commands under the host's bash, in a fresh
 * temporary directory, and under miniunix, in /tmp. Each command's stdout and stderr go to one
 * stream ({@code 2>&1}) and its status follows it, so the two transcripts must be equal line
 * for line. Skipped when the host has no bash.
 *
 * <p>Only what must differ is normalised: nothing, so far, but where programs live
 * (/usr/bin on the host, /bin here).
 */
class ToolsDifferentialTest {
    private static final int SEED = 20261205;
    /** How many random pairs of files cmp and diff compare. */
    private static final int PAIRS = 30;

    @Test
    void textFiltersMatchCoreutils() throws Exception {
        compare(inputs(new Random(SEED)), List.of(
                "cut -d: -f2 in1", "cut -d: -f1,3- in1", "cut -d: -f2 -s in1",
                "cut -d: --complement -f2 in1", "cut -b2-4,7 in1", "cut -c-3 in2",
                "cut -b1,3 --output-delimiter=. in2", "cut -f2 in2", "cut -d: -f3,1 in1 in2",
                "cut -f1 nosuch in1", "cut", "cut -b1 -f2 in1", "cut -f0 in1", "cut -b3-1 in1",
                "cut -d ab -f1 in1", "cut -f x in1", "cut -s -b1 in1", "cut -b - in1",
                "cut -d: -f1-2-3 in1", "cut -b 99999999999999999999 in1",
                "tac in1", "tac in3", "tac -s : in1", "tac -b -s : in3", "tac in1 in2",
                "tac nosuch", "rev in1", "rev in2 in3", "rev nosuch",
                "nl in1", "nl -ba in2", "nl -bn in1", "nl -nln -w3 -s: in2", "nl -nrz -v5 -i2 in1",
                "nl in3 in1", "nl -b x in1", "nl -n y in1", "nl -w 0 in1", "nl -v q in1",
                "tail -c 7 in1", "tail -c +5 in3", "tail -c 0 in1", "tail -c 2k in1",
                "tail -c x in1", "tail -n x in1", "tail -c 5 in1 in3", "head -c 1k in2",
                "sleep x y", "sleep 0.01 1e-2 .01s", "sleep -1", "sleep"));
    }

    @Test
    void treesMatchFindutilsAndCoreutils() throws Exception {
        String setup = "mkdir -p t/a/b t/c t/e && touch t/x.txt t/a/y.txt t/a/b/z.c t/.h t/e/one\n";
        compare(setup, List.of(
                "find t | sort", "find t -name '*.txt' | sort", "find t -type d | sort",
                "find t -maxdepth 1 -type f | sort", "find t -mindepth 2 | sort",
                "find t -name a -prune -o -print | sort", "find t ! -name '*.*' | sort",
                "find t \\( -name x.txt -o -iname 'Z*' \\) -print | sort", "find t -depth | sort",
                "find t/ -maxdepth 0", "find t -path 't/a/*' | sort", "find t -name '[xy]*' | sort",
                "find nosuch", "find t -foo", "find t -type q", "find t -name", "find t -maxdepth x",
                "find t '('", "find t -name x.txt ')'",
                "rm t", "rm -d t/a", "rm -d t/c -v", "rm -rv t/e", "rm -r .", "rm -r /", "rm -rf no",
                "rm no", "rm -r no", "rm", "rm -f", "rm -x", "rm -r ./.", "rm t/x.txt/",
                "rm -v t/x.txt", "rm -r t", "find t"));
    }

    @Test
    void xargsAndWhichMatchFindutilsAndDebianutils() throws Exception {
        compare("", resource("xargs.sh").lines().toList());
        compare("", List.of("which ls cat", "which nosuch ls", "which", "which -x", "which /bin/ls",
                "which ./nosuch", "which -a nosuch"));
    }

    @Test
    void grepMatchesGnuGrep() throws Exception {
        // Basic and extended syntax (what is an operator in which), regcomp's error messages,
        // bracket classes, -F -o -m -h -H -L -s and context lines with their separators.
        String setup = "printf 'a+b\\naab\\nfoo(bar)\\nx{2}\\nxx\\n' > g1; printf 'nothing\\n' > g2\n"
                + "printf 'a^b\\na$b\\n*a\\n' > g3; printf '1\\nm\\n2\\n3\\n4\\nm\\n5\\n6\\n7\\n8\\nm\\n' > g4\n"
                + "printf 'a.c\\nabc\\na\\\\\\\\c\\n' > g5\n";
        String grep = new String(ToolsDifferentialTest.class.getResourceAsStream("grep.sh")
                .readAllBytes(), StandardCharsets.UTF_8);
        compare(setup, grep.lines().toList());
    }

    @Test
    void seqMatchesCoreutils() throws Exception {
        compare("", List.of("seq -f %g 3", "seq -f %.3f 1 0.5 3", "seq -f x%05.1fy 1 3",
                "seq -f abc 3", "seq -f %d 3", "seq -f %g%g 3", "seq -f %%%g%% 2",
                "seq -w -f %g 3", "seq -f %e 1 2", "seq -f %a 2", "seq -f %-5gX 2", "seq -f %#g 2",
                "seq -f %5s 2", "seq -f %Lg 2", "seq -f %llg 2", "seq -f %+g 2", "seq -f %.f 2",
                "seq -f %5 2", "seq -f % 2", "seq -f '%*g' 2", "seq -s, -w 8 10",
                "seq -f %g -s: 1 3", "seq -f %G 1e6 1e6", "seq -f %0g -- -2 -1",
                "seq -f %.2a 0.3 0.7 3", "seq -f %A 1 0.1 1.3", "seq -f %010a 1 3",
                "seq -f %g 1 0.1 2", "seq --format='[%4.1e]' -5 2.5 5", "seq -f", "seq -f %g",
                "seq -f '%g\\n' 2", "seq -w 9 11", "seq -s '' 3"));
    }

    @Test
    void cmpMatchesDiffutils() throws Exception {
        String setup = "printf 'abc\\ndef\\nghi\\n' > a; printf 'abc\\ndxf\\nghi\\n' > b\n"
                + "printf 'abc\\nd' > c; printf '' > e; printf 'abc\\n' > d\n"
                + "printf 'abc\\n\\300x' > f; printf 'abc\\n\\377y' > g\n"
                + "printf '\\001\\177\\200\\237\\240' > h; printf ZZZZZ > i\n"
                + "seq 1 200 > s1; seq 1 200 | tr 1 X > s2\n";
        List<String> commands = new ArrayList<>(resource("cmp.sh").lines().toList());
        Random r = new Random(SEED);
        StringBuilder pairs = new StringBuilder(setup);
        for (int i = 0; i < PAIRS; i++) {
            pairs.append(pair(r, "r" + i));
            commands.add("cmp r" + i + "a r" + i + "b");
            // Apart: cmp's stdout is a pipe's full buffer and its EOF line unbuffered stderr.
            commands.add("(cmp -l r" + i + "a r" + i + "b 2>/dev/null)");
            commands.add("(cmp -l r" + i + "a r" + i + "b >/dev/null)");
            commands.add("cmp -bi 3:1 r" + i + "b r" + i + "a");
        }
        compare(pairs.toString(), commands);
    }

    /** Generated inputs: colon- and tab-separated fields, blank lines, a last line without \n. */
    private static String inputs(Random r) {
        StringBuilder in1 = new StringBuilder();
        StringBuilder in2 = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            int fields = r.nextInt(5);
            for (int f = 0; f < fields; f++) {
                in1.append(f > 0 ? ":" : "").append(word(r));
                in2.append(f > 0 ? "\t" : "").append(word(r));
            }
            in1.append("\\n");
            in2.append("\\n");
        }
        return "printf '" + in1 + "' > in1\nprintf '" + in2 + "' > in2\n"
                + "printf 'a:b:c\\nlast:line' > in3\n";
    }

    /**
     * Two small files NAMEa and NAMEb as printf commands: lines of a few letters, the second a
     * copy of the first with lines changed, dropped and added at random, and now and then a
     * last line without its newline; so that the pairs are alike enough to have hunks.
     */
    static String pair(Random r, String name) {
        List<String> a = new ArrayList<>();
        for (int n = r.nextInt(14); n > 0; n--) {
            a.add(r.nextInt(4) == 0 ? "" : "l" + r.nextInt(9));
        }
        List<String> b = new ArrayList<>();
        for (String line : a) {
            int dice = r.nextInt(8);
            if (dice == 0) {
                continue;
            }
            b.add(dice == 1 ? "x" + r.nextInt(9) : line);
            if (dice == 2) {
                b.add("n" + r.nextInt(9));
            }
        }
        return "printf '" + lines(a, r) + "' > " + name + "a\nprintf '" + lines(b, r) + "' > "
                + name + "b\n";
    }

    /** Lines joined for printf, each ending in \\n except, one time in five, the last. */
    private static String lines(List<String> lines, Random r) {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            s.append(l).append("\\n");
        }
        if (!lines.isEmpty() && r.nextInt(5) == 0) {
            s.setLength(s.length() - 2);
        }
        return s.toString();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ToolsDifferentialTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String word(Random r) {
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder w = new StringBuilder();
        for (int n = r.nextInt(8); n > 0; n--) {
            w.append(letters.charAt(r.nextInt(letters.length())));
        }
        return w.toString();
    }

    /** Runs setup and each command in both shells; the transcripts must match. */
    static void compare(String setup, List<String> commands) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no host bash");
        StringBuilder body = new StringBuilder(setup);
        for (String c : commands) {
            body.append("echo '$ ").append(c.replace("'", "'\\''")).append("'\n");
            body.append(c).append(" 2>&1\necho \"status $?\"\n");
        }
        String expected = host(body.toString());
        String actual = ScenarioTest.run(("cd /tmp\n" + body).getBytes(StandardCharsets.UTF_8),
                "--seed", "1").output();
        assertEquals(normalise(expected), normalise(actual));
    }

    private static String normalise(String s) {
        return s.replace("/usr/bin/", "/bin/");
    }

    private static String host(String script) throws IOException, InterruptedException {
        return HostBash.run(script);
    }
}
