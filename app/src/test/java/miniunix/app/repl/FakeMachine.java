package miniunix.app.repl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.tty.HostStdio;

/**
 * A tiny stand-in for the kernel: a "shell" that prints "$ " (when prompting), reads a line
 * and obeys it: {@code echo WORDS}, {@code warn WORDS} (to stderr), {@code sleep N} (N ticks),
 * {@code spin} (never returns), {@code exit N}. End of file logs out with the last status.
 * Prompting, it talks to the console (interactive mode); else to the host's streams, as the
 * login shell of script mode does. Enough to drive the front end.
 */
final class FakeMachine implements Machine {
    private final boolean prompting;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<HostStdio.Chunk> hostOut = new ArrayList<>();
    private byte[] queued;
    private boolean eof;
    private long now;
    private long busyUntil;
    private volatile boolean spinning;
    private boolean alive = true;
    private int status;
    int interrupts;
    int suspends;
    private volatile int quits;

    FakeMachine(boolean prompting) {
        this.prompting = prompting;
        prompt();
    }

    @Override
    public long runUntilInputWanted(long maxTicks) {
        long start = now;
        while (now - start < maxTicks && alive && !wantsLine()) {
            tick();
        }
        return now - start;
    }

    @Override
    public void tick() {
        now++;
        if (!spinning && now == busyUntil) {
            prompt();
        }
        if (queued != null && !busy()) {
            String line = new String(queued, StandardCharsets.UTF_8).trim();
            queued = null;
            obey(line);
        } else if (eof && !busy()) {
            alive = false;
        }
    }

    private boolean busy() {
        return spinning || now < busyUntil;
    }

    private void obey(String line) {
        String[] w = line.split(" ");
        switch (w[0]) {
            case "echo" -> print(line.substring(Math.min(5, line.length())) + "\n");
            case "warn" -> write(HostStdio.STDERR, line.substring(Math.min(5, line.length())) + "\n");
            case "sleep" -> busyUntil = now + Long.parseLong(w[1]);
            case "spin" -> spinning = true;
            case "exit" -> {
                status = Integer.parseInt(w[1]);
                alive = false;
            }
            default -> print(w[0] + ": command not found\n");
        }
        if (alive && !busy()) {
            prompt();
        }
    }

    private void prompt() {
        if (prompting) {
            print("$ ");
        }
    }

    private void print(String s) {
        write(HostStdio.STDOUT, s);
    }

    private void write(int fd, String s) {
        if (prompting) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        } else {
            hostOut.add(new HostStdio.Chunk(fd, s.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public boolean inputWanted() {
        return prompting && wantsLine();
    }

    private boolean wantsLine() {
        return alive && !busy() && queued == null && !eof;
    }

    @Override
    public boolean hostInputWanted() {
        return !prompting && wantsLine();
    }

    @Override
    public void typeHostInput(byte[] bytes) {
        queued = bytes;
    }

    @Override
    public void typeHostEof() {
        eof = true;
    }

    @Override
    public List<HostStdio.Chunk> takeHostOutput() {
        List<HostStdio.Chunk> c = List.copyOf(hostOut);
        hostOut.clear();
        return c;
    }

    @Override
    public void typeInput(byte[] bytes) {
        queued = bytes;
    }

    @Override
    public void typeEof() {
        eof = true;
    }

    @Override
    public void interrupt() {
        interrupts++;
        if (spinning) {
            spinning = false;
            status = 130;
            prompt();
        }
    }

    @Override
    public void suspend() {
        suspends++;
    }

    @Override
    public void quit() {
        quits++;
    }

    int quits() {
        return quits;
    }

    boolean spinning() {
        return spinning;
    }

    @Override
    public byte[] takeOutput() {
        byte[] b = out.toByteArray();
        out.reset();
        return b;
    }

    @Override
    public boolean sessionAlive() {
        return alive;
    }

    @Override
    public int sessionExitStatus() {
        return status;
    }
}
