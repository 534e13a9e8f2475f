package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Here-documents and here-strings on the real kernel: bodies reach stdin through a pipe. */
class HereDocTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void anUnquotedBodyIsExpanded() {
        assertEquals("hello user 3 sub \"q\" 's' $x \\ \n",
                run("x=user; cat <<EOF\nhello $x $((1+2)) $(echo sub) \"q\" 's' \\$x \\\\ \nEOF\n"));
    }

    @Test
    void aQuotedDelimiterKeepsTheBodyLiteral() {
        assertEquals("$x $(no) \\$\n", run("cat <<'EOF'\n$x $(no) \\$\nEOF\n"));
        assertEquals("$x\n", run("cat <<\\EOF\n$x\nEOF\n"));
    }

    @Test
    void dashStripsLeadingTabs() {
        assertEquals("a\n  b\nafter\n", run("cat <<-EOF\n\t\ta\n\t  b\n\tEOF\necho after\n"));
    }

    @Test
    void severalDocumentsOnOneLineAndInLoopsAndBuiltins() {
        assertEquals("one\ntwo\n", run("cat <<A; cat <<B\none\nA\ntwo\nB\n"));
        assertEquals("[1|2]\n[3|4]\n", run("while read a b; do echo \"[$a|$b]\"; done <<EOF\n1 2\n3 4\nEOF\n"));
        assertEquals("v=x y\n", run("read v <<EOF\nx y\nEOF\necho v=$v\n"));
    }

    @Test
    void hereStringsEndWithANewline() {
        assertEquals("a user b\n1-2\n", run("u=user; cat <<< \"a $u b\"; read x y <<< '1 2'; echo $x-$y\n"));
    }

    @Test
    void aCommandStringHasItsBodiesOnItsOwnLines() {
        assertEquals("in -c\nsh: line 5: warning: here-document at line 4 delimited by end-of-file (wanted `E')\ncut\n",
                run("sh -c 'cat <<EOF\nin -c\nEOF\ncat <<E\ncut'\n"));
    }

    @Test
    void aBodyInACommandSubstitution() {
        assertEquals("y=inside\n", run("y=$(cat <<EOF\ninside\nEOF\n)\necho y=$y\n"));
    }

    @Test
    void endOfInputInsideABodyWarnsAndRunsWithWhatThereIs() {
        assertEquals("miniunix: line 3: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')\n"
                + "last\n", run("echo -n\ncat <<EOF\nlast\n").replace("-n\n", ""));
    }

    @Test
    void aBodyLargerThanThePipeBufferDoesNotDeadlockTheShell() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("line ").append(i).append(" abcdefghijklmnopqrstuvwxyz\n");
        }
        assertTrue(body.length() > HereDocFeed.PIPE_CAPACITY);
        String out = run("cat <<EOF > /tmp/big\n" + body + "EOF\nwhile read a n rest; do last=$n; done <<EOF\n"
                + body + "EOF\necho last=$last\nn=0; while read l; do n=$((n+1)); done < /tmp/big; echo $n lines\n");
        assertEquals("last=2999\n3000 lines\n", out);
    }

    @Test
    void theInteractiveShellPromptsForTheBody() {
        String out = ShellTest.run("i", "cat <<EOF\nhello\nEOF\n");
        assertEquals("user@miniunix:~$ > > hello\nuser@miniunix:~$ logout\n", out);
        assertFalse(out.contains("warning"), out);
    }
}
