package miniunix.app.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Interactive mode: a JLine terminal in front of the console (tty1). Simulated time flows in
 * a kernel thread ({@link Ticker}); this thread only waits on the {@link KernelGate} for the
 * console to want input, shows the shell's prompt through JLine, and types the line. JLine
 * keeps history in ~/.miniunix_history and completes command names and simulated paths.
 *
 * <p>Keys: Ctrl-D on an empty line types end-of-file (the shell logs out); Ctrl-C at the
 * shell's prompt gives a fresh prompt, and while a job runs (or a program reads the
 * terminal) it sends SIGINT to the foreground process group; Ctrl-Z sends it SIGTSTP (at the
 * prompt that is the shell, which ignores it, as bash does).
 *
 * <p>While a job runs the host terminal is in its own cooked mode, so the host turns Ctrl-Z
 * into a SIGTSTP to this JVM and echoes ^Z; JLine's handler for it (the JVM never stops, as
 * a handler is installed) sends SIGTSTP into the machine. While JLine reads a line for a
 * program (an empty prompt: `cat` reading the terminal), the key must also end that line,
 * as the tty's flush would: the handler interrupts this thread, which JLine turns into a
 * UserInterruptException, as it does for its own Ctrl-C.
 *
 * <p>Ctrl-\ sends SIGQUIT to the foreground group as Ctrl-C sends SIGINT (the launcher runs
 * the JVM with -Xrs, so SIGQUIT is no thread dump but JLine's to handle).
 *
 * <p>A program that clears the console's ICANON (top, watch) gets its keys one at a time and
 * draws its own screen with escape sequences: {@link RawKeys}.
 *
 * <p>History: a command that takes several lines (a `for` loop typed at the {@code > }
 * prompt) is one entry, its lines joined by newlines, as bash's cmdhist keeps it; it enters
 * the history when the shell next shows its prompt, so Up then brings back the whole loop.
 */
public final class Repl {
    static final String HISTORY_FILE = ".miniunix_history";
    private static final byte[] NEWLINE = {'\n'};
    /** JLine's mask that shows nothing of what is typed: the tty's ECHO is off. */
    private static final Character NO_ECHO = '\0';
    /** The shell's builtins (app.shell), completed beside the executables. */
    static final List<String> BUILTINS = List.of("bg", "cd", "command", "eval", "exec", "exit", "export", "fg", "fork",
            "jobs", "local", "pwd", "read", "return", "set", "shift", "source", "tick", "type", "unset", "wait");

    private final KernelGate gate;
    private final Screen screen;
    private final LineReader reader;
    /** The console in non-canonical mode: keys as they are pressed. */
    private RawKeys rawKeys;
    /** Paint the shell's prompt (the launcher's --color, a real terminal). */
    private boolean color;
    private final Object keyLock = new Object();
    // Guarded by keyLock: the thread in JLine's readLine for a program's line (else null),
    // and the key (Ctrl-Z or Ctrl-\) that interrupted it and is not sent yet.
    private Thread programRead;
    private Key pendingKey;
    /** The command being typed, its lines so far (null: none): history once it is whole. */
    private StringBuilder command;

    /** The keys that signal the foreground group, and the echo the terminal shows for each. */
    private enum Key {
        SUSP("^Z"), QUIT("^\\");

        final String echo;

        Key(String echo) {
            this.echo = echo;
        }
    }

    /** The shell's continuation prompt (PS2): the command on its line is not whole yet. */
    static final String CONTINUATION = "> ";

    private Repl(KernelGate gate, Screen screen, LineReader reader) {
        this.gate = gate;
        this.screen = screen;
        this.reader = reader;
    }

    /** Runs an interactive session to its end; returns its exit status. */
    public static int run(Options options, PrintStream err) throws IOException, InterruptedException {
        return run(options, err, ColorChoice.take(new String[0]));
    }

    /** Runs an interactive session with the launcher's --color choice. */
    public static int run(Options options, PrintStream err, ColorChoice color)
            throws IOException, InterruptedException {
        String noColor = System.getenv("NO_COLOR");
        KernelMachine machine = KernelMachine.boot(options, true, color.env(noColor));
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            boolean paint = color.colorsTerminal(noColor)
                    && !Terminal.TYPE_DUMB.equals(terminal.getType());
            return run(options, machine, commandNames(machine.executables()), err, terminal,
                    historyFile(), paint);
        }
    }

    /** Runs an interactive session on any machine; names are the commands to complete. */
    static int run(Options options, Machine machine, List<String> names, PrintStream err)
            throws IOException, InterruptedException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return run(options, machine, names, err, terminal, historyFile());
        }
    }

    /** Runs an interactive session on this terminal, with its history in historyFile. */
    static int run(Options options, Machine machine, List<String> names, PrintStream err,
                   Terminal terminal, Path historyFile) throws InterruptedException {
        return run(options, machine, names, err, terminal, historyFile, false);
    }

    /**
     * Runs an interactive session on this terminal; color paints the prompt and highlights
     * the command line as it is typed (ShellHighlighter).
     */
    static int run(Options options, Machine machine, List<String> names, PrintStream err,
                   Terminal terminal, Path historyFile, boolean color) throws InterruptedException {
        KernelGate gate = new KernelGate(machine, options.maxTicks());
        LineReaderBuilder builder = LineReaderBuilder.builder();
        if (color) {
            builder.highlighter(new ShellHighlighter(new java.util.HashSet<>(names)));
        }
        LineReader reader = builder.terminal(terminal).appName("miniunix")
                .completer(new CommandCompleter(names, gate::listDir))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.DISABLE_HISTORY, true)
                .build();
        Screen screen = new Screen(terminal, reader);
        Repl repl = new Repl(gate, screen, reader);
        repl.color = color;
        repl.rawKeys = new RawKeys(gate, screen, terminal);
        repl.rawKeys.followSize();
        terminal.handle(Terminal.Signal.WINCH, signal -> repl.rawKeys.followSize());
        terminal.handle(Terminal.Signal.INT, signal -> gate.interrupt());
        terminal.handle(Terminal.Signal.TSTP, signal -> repl.keyPressed(Key.SUSP));
        terminal.handle(Terminal.Signal.QUIT, signal -> repl.keyPressed(Key.QUIT));
        Thread kernelThread = new Thread(new Ticker(gate, screen, terminal, options.speed()),
                "miniunix-kernel");
        kernelThread.setDaemon(true);
        kernelThread.start();
        try {
            return repl.loop(err, options.maxTicks());
        } finally {
            repl.commandEnded();
            saveHistory(reader);
        }
    }

    private int loop(PrintStream err, long maxTicks) throws InterruptedException {
        while (true) {
            KernelGate.View view = gate.await();
            screen.print(view.output());
            if (view.over()) {
                return end(err, maxTicks);
            }
            if (gate.keysWanted()) {
                rawKeys.run();
                continue;
            }
            if (view.inputWanted() && gate.beginReading()) {
                readOneLine();
            }
        }
    }

    private void readOneLine() {
        String prompt = screen.takePrompt();
        boolean echo = gate.echo();
        boolean shellPrompt = !prompt.isEmpty() && echo;   // "Password: " is su's, not the shell's
        if (shellPrompt && !prompt.equals(CONTINUATION)) {
            commandEnded();
        }
        try {
            String line = readLine(prompt, shellPrompt, echo);
            gate.endReading();
            if (shellPrompt) {
                remember(line);                 // only what is typed at the shell's prompts
            }
            gate.type((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (UserInterruptException e) {
            gate.endReading();
            Key key = takeKey();
            screen.interrupted(prompt, e.getPartialLine(), key == null ? "^C" : key.echo);
            if (key != null) {
                send(key);                      // Ctrl-Z or Ctrl-\ while a program reads
            } else if (shellPrompt) {
                screen.print(NEWLINE);          // Ctrl-C at the prompt: a fresh prompt
                screen.keepPrompt(prompt);
            } else {
                gate.interrupt();               // a program reads the terminal: SIGINT
            }
        } catch (EndOfFileException e) {       // JLine has ended the line itself
            gate.endReading();
            gate.typeEof();
        }
        Key late = takeKey();                   // Ctrl-Z or Ctrl-\ came as the line ended
        if (late != null) {
            send(late);
        }
    }

    /** A line typed at a shell prompt joins the command being typed. */
    private void remember(String line) {
        if (command == null) {
            command = new StringBuilder(line);
        } else {
            command.append('\n').append(line);
        }
    }

    /** The command typed is whole (the shell prompts anew, or the session ends): history. */
    void commandEnded() {
        if (command != null && !command.toString().isBlank()) {
            // JLine adds no line of its own (DISABLE_HISTORY), and refuses ours while it is set.
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
            reader.getHistory().add(command.toString());
            reader.setVariable(LineReader.DISABLE_HISTORY, true);
        }
        command = null;
    }

    /** JLine's readLine, interruptible by {@link #suspend} when it reads for a program. */
    private String readLine(String prompt, boolean shellPrompt, boolean echo) {
        synchronized (keyLock) {
            programRead = shellPrompt ? null : Thread.currentThread();
        }
        try {
            String shown = color && shellPrompt ? PromptColor.paint(prompt) : prompt;
            return echo ? reader.readLine(shown) : reader.readLine(shown, NO_ECHO);
        } finally {
            synchronized (keyLock) {
                programRead = null;
                Thread.interrupted();           // an interrupt JLine did not see is spent
            }
        }
    }

    /**
     * The host's SIGTSTP (Ctrl-Z) or SIGQUIT (Ctrl-\), on JLine's signal thread: the signal
     * into the machine at once, or, while JLine reads a program's line, once that line ended.
     */
    private void keyPressed(Key key) {
        synchronized (keyLock) {
            if (programRead != null) {
                pendingKey = key;
                programRead.interrupt();
                return;
            }
        }
        send(key);
    }

    private void send(Key key) {
        switch (key) {
            case SUSP -> gate.suspend();
            case QUIT -> gate.quit();
        }
    }

    private Key takeKey() {
        synchronized (keyLock) {
            Key key = pendingKey;
            pendingKey = null;
            return key;
        }
    }

    private int end(PrintStream err, long maxTicks) {
        screen.finish();
        Throwable fault = gate.fault();
        if (fault != null) {
            throw new IllegalStateException("kernel thread: " + fault, fault);
        }
        if (gate.timedOut()) {
            err.println("miniunix: --max-ticks " + maxTicks + " reached");
        } else if (gate.bootFailure() != null) {
            err.println("miniunix: " + gate.bootFailure());
        }
        return gate.exitStatus();
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // as bash: a history file that can't be written is not the session's failure
        }
    }

    /** ~/.miniunix_history, where ~ is $HOME as a shell takes it (the JVM's user.home if unset). */
    static Path historyFile() {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, HISTORY_FILE);
    }

    /** Completion candidates: the basenames of the executables, and the builtins. */
    static List<String> commandNames(List<String> executables) {
        TreeSet<String> names = new TreeSet<>(BUILTINS);
        for (String path : executables) {
            names.add(path.substring(path.lastIndexOf('/') + 1));
        }
        return new ArrayList<>(names);
    }
}
