package miniunix.user.bin;

import java.util.Arrays;

/**
 * One input of diff as lines: the bytes read, with a newline appended when the last line had
 * none (diffutils' prepare_text, which remembers it in {@link #missingNewline}), and where
 * each line starts. Line i is bytes [{@link #start}(i), {@link #start}(i + 1)) and ends in
 * its newline; the appended one is no part of the file and is never printed.
 */
final class DiffText {
    final byte[] b;
    /** Bytes in b, the appended newline included. */
    final int n;
    final boolean missingNewline;
    /** starts[i] is where line i begins; starts[lines] == n. */
    private final int[] starts;
    final int lines;

    DiffText(byte[] data, int len) {
        missingNewline = len > 0 && data[len - 1] != '\n';
        n = len + (missingNewline ? 1 : 0);
        b = Arrays.copyOf(data, n);
        if (missingNewline) {
            b[len] = '\n';
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += b[i] == '\n' ? 1 : 0;
        }
        starts = new int[count + 1];
        int line = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == '\n') {
                starts[++line] = i + 1;
            }
        }
        lines = count;
    }

    int start(int line) {
        return starts[line];
    }

    /** The line's length without its newline. */
    int length(int line) {
        return starts[line + 1] - starts[line] - 1;
    }

    /** The last line had no newline in the file: print {@code \ No newline at end of file}. */
    boolean incomplete(int line) {
        return missingNewline && line == lines - 1;
    }

    /** The line that begins at byte offset at (a line start, or n for the end). */
    int lineAt(int at) {
        int i = Arrays.binarySearch(starts, at);
        return i >= 0 ? i : -i - 1;
    }

    /** A NUL among the first bytes diffutils looks at (one 4 KiB block): a binary file. */
    boolean binary() {
        for (int i = 0; i < Math.min(n, 4096); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
