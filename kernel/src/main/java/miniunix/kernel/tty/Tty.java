package miniunix.kernel.tty;

import java.util.Arrays;
import miniunix.kernel.proc.WaitQueue;
import miniunix.kernel.uapi.Termios;

/**
 * A terminal (Linux drivers/tty/n_tty.c, the line discipline, in canonical mode): input typed
 * at the keyboard waits in a queue and a read returns at most one line; output written by
 * processes collects until the front end takes it.
 *
 * <p>A tty belongs to at most one session (the one whose leader opened it first after
 * setsid) and has one foreground process group, which gets SIGINT on Ctrl-C and SIGTSTP on
 * Ctrl-Z (the keys are the front end's: Kernel.interrupt and Kernel.suspend).
 *
 * <p>A background process group that reads its terminal gets SIGTTIN (see DeviceFile).
 *
 * <p>Of the termios flags only c_lflag is kept ({@link #lflag}): the front end reads its ECHO
 * bit to hide a password as it is typed (ioctl TCSETS clears it). With ICANON cleared (top,
 * watch: non-canonical mode) a read returns whatever was typed as soon as there is a byte,
 * as n_tty does with VMIN 1 and VTIME 0, and the front end sends each key as it is pressed.
 *
 * <p>The window's size ({@link #rows}, {@link #cols}: struct winsize, ioctl TIOCGWINSZ) is the
 * front end's terminal's; a change sends SIGWINCH to the foreground group (Kernel.resize).
 *
 * <p>Simplified: no echo (the front end shows what was typed), no editing keys, no TOSTOP
 * (so no SIGTTOU: background jobs may always write, as with Linux's default `stty -tostop`),
 * no VMIN/VTIME (poll(2) gives a read a timeout).
 */
public final class Tty {
    /** Group tty, which owns terminal devices (udev's GROUP="tty"; /etc/group has it as 5). */
    public static final int GID = 5;

    public final String name;
    /** Device number as /proc/PID/stat's tty_nr encodes it: (major << 8) | minor. */
    public final int devNr;

    private byte[] input = new byte[256];
    private int inStart;
    private int inEnd;
    /** input[inStart..scanPos) is known to hold no newline: long lines are scanned once. */
    private int scanPos;
    /** Ctrl-D presses not yet seen by a reader: each makes one read on an empty queue return 0. */
    private int eofs;
    public final WaitQueue readWait = new WaitQueue();
    /** Processes in poll(2) on this terminal: woken by input, but not readers (inputWanted). */
    public final WaitQueue pollWait = new WaitQueue();

    /**
     * Output the screen has not taken yet is bounded, like a real terminal's: a writer sleeps
     * while this much waits, so `yes` on the console can't fill the host's memory.
     */
    public static final int OUTPUT_MAX = 65536;
    private byte[] output = new byte[4096];
    private int outLen;
    public final WaitQueue writeWait = new WaitQueue();

    /** The session this is the controlling terminal of (0: none) and its foreground group. */
    public int sid;
    public int fgPgrp;
    /** c_lflag ({@link Termios}): set by ioctl TCSETS. */
    public int lflag = Termios.SANE;
    /** The window: struct winsize's ws_row and ws_col (a Linux console's 80x24 at first). */
    public int rows = 24;
    public int cols = 80;

    public Tty(String name, int devNr) {
        this.name = name;
        this.devNr = devNr;
    }

    // Keyboard side.

    public void type(byte[] bytes) {
        compact();
        if (inEnd + bytes.length > input.length) {
            input = Arrays.copyOf(input, Math.max(input.length * 2, inEnd + bytes.length));
        }
        System.arraycopy(bytes, 0, input, inEnd, bytes.length);
        inEnd += bytes.length;
    }

    public void typeEof() {
        eofs++;
    }

    /** Ctrl-C discards what was typed but not yet read (n_tty flushes on ISIG). */
    public void flushInput() {
        inStart = inEnd = scanPos = 0;
    }

    public boolean hasInput() {
        return inEnd > inStart || eofs > 0;
    }

    /** A read would not block: a whole line (or Ctrl-D) waits, or any byte in non-canonical mode. */
    public boolean readable() {
        if ((lflag & Termios.ICANON) == 0 || eofs > 0) {
            return hasInput();
        }
        for (int i = Math.max(inStart, scanPos); i < inEnd; i++) {
            if (input[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    private void compact() {
        if (inStart > 0) {
            System.arraycopy(input, inStart, input, 0, inEnd - inStart);
            inEnd -= inStart;
            scanPos = Math.max(0, scanPos - inStart);
            inStart = 0;
        }
    }

    // Process side.

    /**
     * Reads at most one line (up to len bytes), or in non-canonical mode what is there. Returns
     * the count, 0 for a pending Ctrl-D, or -1 when the caller must sleep. A partial last line
     * counts only after Ctrl-D, as in n_tty.
     */
    public int read(byte[] buf, int off, int len) {
        if ((lflag & Termios.ICANON) == 0 && inEnd > inStart) {
            int n = Math.min(inEnd - inStart, len);
            System.arraycopy(input, inStart, buf, off, n);
            inStart += n;
            scanPos = Math.max(scanPos, inStart);
            return n;
        }
        int nl = -1;
        for (int i = Math.max(inStart, scanPos); i < inEnd; i++) {
            if (input[i] == '\n') {
                nl = i;
                break;
            }
        }
        scanPos = nl >= 0 ? nl : inEnd;
        int avail;
        if (nl >= 0) {
            avail = nl + 1 - inStart;
        } else if (eofs > 0) {
            avail = inEnd - inStart;
            if (avail == 0 || len >= avail) {
                eofs--;
            }
        } else {
            return -1;
        }
        int n = Math.min(avail, len);
        System.arraycopy(input, inStart, buf, off, n);
        inStart += n;
        return n;
    }

    public boolean outputFull() {
        return outLen >= OUTPUT_MAX;
    }

    /** Appends output; the caller checks {@link #outputFull} first and sleeps if it is. */
    public void write(byte[] buf, int off, int len) {
        if (outLen + len > output.length) {
            output = Arrays.copyOf(output, Math.max(output.length * 2, outLen + len));
        }
        System.arraycopy(buf, off, output, outLen, len);
        outLen += len;
    }

    /** Everything written since the last call. */
    public byte[] takeOutput() {
        byte[] out = Arrays.copyOf(output, outLen);
        outLen = 0;
        if (output.length > 65536) {
            output = new byte[4096];
        }
        return out;
    }
}
