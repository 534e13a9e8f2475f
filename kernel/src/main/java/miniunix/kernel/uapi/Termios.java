package miniunix.kernel.uapi;

/**
 * The local-mode flags of a terminal (struct termios's c_lflag, Linux asm-generic/termbits.h),
 * which ioctl(TCGETS) reads and ioctl(TCSETS) writes. Simplified: c_lflag is the only word of
 * the struct a terminal has here, and it is passed by value (the ioctl's result or argument).
 */
public final class Termios {
    /** Ctrl-C, Ctrl-Z and Ctrl-\ send their signals. */
    public static final int ISIG = 0x1;
    /** Canonical mode: input comes a line at a time. */
    public static final int ICANON = 0x2;
    /** What is typed is shown: cleared while a password is read (su, passwd). */
    public static final int ECHO = 0x8;
    public static final int ECHOE = 0x10;
    public static final int ECHOK = 0x20;
    /** Control characters echo as ^C. */
    public static final int ECHOCTL = 0x200;
    public static final int ECHOKE = 0x800;
    public static final int IEXTEN = 0x8000;
    /** A fresh terminal's c_lflag, as `stty sane` leaves it. */
    public static final int SANE = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN;

    private static final int[] BITS = {ISIG, ICANON, ECHO, ECHOE, ECHOK, ECHOCTL, ECHOKE, IEXTEN};
    private static final String[] NAMES = {"ISIG", "ICANON", "ECHO", "ECHOE", "ECHOK", "ECHOCTL",
        "ECHOKE", "IEXTEN"};

    private Termios() {
    }

    /** c_lflag as strace prints it: {@code ISIG|ICANON|ECHO|...}, or 0. */
    public static String lflagText(long lflag) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BITS.length; i++) {
            if ((lflag & BITS[i]) != 0) {
                sb.append(sb.length() == 0 ? "" : "|").append(NAMES[i]);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
