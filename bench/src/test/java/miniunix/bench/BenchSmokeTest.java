package miniunix.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Each JMH benchmark's set-up, body and tear-down run once, with every value of its @Param
 * (the process counts made small), so a bench image or a benchmark that no longer boots fails
 * `mvn verify` instead of the next person's bench/run.sh. Nothing here is timed.
 */
class BenchSmokeTest {
    /** Process counts small enough for a test; the benchmarks' own checks still run. */
    private static final Map<String, String> SMALL = Map.of("procs", "200");

    @Test
    void forkExitWait() throws Exception {
        runOnce(ForkBench.class);
    }

    @Test
    void psAux() throws Exception {
        runOnce(PsBench.class);
    }

    @Test
    void topFrame() throws Exception {
        runOnce(TopBench.class);
    }

    @Test
    void signals() throws Exception {
        runOnce(SignalBench.class);
    }

    @Test
    void strace() throws Exception {
        runOnce(StraceBench.class);
    }

    @Test
    void liveScheduler() throws Exception {
        runOnce(LiveSchedBench.class);
    }

    @Test
    void memoryReferences() throws Exception {
        runOnce(MemRefBench.class);
    }

    @Test
    void idleProcessesProbe() {
        String out = capture(() -> IdleProcs.main(new String[] {"100"}));
        assertTrue(out.matches("(?s)\\d+ processes \\(100 idle forked\\), heap in use .*"
                + "\\d+ processes \\(100 shells forked by the fork builtin\\), heap in use .*"), out);
    }

    /** Every combination is one value of each @Param here: no benchmark has two. */
    private static void runOnce(Class<?> bench) throws Exception {
        Field param = null;
        for (Field f : bench.getFields()) {
            if (f.isAnnotationPresent(Param.class)) {
                assertEquals(null, param, bench.getSimpleName() + " has more than one @Param");
                param = f;
            }
        }
        List<String> values = new ArrayList<>();
        if (param == null) {
            values.add(null);
        } else if (SMALL.containsKey(param.getName())) {
            values.add(SMALL.get(param.getName()));
        } else {
            values.addAll(List.of(param.getAnnotation(Param.class).value()));
        }
        for (String v : values) {
            Object b = bench.getConstructor().newInstance();
            if (param != null) {
                param.set(b, param.getType() == int.class ? (Object) Integer.parseInt(v) : v);
            }
            for (Method m : bench.getMethods()) {
                if (m.isAnnotationPresent(Setup.class)) {
                    m.invoke(b);
                }
            }
            for (Method m : bench.getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    m.invoke(b);
                }
            }
            for (Method m : bench.getMethods()) {
                if (m.isAnnotationPresent(TearDown.class)) {
                    m.invoke(b);
                }
            }
        }
    }

    private static String capture(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
