package miniunix.user.bin;

import java.util.Comparator;
import java.util.List;

/**
 * ps --sort: rows ordered by each key in turn, numbers as numbers and text as text,
 * '-' keys descending; rows equal on every key keep their pid order (the sort is stable).
 */
final class PsSort implements Comparator<PsRow> {
    private final List<PsOptions.SortKey> keys;
    private final PsField.Context ctx;

    PsSort(List<PsOptions.SortKey> keys, PsField.Context ctx) {
        this.keys = keys;
        this.ctx = ctx;
    }

    @Override
    public int compare(PsRow a, PsRow b) {
        for (PsOptions.SortKey k : keys) {
            PsField f = k.field();
            int c = f.numeric() ? Long.compare(f.number(a, ctx), f.number(b, ctx))
                    : f.value(a, ctx).compareTo(f.value(b, ctx));
            if (c != 0) {
                return k.descending() ? -c : c;
            }
        }
        return 0;
    }
}
