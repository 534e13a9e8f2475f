package miniunix.user.lib;

import java.util.Arrays;

/**
 * The order in which a program printed to its output buffers: runs of bytes per fd, oldest
 * first. {@link Proc} writes them in that order, so stdout and stderr reach a shared file or
 * terminal in the order they were printed, as GNU tools make them by flushing stdout in
 * error(3) before each message.
 */
final class Runs {
    private int[] fd = new int[4];
    private int[] len = new int[4];
    private int n;

    /** n bytes were appended to fd's buffer. */
    void add(int f, int bytes) {
        if (bytes == 0) {
            return;
        }
        if (n > 0 && fd[n - 1] == f) {
            len[n - 1] += bytes;
            return;
        }
        if (n == fd.length) {
            fd = Arrays.copyOf(fd, n * 2);
            len = Arrays.copyOf(len, n * 2);
        }
        fd[n] = f;
        len[n++] = bytes;
    }

    boolean isEmpty() {
        return n == 0;
    }

    /** The fd of the oldest run, and its length. */
    int fd() {
        return fd[0];
    }

    int len() {
        return len[0];
    }

    /** bytes of the oldest run were written. */
    void advance(int bytes) {
        len[0] -= bytes;
        if (len[0] == 0) {
            drop(0);
        }
    }

    /** Forgets every run of fd f (its buffer was discarded). */
    void discard(int f) {
        for (int i = n - 1; i >= 0; i--) {
            if (fd[i] == f) {
                drop(i);
            }
        }
    }

    private void drop(int i) {
        System.arraycopy(fd, i + 1, fd, i, n - i - 1);
        System.arraycopy(len, i + 1, len, i, n - i - 1);
        n--;
    }

    Runs copy() {
        Runs r = new Runs();
        r.fd = fd.clone();
        r.len = len.clone();
        r.n = n;
        return r;
    }
}
