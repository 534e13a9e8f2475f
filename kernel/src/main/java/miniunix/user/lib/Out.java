package miniunix.user.lib;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A stdio-like output buffer for one fd: text is collected here and written in chunks by
 * {@link Proc}, which also handles partial writes. Text is written as UTF-8; bytes a program
 * read (binary input included) go back unchanged through {@link #write}.
 */
public final class Out {
    /** Flush once this much is buffered: stdio's BUFSIZ, and the chunk `yes` writes. */
    public static final int CHUNK = 8192;

    final int fd;
    /** The program's print order, shared with its other buffer. */
    private final Runs runs;
    byte[] data = new byte[256];
    /** Bytes [start, len) are still to be written. */
    int start;
    int len;

    Out(int fd, Runs runs) {
        this.fd = fd;
        this.runs = runs;
    }

    public Out print(String s) {
        return print((CharSequence) s);
    }

    /** Appends text as it stands in a builder, with no String made of it (a ps row). */
    public Out print(CharSequence s) {
        int n = s.length();
        reserve(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                runs.add(fd, i);
                byte[] b = s.subSequence(i, n).toString().getBytes(StandardCharsets.UTF_8);
                return write(b, 0, b.length);
            }
            data[len++] = (byte) c;
        }
        runs.add(fd, n);
        return this;
    }

    /** Appends an ASCII character. */
    public Out print(char c) {
        reserve(1);
        data[len++] = (byte) c;
        runs.add(fd, 1);
        return this;
    }

    public Out print(long n) {
        return print(Long.toString(n));
    }

    public Out println(String s) {
        return print(s).print('\n');
    }

    /** Appends raw bytes. */
    public Out write(byte[] b, int off, int n) {
        reserve(n);
        System.arraycopy(b, off, data, len, n);
        len += n;
        runs.add(fd, n);
        return this;
    }

    public int pending() {
        return len - start;
    }

    void discard() {
        start = 0;
        len = 0;
    }

    /** Called after a write(2) of n bytes succeeded. */
    void advance(long n) {
        start += (int) n;
        if (start == len) {
            discard();
        }
    }

    private void reserve(int n) {
        if (len + n > data.length) {
            if (start > 0 && len - start + n <= data.length) {
                System.arraycopy(data, start, data, 0, len - start);
                len -= start;
                start = 0;
                return;
            }
            data = Arrays.copyOf(data, Math.max(data.length * 2, len + n));
        }
    }

    Out copy(Runs r) {
        Out o = new Out(fd, r);
        o.data = data.clone();
        o.start = start;
        o.len = len;
        return o;
    }
}
