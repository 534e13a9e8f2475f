package miniunix.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The captured outputs of OSTEP's simulators (test resources miniunix/lab/ostep/*.txt, made by
 * capture.py beside them): each case is the miniunix command line, the simulator's command
 * line and what the simulator printed.
 */
record OstepCases(String ours, String simulator, String output) {
    /** The miniunix arguments after the program (and subcommand) names. */
    List<String> args(int skip) {
        List<String> all = Arrays.asList(ours.split(" "));
        return all.subList(skip, all.size());
    }

    /** The simulator's arguments after its script path. */
    List<String> simulatorArgs() {
        List<String> all = Arrays.asList(simulator.split(" "));
        return all.subList(1, all.size());
    }

    String script() {
        return simulator.split(" ")[0];
    }

    static List<OstepCases> load(String name) {
        String text;
        try (InputStream in = OstepCases.class.getResourceAsStream("ostep/" + name + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<OstepCases> cases = new ArrayList<>();
        for (String block : text.split("(?m)^### ")) {
            if (block.isEmpty()) {
                continue;
            }
            int nl = block.indexOf('\n');
            int nl2 = block.indexOf('\n', nl + 1);
            cases.add(new OstepCases(block.substring(0, nl), block.substring(nl + 3, nl2),
                    block.substring(nl2 + 1)));
        }
        return cases;
    }
}
