package miniunix.lab;

import java.util.List;

/** The experiments of /bin/vm: {@code vm replay} (page replacement on a fresh machine). */
public final class VmLab implements LabCommand {
    private static final String USAGE = "usage: vm replay --policy "
            + "fifo|lru|opt|unopt|mru|clock|random --frames N --refs P1,P2,... [--json]";

    @Override
    public Output run(List<String> args, boolean tty) {
        if (args.isEmpty()) {
            return Output.fail("vm", USAGE);
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "replay" -> new VmReplay().run(rest, tty);
            default -> Output.fail("vm", "unknown command '" + args.get(0) + "'; " + USAGE);
        };
    }
}
