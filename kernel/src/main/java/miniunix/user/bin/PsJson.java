package miniunix.user.bin;

import java.util.List;
import java.util.Locale;
import miniunix.user.lib.Json;
import miniunix.user.lib.Out;

/**
 * ps --json (a miniunix addition): the rows ps would print, as one JSON object
 * {@code {"processes":[{"pid":1,"user":"root","pcpu":0.0,...},...]}} in the user.lib.Json
 * convention. Keys are the fields' procps names in lower case as the PsField constants spell
 * them ({@code pcpu} for %CPU, {@code tname} for TTY); a right-aligned field whose text is a
 * number is a JSON number (%CPU's "12.5" too), anything else (TIME, STAT, the command) a
 * string with the text ps shows.
 */
final class PsJson {
    private final List<Ps.Column> columns;
    private final Json json = new Json().begin().beginArray("processes");

    PsJson(List<Ps.Column> columns) {
        this.columns = columns;
    }

    void row(PsRow r, PsField.Context ctx) {
        json.begin();
        for (Ps.Column c : columns) {
            String key = c.field().name().toLowerCase(Locale.ROOT);
            String v = c.field().value(r, ctx);
            if (c.field().right) {
                json.putDecimal(key, v);
            } else {
                json.put(key, v);
            }
        }
        json.end();
    }

    void print(Out out) {
        out.print(json.endArray().end().line());
    }
}
