package miniunix.app.shell;

import java.util.List;

/**
 * The shell's abstract syntax tree: immutable records, shared freely between a shell and its
 * forked copies. Compound commands (if, while, for, functions, subshells) will join
 * {@link Command} in later issues.
 */
public sealed interface Node {

    /** A list: and-or lists separated by ';', '&' or newlines. */
    record CommandList(List<Item> items) implements Node {
        public CommandList {
            items = List.copyOf(items);
        }
    }

    /** One entry of a list; background when it ended with '&'. */
    record Item(AndOr andOr, boolean background) implements Node {
    }

    /** p1 op1 p2 op2 p3 ...: ops.get(i) joins pipelines i and i+1. */
    record AndOr(List<Pipeline> pipelines, List<Connector> ops) implements Node {
        public AndOr {
            pipelines = List.copyOf(pipelines);
            ops = List.copyOf(ops);
        }

        /** The source, normalised, as job notices show it: "a && b". */
        public String text() {
            StringBuilder sb = new StringBuilder(pipelines.get(0).text());
            for (int i = 0; i < ops.size(); i++) {
                sb.append(ops.get(i) == Connector.AND ? " && " : " || ").append(pipelines.get(i + 1).text());
            }
            return sb.toString();
        }
    }

    /** How two pipelines of an and-or list are joined. */
    enum Connector {
        /** &&: run the next one if the last status was 0. */
        AND,
        /** ||: run the next one if the last status was not 0. */
        OR
    }

    /** [!] c1 | c2 | ...; negated inverts the status. */
    record Pipeline(boolean negated, List<Command> commands) implements Node {
        public Pipeline {
            commands = List.copyOf(commands);
        }

        /** "! a | b" */
        public String text() {
            StringBuilder sb = new StringBuilder(negated ? "! " : "");
            for (int i = 0; i < commands.size(); i++) {
                sb.append(i > 0 ? " | " : "").append(commands.get(i).text());
            }
            return sb.toString();
        }
    }

    /** One element of a pipeline. */
    sealed interface Command extends Node permits SimpleCommand {
        /** The source, normalised: words as typed, joined by one space. */
        String text();
    }

    /** NAME=value... word... with redirections anywhere. */
    record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects)
            implements Command {
        public SimpleCommand {
            assignments = List.copyOf(assignments);
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Assignment a : assignments) {
                sb.append(' ').append(a.name()).append('=').append(a.value().text());
            }
            for (Word w : words) {
                sb.append(' ').append(w.text());
            }
            for (Redirect r : redirects) {
                sb.append(' ').append(r.fd() == r.op().defaultFd ? "" : r.fd()).append(r.op().symbol)
                        .append(r.target().text());
            }
            return sb.substring(1);
        }
    }

    record Assignment(String name, Word value) implements Node {
    }

    /** fd op target: the target is a file name, or a fd number for the dup operators. */
    record Redirect(int fd, RedirectOp op, Word target) implements Node {
    }

    /** The redirection operators, with the fd each applies to when none is written. */
    enum RedirectOp {
        IN(0, "<"), OUT(1, ">"), APPEND(1, ">>"), DUP_IN(0, "<&"), DUP_OUT(1, ">&"), OUT_ALL(1, "&>"),
        APPEND_ALL(1, "&>>");

        public final int defaultFd;
        public final String symbol;

        RedirectOp(int defaultFd, String symbol) {
            this.defaultFd = defaultFd;
            this.symbol = symbol;
        }
    }
}
