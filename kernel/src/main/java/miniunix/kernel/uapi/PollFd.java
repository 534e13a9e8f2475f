package miniunix.kernel.uapi;

/**
 * struct pollfd (Linux include/uapi/asm-generic/poll.h): the fd to watch, the events asked
 * for, and the events poll(2) found ({@code revents}, filled by the kernel). A negative fd is
 * skipped, its revents 0, as on Linux.
 */
public final class PollFd {
    /** There is data to read (or end of file). */
    public static final short POLLIN = 0x001;
    /** Writing now would not block. */
    public static final short POLLOUT = 0x004;
    /** An error: set in revents whether asked for or not. */
    public static final short POLLERR = 0x008;
    /** The other end hung up (a pipe with no writer): set whether asked for or not. */
    public static final short POLLHUP = 0x010;
    /** The fd is not open: set whether asked for or not. */
    public static final short POLLNVAL = 0x020;

    /** sizeof(struct pollfd): int fd, short events, short revents. */
    public static final int SIZE = 8;

    public int fd;
    public short events;
    public short revents;

    /** fds as an array of struct pollfd at b[0..fds.length * SIZE). */
    public static void encode(PollFd[] fds, byte[] b) {
        for (int i = 0; i < fds.length; i++) {
            Le.putInt(b, i * SIZE, fds[i].fd);
            Le.putShort(b, i * SIZE + 4, fds[i].events);
            Le.putShort(b, i * SIZE + 6, fds[i].revents);
        }
    }

    /** The n struct pollfd at b[0..n * SIZE). */
    public static PollFd[] decode(byte[] b, int n) {
        PollFd[] fds = new PollFd[n];
        for (int i = 0; i < n; i++) {
            fds[i] = new PollFd(Le.getInt(b, i * SIZE), Le.getShort(b, i * SIZE + 4));
            fds[i].revents = Le.getShort(b, i * SIZE + 6);
        }
        return fds;
    }

    public PollFd(int fd, short events) {
        this.fd = fd;
        this.events = events;
    }

    /** A set of POLL* bits as strace prints them: {@code POLLIN|POLLOUT}, or 0. */
    public static String text(int bits) {
        String[] names = {"POLLIN", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL"};
        int[] values = {POLLIN, POLLOUT, POLLERR, POLLHUP, POLLNVAL};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((bits & values[i]) != 0) {
                sb.append(sb.length() == 0 ? "" : "|").append(names[i]);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    public PollFd copy() {
        PollFd p = new PollFd(fd, events);
        p.revents = revents;
        return p;
    }
}
