package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import miniunix.app.Main;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every kind, and random programs of every construct: the shell never fails
 * inside, never hangs, and answers afterwards.
 */
class FuzzTest {
    private static final String ALPHABET = "ab $(){}'\"\\|&;<>!#~=*\n\t0123456789-_/\u0000\u00ff";
    /** Whole words of the language, so random input reaches compound commands and expansions. */
    private static final String[] WORDS = {"if ", "then ", "elif ", "else ", "fi", "while ", "until ",
        "for ", "in ", "do ", "done", "{ ", "}", "( ", ")", "((", "))", "$((", "${", ":-", "#", "%%", "$@",
        "$1", "break ", "continue ", "shift ", ": ", "true", "[ ", " ]", "*", "?", "[a-z]", "; ", "\n",
        "case ", "esac", ";;", ";&", ";;&", "f() ", "f ", "function ", "return ", "local x=1 ", "<<EOF\n",
        "<<-'EOF' ", "EOF\n", "\tEOF\n", "<<<", "set -e; ", "set -u ", "set -x ", "set +e ", "eval ", ". ",
        "exec ", "type ", "type -a ", "hash -p ", "getopts ", "OPTIND=", "declare ", "typeset -p ", "declare -gr ", "declare +x ", "local -rx ", "unset -f f ", "$'\\t'", "(", "|", "`", "`echo x`",
        "[[ ", " ]]", "== ", "=~ ", "!= ", "-eq ", "-nt ", "-f ", "-v ", "-o ", "&& ", "|| ", "! ", "( ", "< ",
        "test -v ", "[ -o "};

    @Test
    void randomLinesNeverCauseAnInternalError() {
        Random rnd = new Random(42);
        for (int round = 0; round < 30; round++) {
            StringBuilder script = new StringBuilder();
            for (int line = 0; line < 5; line++) {
                int len = rnd.nextInt(40);
                for (int i = 0; i < len; i++) {
                    script.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                }
                script.append('\n');
            }
            String out = ShellTest.run(script + "\n'\n\"\n)\n}\necho ok\n");
            assertFalse(out.contains("internal error"), script + "\n" + out);
        }
    }

    @Test
    void randomCompoundCommandsNeverCauseAnInternalError() {
        Random rnd = new Random(7);
        for (int round = 0; round < 40; round++) {
            StringBuilder script = new StringBuilder();
            int n = rnd.nextInt(30);
            for (int i = 0; i < n; i++) {
                script.append(rnd.nextInt(4) == 0 ? String.valueOf(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())))
                        : WORDS[rnd.nextInt(WORDS.length)]);
            }
            String out = ShellTest.run(script + "\n'\n\"\n)\n}\nfi\ndone\nesac\nEOF\necho ok\n");
            assertFalse(out.contains("internal error"), script + "\n" + out);
        }
    }

    @Test
    void deepNestingOfTheNewSyntaxNeverOverflows() {
        String out = ShellTest.run("i", "f() { ".repeat(1000) + "\n" + "case x in x) ".repeat(1000) + "\n"
                + "cat <<EOF ".repeat(1000) + "\n" + "EOF\n".repeat(1000) + "eval ".repeat(1000) + "echo e\n"
                + "g() { eval g; }; g\n" + "h() { h | cat; }; h\n" + "echo ok\n");
        assertTrue(out.contains("ok\n"), out);
        assertFalse(out.contains("internal error"), out);
    }

    @Test
    void randomProgramsOfTheNewSyntaxNeverCauseAnInternalError() {
        Random rnd = new Random(2024);
        for (int round = 0; round < 150; round++) {
            String script = "FUNCNEST=20\n" + list(rnd, 0) + "\n" + list(rnd, 0) + "\nf; g\n";
            String out = ShellTest.run(round % 2 == 0 ? "i" : "", script + "echo ok\n");
            assertFalse(out.contains("internal error"), script + "\n" + out);
        }
    }

    private static String pick(Random r, String... a) {
        return a[r.nextInt(a.length)];
    }

    /** A random command of the new syntax (functions, case, here-documents, set ...), nested d deep. */
    private static String cmd(Random r, int d) {
        if (d > 4) {
            return pick(r, "echo a", "true", "false", "f 1 2", "g", "return 3", "local x=1", "set -e", "set +e",
                    "set -u", "set +u", "echo $x $1 $#", "x=$((x+1))", "break", "exit 1", "eval 'echo e'",
                    "cat <<< hi", "exec 3>&-", "unset -f f", "type f", "shift", "echo e > /dev/stderr",
                    "cat /dev/fd/9", "read y < /dev/stdin", "echo $((RANDOM % 6))", "sh -c", "sh -c 'echo $0 $1' n a",
                    "echo o >/proc/self/fd/1", "cat < /dev/tty", "echo ${u:?m}", "echo $((x / 0))",
                    "type -afptP f ls -z", "hash -lp /bin f", "hash -p", "wait -fp v", "wait -p 1", "export -n x",
                    "unset -nv x", "cd -Pe ..", "local -z",
                    "getopts :a:b o -ba -a", "getopts a: 1a -z", "OPTIND=-3; getopts a o -aa", "getopts -x",
                    "local OPTIND", "declare -rx d=1", "declare +r d", "typeset -p d nope", "declare -a d",
                    "declare -g d=2", "declare -- -p", "[[ $x == a* && -n $1 || $x =~ ^(a|b)$ ]]",
                    "[[ ! ( x -lt $((x)) ) ]]", "[[ $x -eq 1/0 ]]", "[[ -f /nope || -v x && -o errexit ]]",
                    "[[ $(echo a) < b ]]", "[[ x =~ ( ]]", "[[ a b ]]", "[[ ]]", "test -v x -a -o nounset",
                    "printf '%d|%q|%b|%(%s)T|%n|%5.2Q' x 'a b' 'c\\c' -1 n z", "printf -v 'a[1' x",
                    "printf %", "printf '%*.*d%(' -5 -3 9", "printf -v x '%s%-z' 1", "echo -e '\\u\\x\\0' >&-",
                    "declare -i q; printf -v q '%s' 1/0", "printf '%n' 'a[0]'");
        }
        switch (r.nextInt(11)) {
            case 0: return "f() { " + list(r, d + 1) + "; }";
            case 1: return "g() ( " + list(r, d + 1) + " )";
            case 2: return "case $x in a|b) " + list(r, d + 1) + ";; *) " + list(r, d + 1)
                    + pick(r, ";;", ";&", ";;&") + " esac";
            case 3: return "if " + list(r, d + 1) + "; then " + list(r, d + 1) + "; else " + list(r, d + 1) + "; fi";
            case 4: return "while true; do " + list(r, d + 1) + "; break; done";
            case 5: return "for i in 1 2; do " + list(r, d + 1) + "; done";
            case 6: return "cat <<EOF\nbody $x $(" + list(r, d + 1) + ")\nEOF\n";
            case 7: return "{ " + list(r, d + 1) + "; } " + pick(r, ">/tmp/o", "2>&1", "<<<x", "");
            case 8: return cmd(r, d + 1) + " | " + cmd(r, d + 1);
            case 9: return "x=$(" + list(r, d + 1) + ")";
            default: return cmd(r, 5);
        }
    }

    private static String list(Random r, int d) {
        StringBuilder sb = new StringBuilder(cmd(r, d));
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(pick(r, "; ", " && ", " || ", "\n")).append(cmd(r, d));
        }
        return sb.toString();
    }

    /**
     * Random arguments to the file tools (cp, mv, ln, realpath, touch, stat) over a few files,
     * links and directories: each answers in its own words, never with a crash (a Java error
     * in a program is its SIGSEGV).
     */
    @Test
    void randomFileToolArgumentsNeverCrashAProgram() {
        Random rnd = new Random(1313);
        String[] tools = {"cp", "mv", "ln", "realpath", "touch", "stat"};
        String[] words = {"-b", "--backup", "--backup=", "--backup=n", "--backup=t", "--backup=x", "-S",
            "-S/", "--suffix=", "-i", "-f", "-n", "-s", "-L", "-P", "-d", "-F", "-r", "-T", "-t", "-v",
            "-e", "-m", "-q", "-z", "--relative-to=", "--relative-to=d", "--relative-base=/nope", "-h",
            "--time=", "--time=m", "-c", "%", "%%%5", "%.99Y", "%-0#+ 9.3N", "%Hx", "%L", "--printf=\\",
            "--printf=%\\777", "-f", "-t", "--cached=", "-r", "-", "--", "a", "b", "d", "l", "dang",
            "nosuch", "/", ".", "..", "''", "a/", "d/.."};
        StringBuilder script = new StringBuilder("cd /tmp; touch a b; mkdir d; ln -s a l; ln -s nosuch dang\n");
        for (int round = 0; round < 120; round++) {
            script.append(tools[rnd.nextInt(tools.length)]);
            for (int n = rnd.nextInt(5); n >= 0; n--) {
                script.append(' ').append(words[rnd.nextInt(words.length)]);
            }
            script.append(" </dev/null\n");
        }
        String out = ShellTest.run(script + "echo ok\n");
        assertTrue(out.endsWith("ok\n"), out);
        assertFalse(out.contains("Segmentation fault") || out.contains("internal error"), out);
    }

    /** Random command lines for the launcher: a one-line answer or a run, never a Java error. */
    @Test
    void randomLauncherArgumentsNeverCauseAnInternalError() {
        Random rnd = new Random(13);
        String[] words = {"-c", "echo $0 $1", "x", "--seed", "1", "-x", "--cpus", "0", "/nonexistent.sh", "/",
            "--max-ticks", "50", "--", "-", "", "exit 3", "--mem", "1Q", "read a; echo $a", "ls /nope >&2"};
        for (int round = 0; round < 40; round++) {
            String[] args = new String[rnd.nextInt(5)];
            for (int i = 0; i < args.length; i++) {
                args[i] = words[rnd.nextInt(words.length)];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args, new ByteArrayInputStream("echo in\n".getBytes(
                    StandardCharsets.UTF_8)), out, new PrintStream(err, true,
                    StandardCharsets.UTF_8), false);
            String all = out + "|" + err;
            assertFalse(all.contains("internal error") || all.contains("Exception"), String.join(" ", args) + "\n" + all);
            assertTrue(status >= 0 && status < 256, String.join(" ", args) + ": " + status);
        }
    }

    @Test
    void theShellAnswersAfterBadInput() {
        String out = ShellTest.run("i", "| |\n;;\n>\n$(\n)\n\u0000\u00ff\n" + "(".repeat(1000) + "\n"
                + "if ".repeat(1000) + "\n" + "$((".repeat(1000) + "\n" + "${x:-".repeat(1000) + "\n"
                + "echo $((" + "(".repeat(1000) + "1" + ")".repeat(1000) + "))\n" + "echo ok\n");
        assertTrue(out.contains("ok\n"), out);
        assertFalse(out.contains("internal error"), out);
    }
}
