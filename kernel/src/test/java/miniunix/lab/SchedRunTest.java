package miniunix.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import miniunix.lab.sched.MlfqTick;
import miniunix.lab.sched.MlfqTrace;
import miniunix.lab.sched.SchedMachine;
import org.junit.jupiter.api.Test;

/** sched run against the textbook's hand-worked examples and EXPERIMENTS.md's. */
class SchedRunTest {
    private static String json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        LabCommand.Output o = new SchedRun().run(all, false);
        assertEquals(0, o.status(), o.stderr());
        return o.stdout();
    }

    private static SchedMachine machine(String... args) {
        return SchedRun.setup(List.of(args)).machine().run();
    }

    private static String job(int j, long arrival, long length, long first, long done) {
        long turnaround = done - arrival;
        return "{\"job\":" + j + ",\"arrival\":" + arrival + ",\"length\":" + length
                + ",\"firstRun\":" + first + ",\"completion\":" + done + ",\"response\":"
                + (first - arrival) + ",\"turnaround\":" + turnaround + ",\"wait\":"
                + (turnaround - length) + "}";
    }

    private static String slice(long start, int job, long ran, boolean done) {
        return "{\"start\":" + start + ",\"job\":" + job + ",\"ran\":" + ran + ",\"done\":"
                + done + "}";
    }

    @Test
    void fifoOn100_200_300() {
        String j = json("--policy", "fifo", "--jobs", "100,200,300");
        assertTrue(j.contains(job(0, 0, 100, 0, 100) + "," + job(1, 0, 200, 100, 300) + ","
                + job(2, 0, 300, 300, 600)), j);
        assertTrue(j.contains("\"average\":{\"response\":133.33333333333334,"
                + "\"turnaround\":333.3333333333333,\"wait\":133.33333333333334}"), j);
        assertTrue(j.endsWith("\"makespan\":600}\n"), j);
    }

    @Test
    void sjfRunsTheShortestFirstWithTheSameAverages() {
        String j = json("--policy", "sjf", "--jobs", "300,200,100");
        assertTrue(j.contains("\"trace\":[" + slice(0, 2, 100, true) + "," + slice(100, 1, 200, true)
                + "," + slice(300, 0, 300, true) + "]"), j);
        assertTrue(j.contains("\"turnaround\":333.3333333333333"), j);
    }

    @Test
    void theConvoyEffectHurtsFifoNotSjf() {
        assertTrue(json("--policy", "fifo", "--jobs", "100,10,10").contains("\"turnaround\":110.0"));
        assertTrue(json("--policy", "sjf", "--jobs", "100,10,10").contains("\"turnaround\":50.0"));
    }

    @Test
    void stcfPreemptsForLateShortArrivals() {
        String j = json("--policy", "stcf", "--jobs", "100,10,10", "--arrivals", "0,10,10");
        assertTrue(j.contains(job(0, 0, 100, 0, 120) + "," + job(1, 10, 10, 10, 20) + ","
                + job(2, 10, 10, 20, 30)), j);
        assertTrue(j.contains("\"turnaround\":50.0"), j);
        // SJF, not preemptive, lets the long job finish first.
        assertTrue(json("--policy", "sjf", "--jobs", "100,10,10", "--arrivals", "0,10,10")
                .contains(job(0, 0, 100, 0, 100)));
    }

    @Test
    void roundRobinGivesGoodResponseTime() {
        String j = json("--policy", "rr", "--quantum", "1", "--jobs", "5,5,5");
        assertTrue(j.contains("\"average\":{\"response\":1.0,\"turnaround\":14.0"), j);
    }

    @Test
    void roundRobinSlicesAsInTheContract() {
        assertTrue(json("--policy", "rr", "--quantum", "10", "--jobs", "30,20").contains(
                "\"trace\":[" + slice(0, 0, 10, false) + "," + slice(10, 1, 10, false) + ","
                + slice(20, 0, 10, false) + "," + slice(30, 1, 10, true) + ","
                + slice(40, 0, 10, true) + "]"));
        assertTrue(json("--policy", "rr", "--quantum", "2", "--jobs", "5").contains(
                "\"trace\":[" + slice(0, 0, 2, false) + "," + slice(2, 0, 2, false) + ","
                + slice(4, 0, 1, true) + "]"));
    }

    @Test
    void anExpiredQuantumReentersTheTailBeforeArrivalsAtThatInstant() {
        String j = json("--policy", "rr", "--quantum", "2", "--jobs", "4,2", "--arrivals", "0,2");
        assertTrue(j.contains("\"trace\":[" + slice(0, 0, 2, false) + "," + slice(2, 0, 2, true)
                + "," + slice(4, 1, 2, true) + "]"), j);
    }

    @Test
    void aSwitchCostIdlesTheCpuBetweenTwoJobs() {
        String j = json("--policy", "fifo", "--jobs", "2,2", "--cs-cost", "1");
        assertTrue(j.contains(job(0, 0, 2, 0, 2) + "," + job(1, 0, 2, 3, 5)), j);
    }

    @Test
    void severalCpusTakeJobsFromTheOneQueueLowestCpuFirst() {
        String j = json("--policy", "fifo", "--jobs", "3,3,1", "--cpus", "2");
        assertTrue(j.contains("\"trace\":[{\"start\":0,\"cpu\":0,\"job\":0,\"ran\":3,\"done\":true},"
                + "{\"start\":0,\"cpu\":1,\"job\":1,\"ran\":3,\"done\":true},"
                + "{\"start\":3,\"cpu\":0,\"job\":2,\"ran\":1,\"done\":true}]"), j);
    }

    private static String tick(int t, int job, int level, int ticks, int allot, int time) {
        return "{\"t\":" + t + ",\"job\":" + job + ",\"level\":" + level + ",\"ticksLeft\":" + ticks
                + ",\"allotLeft\":" + allot + ",\"timeLeft\":" + time + "}";
    }

    @Test
    void mlfqDemotesAJobThatUsesItsAllotment() {
        String j = json("--policy", "mlfq", "--queues", "2", "--allotment", "1", "--quantum", "2,4",
                "--jobs", "5,3", "--arrivals", "0,1", "--trace");
        assertTrue(j.startsWith("{\"policy\":\"mlfq\",\"queues\":2,\"quantum\":[2,4],"
                + "\"allotment\":[1,1],\"boost\":0,\"jobs\":[" + job(0, 0, 5, 0, 7) + ","
                + job(1, 1, 3, 2, 8) + "]"), j);
        assertTrue(j.contains("\"ticks\":[" + tick(0, 0, 0, 1, 1, 4) + "," + tick(1, 0, 0, 0, 1, 3)
                + "," + tick(2, 1, 0, 1, 1, 2) + "," + tick(3, 1, 0, 0, 1, 1) + ","
                + tick(4, 0, 1, 3, 1, 2)), j);
        assertTrue(j.contains("\"average\":{\"response\":0.5,\"turnaround\":7.0,\"wait\":3.0}"), j);
        assertTrue(j.endsWith("\"makespan\":8}\n"), j);
    }

    @Test
    void mlfqPreemptedJobKeepsTheRestOfItsQuantum() {
        String j = json("--policy", "mlfq", "--queues", "2", "--allotment", "1", "--quantum", "2,4",
                "--jobs", "8,1", "--arrivals", "0,3", "--trace");
        assertTrue(j.contains(tick(2, 0, 1, 3, 1, 5) + "," + tick(3, 1, 0, 1, 1, 0) + ","
                + tick(4, 0, 1, 2, 1, 4) + "," + tick(5, 0, 1, 1, 1, 3) + ","
                + tick(6, 0, 1, 0, 1, 2) + "," + tick(7, 0, 1, 3, 1, 1)), j);
        assertTrue(j.contains(job(0, 0, 8, 0, 9)), j);
    }

    @Test
    void mlfqIoCompletionJoinsTheTailOrWithIoFrontTheHead() {
        String tail = json("--policy", "mlfq", "--queues", "2", "--allotment", "1", "--quantum", "3",
                "--jobs", "4,3", "--io-every", "2,0", "--io-time", "2");
        assertTrue(tail.contains(job(1, 0, 3, 2, 5)), tail);
        assertTrue(tail.contains("{\"job\":0,\"arrival\":0,\"length\":4,\"firstRun\":0,"
                + "\"completion\":7,\"response\":0,\"turnaround\":7,\"wait\":1}"), tail);
        String front = json("--policy", "mlfq", "--queues", "2", "--allotment", "1", "--quantum", "3",
                "--jobs", "4,3", "--io-every", "2,0", "--io-time", "2", "--io-front");
        assertTrue(front.contains("\"firstRun\":2,\"completion\":6"), front);
        assertTrue(front.contains("\"firstRun\":0,\"completion\":7"), front);
    }

    /** The levels job 0 ran at, tick by tick. */
    private static List<Integer> levels(SchedMachine m, int job) {
        List<Integer> out = new ArrayList<>();
        for (MlfqTrace e : m.trace()) {
            if (e instanceof MlfqTick t && t.job() == job) {
                out.add(t.level());
            }
        }
        return out;
    }

    @Test
    void mlfqCountsTheAllotmentAcrossIoSoAJobCannotGameIt() {
        String[] game = {"--policy", "mlfq", "--queues", "3", "--quantum", "10", "--jobs", "60,60",
            "--io-every", "9,0", "--io-time", "1", "--trace"};
        List<String> stay = new ArrayList<>(List.of(game));
        stay.add("--io-stay");
        SchedMachine gamed = SchedRun.setup(stay).machine().run();
        assertFalse(levels(gamed, 0).contains(1), "with the old rule the gamer stays at level 0");
        SchedMachine fair = machine(game);
        assertTrue(levels(fair, 0).contains(2), "counted across I/O, the gamer sinks");
        assertTrue(gamed.completion(0) < fair.completion(0));
    }

    @Test
    void mlfqBoostLiftsEveryJobBackToLevelZero() {
        SchedMachine noBoost = machine("--policy", "mlfq", "--queues", "3", "--quantum", "10",
                "--jobs", "100", "--trace");
        SchedMachine boost = machine("--policy", "mlfq", "--queues", "3", "--quantum", "10",
                "--boost", "50", "--jobs", "100", "--trace");
        assertEquals(2, levels(noBoost, 0).get(50));
        assertEquals(0, levels(boost, 0).get(50));
        assertTrue(boost.trace().contains(new MlfqTrace.Event(50, MlfqTrace.Kind.BOOST, -1)));
    }

    @Test
    void mlfqBoostEndsStarvation() {
        // Two interactive jobs (I/O every tick, the old stay rule) keep level 0 busy; the CPU hog
        // below them runs only after a boost.
        String[] starve = {"--policy", "mlfq", "--queues", "3", "--quantum", "5", "--jobs",
            "30,200,200", "--arrivals", "0,5,5", "--io-every", "0,1,1", "--io-time", "1",
            "--io-stay"};
        List<String> boosted = new ArrayList<>(List.of(starve));
        boosted.add("--boost");
        boosted.add("20");
        long withBoost = SchedRun.setup(boosted).machine().run().completion(0);
        assertTrue(withBoost < machine(starve).completion(0));
    }

    @Test
    void cfsRunsEveryJobToCompletion() {
        SchedMachine m = machine("--policy", "cfs", "--jobs", "3,5,7");
        assertEquals(15, m.makespan());
    }

    @Test
    void theTableAndGanttAreReadable() {
        LabCommand.Output o = new SchedRun().run(List.of("--policy", "rr", "--quantum", "10",
                "--jobs", "30,20", "--gantt"), false);
        assertTrue(o.stdout().startsWith("Policy rr (quantum 10), 1 CPU\n\nExecution trace:\n"
                + "  [ time   0 ] Run job   0 for 10 ticks\n"), o.stdout());
        assertTrue(o.stdout().contains("  job   0 |##########..........##########.........."
                + "##########|\n  job   1 |..........##########..........##########          |\n"),
                o.stdout());
        assertFalse(o.stdout().contains("\u001b["));
        assertTrue(new SchedRun().run(List.of("--policy", "rr", "--jobs", "3,2", "--gantt"), true)
                .stdout().contains("\u001b[41m"));
    }

    @Test
    void helpPrintsTheUsageOnStdout() {
        LabCommand.Output o = new SchedRun().run(List.of("--help"), false);
        assertEquals(0, o.status());
        assertTrue(o.stdout().startsWith("Usage: sched run --policy"), o.stdout());
        LabCommand.Output all = new SchedLab().run(List.of("--help"), false);
        assertTrue(all.stdout().contains("sched set POLICY") && all.stdout().contains("sched states"));
    }

    @Test
    void badInputIsOneLineOnStderrAndNoJson() {
        for (List<String> args : List.<List<String>>of(List.of("--policy", "lottery", "--jobs", "1"),
                List.of("--policy", "rr", "--jobs", "1,,2"), List.of("--policy", "rr", "--jobs", "x"),
                List.of("--policy", "rr", "--quantum", "0", "--jobs", "1"),
                List.of("--policy", "fifo", "--jobs", "1,2", "--arrivals=-1,0"),
                List.of("--policy", "fifo", "--jobs", "1,2", "--arrivals", "0,0,0"),
                List.of("--policy", "fifo", "--jobs", "0"), List.of("--policy", "fifo"),
                List.of("--policy", "rr", "--jobs", "1", "--io-every", "1"),
                List.of("--policy", "mlfq", "--jobs", "1", "--queues", "2", "--quantum", "1,2,3"),
                List.of("--policy", "fifo", "--jobs", "1", "--quantum", "3"),
                List.of("--policy", "mlfq", "--jobs", "1", "--cpus", "2", "--trace"))) {
            List<String> withJson = new ArrayList<>(args);
            withJson.add("--json");
            LabCommand.Output o = new SchedRun().run(withJson, false);
            assertEquals("", o.stdout(), args.toString());
            assertEquals(1, o.status(), args.toString());
            assertEquals(1, o.stderr().split("\n").length, o.stderr());
            assertTrue(o.stderr().startsWith("sched: run: "), o.stderr());
        }
    }
}
