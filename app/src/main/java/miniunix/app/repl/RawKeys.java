package miniunix.app.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The console in non-canonical mode (a program cleared ICANON: top, watch): the host terminal
 * goes raw too, ISIG included, and each key is typed into the console as it is pressed, while
 * the program's output (escape sequences and all: it draws its own screen) goes straight to
 * the host. Ctrl-C, Ctrl-Z and Ctrl-\ are signals to the foreground group while the console's
 * ISIG is set, as n_tty's isig() makes them, and bytes otherwise: the console decides, not
 * the host. The window's size is followed: a change
 * becomes the console's winsize and a SIGWINCH.
 *
 * <p>The loop ends when the console is canonical again (the program restored it) or the run
 * ends; the host terminal's own modes come back then.
 */
final class RawKeys {
    /** How long a wait for a key lasts before output is shown and the modes looked at again. */
    private static final long POLL_MILLIS = 10;
    private static final int CTRL_C = 3;
    private static final int CTRL_Z = 26;
    private static final int CTRL_BACKSLASH = 28;

    private final KernelGate gate;
    private final Screen screen;
    private final Terminal terminal;
    private Size size;

    RawKeys(KernelGate gate, Screen screen, Terminal terminal) {
        this.gate = gate;
        this.screen = screen;
        this.terminal = terminal;
    }

    /** Tells the console the host terminal's size, if it changed since the last look. */
    synchronized void followSize() {
        Size now = terminal.getSize();
        if (now != null && !now.equals(size)) {
            size = new Size(now.getColumns(), now.getRows());
            gate.resize(now.getRows(), now.getColumns());
        }
    }

    /** Sends keys until the console is canonical again or the run is over. */
    void run() {
        Attributes saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);     // the console's ISIG decides
        terminal.setAttributes(raw);
        NonBlockingReader in = terminal.reader();
        try {
            while (gate.keysWanted()) {
                screen.print(gate.takePending());
                followSize();
                int c = in.read(POLL_MILLIS);
                if (c == NonBlockingReader.EOF) {
                    gate.typeEof();
                    break;
                }
                if (c != NonBlockingReader.READ_EXPIRED) {
                    key(c, in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            terminal.setAttributes(saved);
        }
        screen.print(gate.takePending());
    }

    private void key(int c, NonBlockingReader in) throws IOException {
        if (gate.signalKeys()) {
            switch (c) {
                case CTRL_C -> {
                    gate.interrupt();
                    return;
                }
                case CTRL_Z -> {
                    gate.suspend();
                    return;
                }
                case CTRL_BACKSLASH -> {
                    gate.quit();
                    return;
                }
                default -> { }
            }
        }
        String key = String.valueOf((char) c);
        if (Character.isHighSurrogate((char) c)) {
            int low = in.read(POLL_MILLIS);
            key = low >= 0 ? key + (char) low : key;
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (gate.echo()) {
            screen.print(bytes);
        }
        gate.type(bytes);
    }
}
