package miniunix.app.repl;

import org.jline.terminal.Terminal;

/**
 * The kernel thread of interactive mode: advances simulated time through the gate, paced by
 * the {@link Pacer} (or, at --speed 0, only while the shell waits), and prints what arrives
 * while a prompt is shown above it. When the run ends under a prompt it wakes the terminal
 * thread with a SIGINT of the host terminal, which makes JLine leave readLine.
 */
final class Ticker implements Runnable {
    /** --speed 0: ticks run per turn of the lock, so Ctrl-C gets in between. */
    private static final long UNPACED_CHUNK = 100;

    private final KernelGate gate;
    private final Screen screen;
    private final Terminal terminal;
    private final double speed;

    Ticker(KernelGate gate, Screen screen, Terminal terminal, double speed) {
        this.gate = gate;
        this.screen = screen;
        this.terminal = terminal;
        this.speed = speed;
    }

    @Override
    public void run() {
        try {
            Pacer pacer = speed > 0 ? new Pacer(speed) : null;
            while (!gate.over()) {
                byte[] above = pacer != null ? gate.advance(pacer.awaitTicks())
                        : gate.runWhileShellWaits(UNPACED_CHUNK);
                if (above.length > 0) {
                    screen.printAbove(above);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Throwable t) {
            gate.fail(t);
        }
        terminal.raise(Terminal.Signal.INT);
    }
}
