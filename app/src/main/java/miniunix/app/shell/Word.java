package miniunix.app.shell;

import java.util.List;

/**
 * A shell word as parsed, before expansion: the text as typed and its parts. Quoting is kept
 * per part, because it decides field splitting: {@code "$x"} is one field, {@code $x} is split
 * on blanks. A quoted empty literal ({@code ""}) still makes a field.
 */
public record Word(String text, List<Part> parts) {

    public Word {
        parts = List.copyOf(parts);
    }

    /** One piece of a word. */
    public sealed interface Part permits Literal, Param, CommandSub {
        boolean quoted();
    }

    /** Text taken as it is (quotes and backslashes already removed). */
    public record Literal(String text, boolean quoted) implements Part {
    }

    /** $NAME, ${NAME} or a special parameter ($?, $$, $!, $#, $0). */
    public record Param(String name, boolean quoted) implements Part {
    }

    /** $(list): replaced by the list's output, trailing newlines removed. */
    public record CommandSub(Node.CommandList body, boolean quoted) implements Part {
    }
}
