package miniunix.app.repl;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.mm.VmOptions;
import miniunix.kernel.sched.PolicySpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * The launcher's command line: the one definition of every option, for --help, --version and
 * any command line {@link FastArgs} does not recognise. Field initialisers come from
 * {@link Options#defaults()}, so the defaults live in one place too.
 */
@Command(name = "miniunix", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, separator = " ",
        description = {"A mini-Unix you can type into: a simulated kernel behind a real shell.",
                "With no -c and no SCRIPT, reads commands from the terminal (interactive) or "
                        + "from standard input (script mode)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"N:that of the last command, as sh",
                "2:bad options", "124:--max-ticks reached", "126:SCRIPT can't be read", "127:SCRIPT not found"})
public final class Cli {
    private static final Options DEFAULTS = Options.defaults();

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the kernel's random generator (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--cpus", paramLabel = "N",
            description = "Simulated CPUs, 1..64 (default: ${DEFAULT-VALUE}).")
    int cpus = DEFAULTS.cpus();

    @Option(names = "--sched", paramLabel = "POLICY[,param=value...]",
            description = "Scheduling policy: fifo, sjf, stcf, rr, mlfq, prio or cfs, with its "
                    + "parameters, e.g. rr,quantum=2 or mlfq,quantum=1,2,4,boost=100 "
                    + "(default: cfs). sched set changes it while the machine runs.")
    String sched;

    @Option(names = "--cs-cost", paramLabel = "N",
            description = "Ticks of CPU time each context switch costs (default: ${DEFAULT-VALUE}).")
    long csCost = DEFAULTS.csCost();

    @Option(names = "--mem", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Simulated memory: bytes, or with a suffix K, M, G (default: 1G). "
                    + "The process limit follows it, as Linux's threads-max does.")
    long memBytes = DEFAULTS.memBytes();

    @Option(names = "--swap", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Swap area: bytes, or with a suffix K, M, G, up to 64G (default: 0, "
                    + "no swap). Anonymous pages go there when RAM runs short.")
    long swapBytes = DEFAULTS.vm().swapBytes();

    @Option(names = "--vm", paramLabel = "BITS",
            description = "Virtual-address width: 32 (two-level page tables, 10+10+12 bits) or "
                    + "48 (four levels, 9+9+9+9+12; default: ${DEFAULT-VALUE}).")
    int vmBits = DEFAULTS.vm().vmBits();

    @Option(names = "--vm-policy", paramLabel = "POLICY",
            description = "Page replacement: fifo, lru, clock, random or mru (default: "
                    + "${DEFAULT-VALUE}). sysctl vm.policy=... changes it while the machine runs.")
    String vmPolicy = DEFAULTS.vm().policy();

    @Option(names = "--tlb", paramLabel = "N",
            description = "Entries of each CPU's TLB, 1..4096 (default: ${DEFAULT-VALUE}).")
    int tlbSize = DEFAULTS.vm().tlbSize();

    @Option(names = "--asid",
            description = "Tag TLB entries with address-space ids and keep them across context "
                    + "switches (default: flush the TLB on every switch).")
    boolean asids = DEFAULTS.vm().asids();

    @Option(names = "--pid-max", paramLabel = "N",
            description = "Pids wrap after N, to the lowest free one above 300 "
                    + "(400..4194304, default: ${DEFAULT-VALUE}).")
    int pidMax = DEFAULTS.pidMax();

    @Option(names = "-c", paramLabel = "COMMANDS",
            description = "Run COMMANDS (script mode) and exit with the last one's status.")
    String command;

    @Parameters(paramLabel = "SCRIPT|ARG",
            description = {"SCRIPT [ARG...]: run the commands in the file SCRIPT (script mode), "
                    + "with $0 = SCRIPT and $1... = the ARGs.",
                    "With -c: NAME [ARG...], $0 = NAME (default: miniunix) and $1... = the ARGs."})
    List<String> operands = new ArrayList<>();

    @Option(names = "--max-ticks", paramLabel = "N",
            description = "Stop after N ticks of simulated time (exit status 124, like timeout).")
    long maxTicks = DEFAULTS.maxTicks();

    @Option(names = "--speed", paramLabel = "X",
            description = "Interactive mode: simulated seconds per wall second (default: "
                    + "${DEFAULT-VALUE}); 0 lets time flow only while the shell waits.")
    double speed = DEFAULTS.speed();

    @Option(names = "-x", description = "Print each command before running it, like set -x.")
    boolean xtrace;

    /** What the command line asks for: a run, or an exit (after --help, --version, an error). */
    public sealed interface Outcome permits Run, Exit {
    }

    public record Run(Options options) implements Outcome {
    }

    public record Exit(int status) implements Outcome {
    }

    /** Parses args; prints help or version to out and a one-line error to err. */
    public static Outcome parse(String[] args, PrintWriter out, PrintWriter err) {
        Cli cli = new Cli();
        CommandLine cl = new CommandLine(cli);
        cl.setStopAtPositional(true);   // as sh: what follows SCRIPT (or NAME) is its arguments
        try {
            cl.parseArgs(args);
            if (cl.isUsageHelpRequested()) {
                cl.usage(out);
                return new Exit(0);
            }
            if (cl.isVersionHelpRequested()) {
                cl.printVersionHelp(out);
                return new Exit(0);
            }
            return new Run(cli.toOptions(cl));
        } catch (MissingParameterException e) {
            boolean c = e.getMissing().stream().anyMatch(a -> a.isOption() && ((OptionSpec) a).longestName().equals("-c"));
            err.println("miniunix: " + (c ? "-c: option requires an argument" : e.getMessage()));
            return new Exit(2);
        } catch (ParameterException e) {
            err.println("miniunix: " + e.getMessage());
            return new Exit(2);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Options toOptions(CommandLine cl) {
        if (cpus < 1 || cpus > Options.MAX_CPUS) {
            throw invalid(cl, "--cpus", cpus + " is not in 1.." + Options.MAX_CPUS);
        }
        if (memBytes < SizeConverter.MIN_MEM) {
            throw invalid(cl, "--mem", "must be at least 1M");
        }
        if (memBytes > miniunix.kernel.BootOptions.MEM_MAX) {
            throw invalid(cl, "--mem", "must be at most 64G");
        }
        if (pidMax < Options.MIN_PID_MAX || pidMax > Options.MAX_PID_MAX) {
            throw invalid(cl, "--pid-max", pidMax + " is not in " + Options.MIN_PID_MAX + ".."
                    + Options.MAX_PID_MAX);
        }
        if (maxTicks < 0) {
            throw invalid(cl, "--max-ticks", maxTicks + " is negative");
        }
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw invalid(cl, "--speed", "must be a number >= 0");
        }
        if (csCost < 0) {
            throw invalid(cl, "--cs-cost", csCost + " is negative");
        }
        PolicySpec policy = DEFAULTS.sched();
        if (sched != null) {
            try {
                policy = PolicySpec.parse(sched);
            } catch (PolicySpec.BadSpec e) {
                throw invalid(cl, "--sched", e.getMessage());
            }
        }
        VmOptions vm = vmOptions(cl);
        String script = command == null && !operands.isEmpty() ? operands.get(0) : null;
        List<String> args = script == null ? operands : operands.subList(1, operands.size());
        return new Options(seed, cpus, memBytes, command, script, maxTicks, speed, xtrace, pidMax,
                policy, csCost, vm, args);
    }

    private VmOptions vmOptions(CommandLine cl) {
        if (vmBits != 32 && vmBits != 48) {
            throw invalid(cl, "--vm", vmBits + " is not 32 or 48");
        }
        if (tlbSize < 1 || tlbSize > VmOptions.TLB_MAX) {
            throw invalid(cl, "--tlb", tlbSize + " is not in 1.." + VmOptions.TLB_MAX);
        }
        if (swapBytes > VmOptions.SWAP_MAX) {
            throw invalid(cl, "--swap", "must be at most 64G");
        }
        String why = VmOptions.policyError(vmPolicy);
        if (why != null) {
            throw invalid(cl, "--vm-policy", why);
        }
        return new VmOptions(vmBits, tlbSize, asids, swapBytes, vmPolicy);
    }

    private static ParameterException invalid(CommandLine cl, String option, String why) {
        return new ParameterException(cl,
                String.format(Locale.ROOT, "Invalid value for option '%s': %s", option, why));
    }

    /** --version: the jar's Implementation-Version, or "dev" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"miniunix " + (v == null ? "dev" : v)};
        }
    }
}
