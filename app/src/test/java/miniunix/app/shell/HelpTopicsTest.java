package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** help.txt against the builtins, so neither can drift, and what help prints from it. */
class HelpTopicsTest {
    @Test
    void everyBuiltinHasAHelpTopic() {
        for (String name : Builtins.NAMES) {
            HelpTopics.Topic t = HelpTopics.of(name);
            assertNotNull(t, name);
            assertTrue(t.builtin(), name);
        }
    }

    @Test
    void everyTopicIsABuiltinOrACompoundCommand() {
        for (HelpTopics.Topic t : HelpTopics.all()) {
            String first = t.name().split(" ")[0];
            if (t.builtin()) {
                assertTrue(Builtins.isBuiltin(t.name()), t.name());
            } else {
                // (( is no reserved word in bash (type says not found), yet a compound command
                assertTrue(Builtins.isKeyword(first) || first.equals("(("), t.name());
                assertFalse(Builtins.isBuiltin(t.name()), t.name());
            }
        }
    }

    @Test
    void everyTopicHasASynopsisStartingWithItsNameAndASummary() {
        for (HelpTopics.Topic t : HelpTopics.all()) {
            String first = t.name().split(" ")[0];
            assertTrue(t.synopsis().equals(first) || t.synopsis().startsWith(first + " "), t.name());
            assertFalse(t.summary().isBlank(), t.name());
            for (String line : t.body()) {
                assertTrue(line.length() <= 76, t.name() + ": " + line);   // 80 columns, indented
            }
        }
    }

    @Test
    void topicsAreInBashsOrderByName() {
        List<HelpTopics.Topic> all = HelpTopics.all();
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).name().compareTo(all.get(i).name()) < 0, all.get(i).name());
        }
    }

    @Test
    void parseTakesTheSynopsisThenTheBodyWithoutTrailingBlankLines() {
        List<HelpTopics.Topic> t = HelpTopics.parse("# c\n=builtin x\nx [-a]\nDo x.\n\nMore.\n\n=syntax y z\ny\nY.\n");
        assertEquals(List.of(new HelpTopics.Topic("x", true, "x [-a]", List.of("Do x.", "", "More.")),
                new HelpTopics.Topic("y z", false, "y", List.of("Y."))), t);
        assertEquals("x: x [-a]\n    Do x.\n    \n    More.\n", t.get(0).text());
    }

    @Test
    void helpNamePrintsTheTopicAndNameHelpTheSameWithStatusTwo() {
        String cd = HelpTopics.of("cd").text();
        assertEquals(cd + "0\n", ShellTest.run("help cd; echo $?\n"));
        assertEquals(cd + "2\n", ShellTest.run("cd --help; echo $?\n"));
        assertEquals("0\n", ShellTest.run(": --help; echo $?\n"));
    }

    @Test
    void helpMatchesNamesThenPatternsThenPrefixes() {
        assertEquals("cd: cd [-L|[-P [-e]]] [dir]\n", ShellTest.run("help -s cd\n"));
        assertEquals("read - Read a line from the standard input and split it into fields.\n"
                + "readarray - Read lines from a file into an array variable.\n"
                + "readonly - Mark shell variables as unchangeable.\n", ShellTest.run("help -d rea\n"));
        assertEquals("Shell commands matching keyword `re*'\n\nread: read [-r] [-a array] [name ...]\n"
                        + "readarray: readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [array]\n"
                        + "readonly: readonly [-aAf] [name[=value] ...] or readonly -p\n"
                        + "return: return [n]\n",
                ShellTest.run("help -s 're*'\n"));
        assertEquals("for: for NAME [in WORDS ... ] ; do COMMANDS; done\n", ShellTest.run("help -s for\n"));
        assertEquals("for ((: for (( exp1; exp2; exp3 )); do COMMANDS; done\n", ShellTest.run("help -s 'for (('\n"));
    }

    @Test
    void helpSaysBashsErrors() {
        assertEquals("miniunix: line 1: help: no help topics match `xyz'.  Try `help help' or `man -k xyz' "
                + "or `info xyz'.\n1\n", ShellTest.run("help xyz 2>&1; echo $?\n"));
        assertEquals("miniunix: line 1: help: -x: invalid option\nhelp: usage: help [-dms] [pattern ...]\n2\n",
                ShellTest.run("help -x 2>&1; echo $?\n"));
        // one pattern that matches is enough
        assertEquals("cd: cd [-L|[-P [-e]]] [dir]\n0\n", ShellTest.run("help -s zz cd 2>&1; echo $?\n"));
    }

    @Test
    void theListHasTwoColumnsOfHalfTheScreen() {
        StringBuilder sb = new StringBuilder();
        HelpBuiltin.list(sb, 80, java.util.Set.of());
        String[] lines = sb.toString().split("\n");
        int rows = (HelpTopics.all().size() + 1) / 2;
        String row = lines[lines.length - rows];
        assertEquals(" (( expression ))" + " ".repeat(23) + " ", row.substring(0, 41));
        String second = row.substring(41);
        String synopsis = HelpTopics.all().get(rows).synopsis();
        assertTrue(second.equals(synopsis)
                || second.endsWith(">") && synopsis.startsWith(second.substring(0, second.length() - 1)), row);
        // a synopsis too long for its 40 columns is cut with a '>' (bash's dispcolumn), at 39
        // in the first column, 38 in the second
        assertTrue(sb.toString().contains("\n declare [-aAfFgilnrtux] [name[=value]>  "), sb.toString());
        assertTrue(sb.toString().contains(" kill [-s sigspec | -n signum | -sigs>\n"), sb.toString());
        for (String line : lines) {
            assertTrue(line.length() <= 78, line);
        }
    }
}
