package miniunix.app.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Script input, one line at a time, as bytes (a script may hold any bytes). A last line
 * without its newline gets one, as a shell runs it anyway. Reads lazily, so a program that
 * reads the terminal consumes the lines after it, as with {@code bash < script}.
 */
public final class LineSource {
    private final InputStream in;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int end;
    private boolean eof;

    public LineSource(InputStream in) {
        this.in = in;
    }

    /** The next line with its '\n', or null at end of input. */
    public byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (pos == end && !fill()) {
                if (line.size() == 0) {
                    return null;
                }
                line.write('\n');
                return line.toByteArray();
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            if (pos < end) {
                pos++;
                line.write(buf, start, pos - start);
                return line.toByteArray();
            }
            line.write(buf, start, pos - start);
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
