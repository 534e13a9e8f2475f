package miniunix.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import miniunix.lab.sched.SchedMachine;
import org.junit.jupiter.api.Test;

/**
 * miniunix's experiments against what OSTEP's simulators printed for the same inputs (a few
 * hundred seeded random cases per experiment, captured by ostep/capture.py). When python3 and
 * the simulators are at hand (-Dostep.dir, default /work/ostep), a sample of the captures is
 * checked against the simulators themselves, so a stale capture is noticed.
 */
class OstepCapturesTest {
    private static final int RERUN_SAMPLE = 2;

    @Test
    void forktreeGivesForkPysTreeAfterEveryAction() {
        for (OstepCases c : OstepCases.load("forktree")) {
            LabCommand.Output o = new ForkTree().run(withJson(c.args(1)), false);
            String expected = forkPySteps(c.output());
            String got = o.stdout().substring(0, o.stdout().indexOf("],\"tree\":") + 1);
            assertEquals(expected, got, c.ours());
        }
    }

    @Test
    void schedStatesPrintsProcessRunsTable() {
        for (OstepCases c : OstepCases.load("states")) {
            assertEquals(c.output(), new SchedStates().run(c.args(2), false).stdout(), c.ours());
        }
    }

    @Test
    void schedRunGivesSchedulerPysTraceAndFigures() {
        for (OstepCases c : OstepCases.load("sched")) {
            SchedMachine m = SchedRun.setup(c.args(2)).machine().run();
            String policy = c.args(2).get(1);
            String out = c.output();
            assertEquals(out.substring(out.indexOf("Execution trace:")),
                    OstepSchedRender.scheduler(policy, m), c.ours());
        }
    }

    @Test
    void mlfqGivesMlfqPysTraceAndFigures() {
        for (OstepCases c : OstepCases.load("mlfq")) {
            List<String> args = new ArrayList<>(c.args(2));
            args.add("--trace");
            SchedRun.Setup s = SchedRun.setup(args);
            SchedMachine m = s.machine().run();
            String out = c.output();
            assertEquals(out.substring(out.indexOf("\nExecution Trace:")),
                    OstepSchedRender.mlfq((int) s.spec().get("queues"), s.spec().get("boost"), m),
                    c.ours());
        }
    }

    @Test
    void theCapturesAreWhatTheSimulatorsPrintToday() throws Exception {
        Path ostep = Path.of(System.getProperty("ostep.dir", "/work/ostep"));
        assumeTrue(Files.isDirectory(ostep) && python() != null, "no python3 or simulators");
        for (String name : List.of("forktree", "states", "sched", "mlfq")) {
            List<OstepCases> cases = OstepCases.load(name);
            for (int i = 0; i < cases.size(); i += cases.size() / RERUN_SAMPLE) {
                OstepCases c = cases.get(i);
                List<String> cmd = new ArrayList<>(List.of(python(),
                        ostep.resolve(c.script()).toString()));
                cmd.addAll(c.simulatorArgs());
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                assertEquals(c.output(), out, c.simulator());
            }
        }
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "python3");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    static List<String> withJson(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--json");
        return all;
    }

    /**
     * fork.py's -P basic output as our "steps" JSON: each "Action:" line and the tree printed
     * after it (31 spaces, 3 per level, the name right-aligned in 2).
     */
    static String forkPySteps(String output) {
        Json j = new Json().beginObject().key("steps").beginArray();
        String[] lines = output.split("\n");
        int i = 0;
        while (i < lines.length && !lines[i].startsWith("Action: ")) {
            i++;
        }
        while (i < lines.length && lines[i].startsWith("Action: ")) {
            String action = lines[i].substring("Action: ".length());
            Map<String, List<String>> tree = new LinkedHashMap<>();
            List<String> stack = new ArrayList<>();
            for (i++; i < lines.length && lines[i].startsWith("   "); i++) {
                String node = lines[i].substring(31);
                String name = node.trim();
                int level = (node.length() - 2) / 3;
                while (stack.size() > level) {
                    stack.remove(stack.size() - 1);
                }
                if (!stack.isEmpty()) {
                    tree.get(stack.get(stack.size() - 1)).add(name);
                }
                tree.put(name, new ArrayList<>());
                stack.add(name);
            }
            j.beginObject().key("action").value(ourAction(action))
                    .key("ok").value(!action.endsWith("(failed: has children)")).key("tree")
                    .beginObject();
            for (Map.Entry<String, List<String>> e : tree.entrySet()) {
                j.key(e.getKey()).strings(e.getValue());
            }
            j.endObject().endObject();
        }
        String s = j.endArray().toString();
        return s.substring(0, s.length() - 1);
    }

    /** "a forks b" is a+b, "b EXITS..." is b-. */
    private static String ourAction(String action) {
        String[] w = action.split(" ");
        return w[1].equals("forks") ? w[0] + "+" + w[2] : w[0] + "-";
    }
}
