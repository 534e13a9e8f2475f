package miniunix.lab;

import java.util.List;

/** The experiments of /bin/malloc: {@code malloc sim} (free-space management on a fresh heap). */
public final class MallocLab implements LabCommand {
    private static final String USAGE = "usage: malloc sim --policy first|next|best|worst"
            + " --order addr|size-asc|size-desc|insert-front|insert-back [--coalesce]"
            + " --heap SIZE --base ADDR --header BYTES --align BYTES --ops +10,+20,-0,... [--json]";

    @Override
    public Output run(List<String> args, boolean tty) {
        if (args.isEmpty()) {
            return Output.fail("malloc", USAGE);
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "sim" -> new MallocSim().run(rest, tty);
            default -> Output.fail("malloc", "unknown command '" + args.get(0) + "'; " + USAGE);
        };
    }
}
