package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import miniunix.kernel.mm.VmOptions;
import miniunix.kernel.sched.PolicySpec;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Cli.Outcome cli(String... args) {
        return Cli.parse(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Options run(String... args) {
        return assertInstanceOf(Cli.Run.class, cli(args)).options();
    }

    @Test
    void fastPathTakesOnlyTheThreeCommonShapes() {
        assertEquals(Options.defaults(), FastArgs.parse(new String[0]));
        assertEquals("echo hi", FastArgs.parse(new String[] {"-c", "echo hi"}).command());
        assertEquals("demo.sh", FastArgs.parse(new String[] {"demo.sh"}).script());
        assertNull(FastArgs.parse(new String[] {"-x", "-c", "true"}));
        assertNull(FastArgs.parse(new String[] {"--help"}));
        assertNull(FastArgs.parse(new String[] {"-c"}));
    }

    @Test
    void fastPathAndPicocliAgree() {
        assertEquals(FastArgs.parse(new String[] {"-c", "true"}), run("-c", "true"));
        assertEquals(FastArgs.parse(new String[] {"a.sh"}), run("a.sh"));
        assertEquals(FastArgs.parse(new String[] {"a.sh", "-x", "b"}), run("a.sh", "-x", "b"));
        assertEquals(FastArgs.parse(new String[] {"-c", "echo $0", "n", "--seed"}),
                run("-c", "echo $0", "n", "--seed"));
        assertEquals(Options.defaults(), run());
    }

    @Test
    void operandsAfterTheScriptOrNameAreItsArguments() {
        Options s = run("--seed", "3", "s.sh", "a", "--cpus", "b");
        assertEquals("s.sh", s.script());
        assertEquals(List.of("a", "--cpus", "b"), s.args());
        assertEquals(3, s.seed());
        Options c = FastArgs.parse(new String[] {"-c", "echo $0 $1", "x", "y"});
        assertEquals(List.of("x", "y"), c.args());
        assertNull(c.script());
    }

    @Test
    void everyOptionIsParsed() {
        Options o = run("--seed", "7", "--cpus", "4", "--mem", "1G", "--max-ticks", "500",
                "--speed", "2.5", "-x", "--pid-max", "500", "--sched", "mlfq,quantum=1,2,4,boost=100",
                "--cs-cost", "1", "-c", "ps");
        assertEquals(new Options(7, 4, 1L << 30, "ps", null, 500, 2.5, true, 500,
                PolicySpec.parse("mlfq quantum=1,2,4 boost=100"), 1), o);
        assertEquals("mlfq queues=3 quantum=1,2,4 allotment=1 boost=100 io-stay=0 io-front=0",
                o.bootOptions(false).sched().toString());
    }

    @Test
    void theVirtualMemoryOptionsReachTheKernel() {
        Options o = run("--vm", "32", "--tlb", "16", "--asid", "--swap", "64M", "--vm-policy",
                "lru", "-c", "true");
        assertEquals(new VmOptions(32, 16, true, 64L << 20, "lru"), o.vm());
        assertEquals(o.vm(), o.bootOptions(false).vm());
        assertEquals(VmOptions.defaults(), run("-c", "true").vm());
    }

    @Test
    void sizesTakeKMGSuffixesOrPlainBytes() {
        assertEquals(64L << 20, SizeConverter.parse("64M"));
        assertEquals(1L << 30, SizeConverter.parse("1g"));
        assertEquals(512L << 10, SizeConverter.parse("512K"));
        assertEquals(2097152, SizeConverter.parse("2097152"));
        assertEquals(64L << 20, SizeConverter.parse("64MB"));
        assertEquals(-1, SizeConverter.parse("M"));
        assertEquals(-1, SizeConverter.parse("12Q"));
        assertEquals(-1, SizeConverter.parse("-5"));
    }

    @Test
    void badOptionsGiveOneLineAndStatus2() {
        for (List<String> args : List.of(List.of("--frob"), List.of("--cpus", "0"),
                List.of("--mem", "12Q"), List.of("--mem", "512K"), List.of("--seed"),
                List.of("--speed", "-1"), List.of("--pid-max", "300"), List.of("--max-ticks", "x"), List.of("-c"), List.of("--seed", "1", "-c"),
                List.of("--sched", "lottery"), List.of("--sched", "rr,quantum=0"),
                List.of("--sched", "rr,quantum=2x"), List.of("--sched", "mlfq,quantum=1,2,queues=3"),
                List.of("--sched", "fifo,quantum=1"), List.of("--cs-cost", "-1"),
                List.of("--vm", "64"), List.of("--tlb", "0"), List.of("--tlb", "5000"),
                List.of("--swap", "1T"), List.of("--swap", "65G"), List.of("--vm-policy", "opt"),
                List.of("--vm-policy", "nope"))) {
            err.getBuffer().setLength(0);
            Cli.Outcome o = cli(args.toArray(new String[0]));
            assertEquals(new Cli.Exit(2), o, args.toString());
            String e = err.toString();
            assertTrue(e.startsWith("miniunix: ") && e.indexOf('\n') == e.length() - 1, e);
        }
    }

    @Test
    void helpAndVersionPrintToStdoutAndSucceed() {
        assertEquals(new Cli.Exit(0), cli("--help"));
        assertTrue(out.toString().startsWith("Usage: miniunix"));
        assertTrue(out.toString().contains("--max-ticks N"));
        out.getBuffer().setLength(0);
        assertEquals(new Cli.Exit(0), cli("--version"));
        assertTrue(out.toString().startsWith("miniunix "));
        assertEquals("", err.toString());
    }

    @Test
    void bootOptionsCarryTheShellFlags() {
        Options x = run("-x");
        assertEquals(List.of("MINIUNIX_FLAGS=x"), x.bootOptions(false).initEnv());
        assertEquals(List.of("MINIUNIX_FLAGS=ix"), x.bootOptions(true).initEnv());
        assertEquals(List.of("MINIUNIX_FLAGS="), Options.defaults().bootOptions(false).initEnv());
        assertFalse(Options.defaults().hasScriptSource());
    }
}
