package miniunix.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy classes against the textbook's hand-worked examples (OSTEP chapters 7 and 8;
 * shared/EXPERIMENTS.md sections 1 and 2), driven tick by tick as Scheduler documents.
 */
class SchedulerTest {
    private static long[] l(long... v) {
        return v;
    }

    @Test
    void fifoOn100_200_300() {
        JobMachine m = new JobMachine("fifo", 100, 200, 300).runAll();
        assertEquals(List.of(100L, 300L, 600L), List.of(m.turnaround(0), m.turnaround(1), m.turnaround(2)));
        assertEquals(List.of(0L, 100L, 300L), List.of(m.response(0), m.response(1), m.response(2)));
        assertEquals(333.33, m.avgTurnaround(), 0.01);
        assertEquals(3, m.slices.size());
    }

    @Test
    void sjfRunsTheShortestFirst() {
        JobMachine m = new JobMachine("sjf", 300, 200, 100).runAll();
        assertEquals(List.of(600L, 300L, 100L), List.of(m.completion[0], m.completion[1], m.completion[2]));
        assertEquals(333.33, m.avgTurnaround(), 0.01);
        assertEquals(133.33, m.avgResponse(), 0.01);
    }

    @Test
    void theConvoyEffect() {
        JobMachine fifo = new JobMachine("fifo", 100, 10, 10).runAll();
        JobMachine sjf = new JobMachine("sjf", 100, 10, 10).runAll();
        assertEquals(110.0, fifo.avgTurnaround(), 1e-9);
        assertEquals(50.0, sjf.avgTurnaround(), 1e-9);
    }

    @Test
    void sjfTiesGoToTheEarlierArrivalThenTheLowerJob() {
        JobMachine m = new JobMachine("sjf", l(50, 20, 20, 20), l(0, 5, 1, 1), 1, l(0, 0, 0, 0), 0).runAll();
        assertEquals(List.of(50L, 70L, 90L, 110L), List.of(m.completion[0], m.completion[2], m.completion[3], m.completion[1]));
    }

    @Test
    void stcfPreemptsForLateShortArrivals() {
        JobMachine m = new JobMachine("stcf", l(100, 10, 10), l(0, 10, 10), 1, l(0, 0, 0), 0).runAll();
        assertEquals(List.of(120L, 10L, 20L), List.of(m.turnaround(0), m.turnaround(1), m.turnaround(2)));
        assertEquals(50.0, m.avgTurnaround(), 1e-9);
        JobMachine sjf = new JobMachine("sjf", l(100, 10, 10), l(0, 10, 10), 1, l(0, 0, 0), 0).runAll();
        assertEquals(103.33, sjf.avgTurnaround(), 0.01);
    }

    @Test
    void stcfTieKeepsTheRunningJob() {
        // Job 0 has 5 left at tick 5 when job 1 (length 5) arrives: job 0 keeps the CPU.
        JobMachine m = new JobMachine("stcf", l(10, 5), l(0, 5), 1, l(0, 0), 0).runAll();
        assertEquals(10, m.completion[0]);
        assertEquals(15, m.completion[1]);
    }

    @Test
    void roundRobinSlices() {
        JobMachine m = new JobMachine("rr quantum=10", 30, 20).runAll();
        assertEquals(List.of(new JobMachine.Slice(0, 0, 10), new JobMachine.Slice(10, 1, 10),
                new JobMachine.Slice(20, 0, 10), new JobMachine.Slice(30, 1, 10),
                new JobMachine.Slice(40, 0, 10)), m.slices);
        JobMachine one = new JobMachine("rr quantum=2", 5).runAll();
        assertEquals(List.of(2L, 2L, 1L), one.slices.stream().map(JobMachine.Slice::ran).toList());
    }

    @Test
    void roundRobinOn100_200_300HasTheBestResponse() {
        JobMachine m = new JobMachine("rr quantum=1", 100, 200, 300).runAll();
        assertEquals(1.0, m.avgResponse(), 1e-9);
        assertEquals(List.of(298L, 499L, 600L), List.of(m.completion[0], m.completion[1], m.completion[2]));
    }

    @Test
    void roundRobinExpiredJobGoesBeforeAnArrivalAtThatInstant() {
        // Job 0's quantum ends at 2 as job 1 arrives: job 0 re-enters first, so it runs
        // again only after job 1? No: it is at the tail before job 1, and job 2 (at 0) is ahead.
        JobMachine m = new JobMachine("rr quantum=2", l(4, 2, 2), l(0, 2, 0), 1, l(0, 0, 0), 0).runAll();
        // 0-2 job 0, 2-4 job 2, 4-6 job 0 (queued at 2 before job 1), 6-8 job 1.
        assertEquals(List.of(6L, 8L, 4L), List.of(m.completion[0], m.completion[1], m.completion[2]));
    }

    @Test
    void mlfqDemotesAfterTheAllotment() {
        JobMachine m = new JobMachine("mlfq queues=2 quantum=2,4 allotment=1", l(5, 3), l(0, 1), 1,
                l(0, 0), 0).runAll();
        assertEquals(List.of(0, 0, 1, 1, 0, 0, 0, 1), m.ran);
        assertEquals(List.of(7L, 7L), List.of(m.turnaround(0), m.turnaround(1)));
        assertEquals(List.of(0L, 1L), List.of(m.response(0), m.response(1)));
    }

    @Test
    void mlfqPreemptedJobKeepsTheRestOfItsQuantum() {
        JobMachine m = new JobMachine("mlfq queues=2 quantum=2,4 allotment=1", l(8, 1), l(0, 3), 1,
                l(0, 0), 0).runAll();
        assertEquals(List.of(0, 0, 0, 1, 0, 0, 0, 0, 0), m.ran);
        assertEquals(9, m.completion[0]);
    }

    @Test
    void mlfqIoCompletionJoinsTheTailOrTheFront() {
        JobMachine tail = new JobMachine("mlfq queues=2 quantum=3 allotment=1", l(4, 3), l(0, 0), 1,
                l(2, 0), 2).runAll();
        assertEquals(List.of(5L, 7L), List.of(tail.completion[1], tail.completion[0]));
        JobMachine front = new JobMachine("mlfq queues=2 quantum=3 allotment=1 io-front=1", l(4, 3),
                l(0, 0), 1, l(2, 0), 2).runAll();
        assertEquals(0, front.ran.get(4));
        assertEquals(List.of(6L, 7L), List.of(front.completion[1], front.completion[0]));
    }

    @Test
    void mlfqCannotBeGamedByYieldingJustBeforeTheQuantumEnds() {
        // Job 1 does I/O after every 9 ticks of a 10-tick quantum. Counted across its I/O (the
        // default) it uses up its allotment and sinks; with io-stay (the gameable rule of old)
        // it keeps level 0 and takes the CPU from the hog.
        String base = "mlfq queues=3 quantum=10 allotment=1";
        JobMachine fair = new JobMachine(base, l(200, 90), l(0, 0), 1, l(0, 9), 1).runAll();
        JobMachine gamed = new JobMachine(base + " io-stay=1", l(200, 90), l(0, 0), 1, l(0, 9), 1).runAll();
        assertEquals(true, gamed.completion[1] < fair.completion[1],
                gamed.completion[1] + " vs " + fair.completion[1]);
        long gamedShare = gamed.completion[1];
        assertEquals(true, gamedShare <= 110, "gamer finished at " + gamedShare);
    }

    @Test
    void mlfqBoostLiftsAStarvedJob() {
        // Two interactive jobs (io-stay keeps them at level 0) keep the CPU busy; without a
        // boost the hog at the bottom starves until they end, with boost=50 it runs at tick 50.
        String base = "mlfq queues=3 quantum=10 allotment=1 io-stay=1";
        long[] len = l(100, 300, 300);
        long[] io = l(0, 1, 1);
        JobMachine none = new JobMachine(base, len, l(0, 0, 0), 1, io, 1).runAll();
        JobMachine boosted = new JobMachine(base + " boost=50", len, l(0, 0, 0), 1, io, 1).runAll();
        assertEquals(true, boosted.completion[0] < none.completion[0],
                boosted.completion[0] + " vs " + none.completion[0]);
        assertEquals(0, boosted.ran.get(50));
    }

    @Test
    void fairSharesByWeight() {
        JobMachine m = new JobMachine("cfs", 300, 300).runAll();
        assertEquals(true, Math.abs(m.completion[0] - m.completion[1]) <= 1,
                m.completion[0] + " " + m.completion[1]);
    }

    @Test
    void severalCpusTakeJobsFromTheOneQueueLowestCpuFirst() {
        JobMachine m = new JobMachine("fifo", l(10, 10, 10), l(0, 0, 0), 2, l(0, 0, 0), 0).runAll();
        assertEquals(List.of(10L, 10L, 20L), List.of(m.completion[0], m.completion[1], m.completion[2]));
    }
}
