package miniunix.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** forktree against EXPERIMENTS.md section 4's examples and rules. */
class ForkTreeTest {
    private static final String EXAMPLE = "a+b,b+c,c+d,b+e,b-";

    private static LabCommand.Output run(String... args) {
        return new ForkTree().run(List.of(args), false);
    }

    /** The final "tree" and "parent" objects of the JSON output. */
    private static String finalTree(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        String json = run(all.toArray(new String[0])).stdout();
        return json.substring(json.lastIndexOf("],\"tree\":") + 2).trim();
    }

    @Test
    void linuxHandsOnlyTheDirectChildrenToInit() {
        assertEquals("\"tree\":{\"a\":[\"c\",\"e\"],\"c\":[\"d\"],\"d\":[],\"e\":[]},"
                + "\"parent\":{\"c\":\"a\",\"d\":\"c\",\"e\":\"a\"}}",
                finalTree("--actions", EXAMPLE));
    }

    @Test
    void flattenMakesEveryDescendantAChildOfInitInPreorder() {
        assertEquals("\"tree\":{\"a\":[\"c\",\"d\",\"e\"],\"c\":[],\"d\":[],\"e\":[]},"
                + "\"parent\":{\"c\":\"a\",\"d\":\"a\",\"e\":\"a\"}}",
                finalTree("--flatten", "--actions", EXAMPLE));
        assertTrue(run("--flatten", "--actions", EXAMPLE).stdout().startsWith("note: --flatten"));
    }

    @Test
    void localReparentGivesOrphansToTheGrandparentAfterItsOtherChildren() {
        assertEquals("\"tree\":{\"a\":[\"c\",\"e\"],\"c\":[\"d\"],\"d\":[],\"e\":[]},"
                + "\"parent\":{\"c\":\"a\",\"d\":\"c\",\"e\":\"a\"}}",
                finalTree("--local-reparent", "--actions", EXAMPLE));
        assertEquals("\"tree\":{\"a\":[\"b\"],\"b\":[\"e\",\"d\"],\"e\":[],\"d\":[]},"
                + "\"parent\":{\"b\":\"a\",\"e\":\"b\",\"d\":\"b\"}}",
                finalTree("--local-reparent", "--actions", "a+b,b+c,c+d,b+e,c-"));
    }

    @Test
    void leafOnlyRefusesTheExitOfAParentAndChangesNothing() {
        String json = run("--leaf-only", "--json", "--actions", "a+b,b+c,b-").stdout();
        assertTrue(json.contains("{\"action\":\"b-\",\"ok\":false,\"tree\":{\"a\":[\"b\"],"
                + "\"b\":[\"c\"],\"c\":[]}}"), json);
    }

    @Test
    void eachStepShowsTheTreeAfterIt() {
        String json = run("--json", "--actions", "a+b,b-").stdout();
        assertEquals("{\"steps\":[{\"action\":\"a+b\",\"ok\":true,\"tree\":{\"a\":[\"b\"],\"b\":[]}},"
                + "{\"action\":\"b-\",\"ok\":true,\"tree\":{\"a\":[]}}],\"tree\":{\"a\":[]},"
                + "\"parent\":{}}\n", json);
    }

    @Test
    void aNameMayBeForkedAgainAfterItExited() {
        assertTrue(run("--json", "--actions", "a+b,b-,a+b").stdout()
                .endsWith("\"tree\":{\"a\":[\"b\"],\"b\":[]},\"parent\":{\"b\":\"a\"}}\n"));
    }

    @Test
    void badInputIsOneLineOnStderrAndNoOutput() {
        for (String[] args : List.of(new String[] {"--actions", "a+b,x-"},
                new String[] {"--actions", "a-"}, new String[] {"--actions", "a+b,a+b"},
                new String[] {"--actions", "a*b"}, new String[] {"--json"},
                new String[] {"--flatten", "--local-reparent", "--actions", "a+b"},
                new String[] {"--actions", "a+b", "--bogus"})) {
            LabCommand.Output o = run(args);
            assertEquals("", o.stdout(), String.join(" ", args));
            assertEquals(1, o.stderr().split("\n").length, o.stderr());
            assertTrue(o.stderr().startsWith("forktree: "), o.stderr());
            assertEquals(1, o.status());
        }
    }

    @Test
    void theTableDrawsEachTreeAsTreeDoes() {
        assertEquals("Process tree:\na\n\nAction: a forks b\na\n└── b\n\n"
                + "Action: b forks c\na\n└── b\n    └── c\n\n"
                + "Action: a forks d\na\n├── b\n│   └── c\n└── d\n",
                run("--actions", "a+b,b+c,a+d").stdout());
    }
}
