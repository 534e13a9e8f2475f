package miniunix.app.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import miniunix.app.shell.Keymap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.NonBlockingReader;

/**
 * Interactive mode: a JLine terminal in front of the console (tty1). Simulated time flows in
 * a kernel thread ({@link Ticker}); this thread only waits on the {@link KernelGate} for the
 * console to want input, shows the shell's prompt through JLine, and types the line. JLine
 * keeps history in ~/.miniunix_history and completes command names and simulated paths, and
 * a command's words by its compspec (`complete`), which the shell evaluates ({@link CommandCompleter}).
 *
 * <p>Keys: Ctrl-D on an empty line types end-of-file (the shell logs out); Ctrl-C sends
 * SIGINT to the foreground process group: at the shell's prompt that is the shell, which
 * drops the command being typed (at the {@code > } prompt too) and prompts afresh with
 * $? = 130, as bash does. Ctrl-Z sends SIGTSTP (at the prompt that is the shell, which
 * ignores it, as bash does), Ctrl-\ SIGQUIT.
 *
 * <p>The host terminal delivers Ctrl-Z as a signal to this JVM (ISIG stays on), whose handler
 * (JLine's) signals the machine. Ctrl-C and Ctrl-\ can't come that way. The JVM keeps SIGQUIT
 * for its thread dump (and -Xrs, which frees it, also takes SIGINT away from Java). SIGINT
 * is not safe either: a session started with SIGINT ignored (from a script's background job,
 * as a CI runner may start it) can't catch it at all, as the JVM silently refuses a handler
 * for an ignored signal; and a SIGINT that came while JLine finished a line was taken as
 * interrupting that read and lost. So the session turns VINTR and VQUIT off on the host
 * terminal and both keys arrive as bytes, in order with the others: a key binding while
 * JLine reads a line, else the terminal thread's own poll of the keyboard ({@link #pollKeys}),
 * which it does in turn with waiting for the machine. For that poll the host terminal stays
 * non-canonical with echo on while a job runs, so what is typed ahead shows at once, as a
 * cooked tty shows it (^C too, by ECHOCTL), and is handed to JLine at the next line read.
 *
 * <p>While a job runs the host terminal turns Ctrl-Z into a SIGTSTP to this JVM and echoes
 * ^Z; JLine's handler for it (the JVM never stops, as a handler is installed) sends SIGTSTP
 * into the machine. While JLine reads a line for a program (an empty prompt: `cat` reading
 * the terminal), the key must also end that line, as the tty's flush would: the handler
 * interrupts this thread, which JLine turns into a UserInterruptException, as it does for
 * its own Ctrl-C.
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

    /** How long Tab waits for the shell's completions (a completion function may take a while). */
    private static final long COMPLETION_MILLIS = 10_000;
    /** While nothing reads the terminal: how long to wait for the machine, then for a key. */
    private static final long POLL_MILLIS = 20;
    /** Ctrl-\ as the keyboard sends it (the host's VQUIT is turned off). */
    private static final char CTRL_BACKSLASH = 0x1c;
    private static final String QUIT_WIDGET = "miniunix-quit";
    /** Ctrl-C as the keyboard sends it (the host's VINTR is turned off). */
    private static final char CTRL_C = 0x03;
    private static final String INTERRUPT_WIDGET = "miniunix-interrupt";

    private final KernelGate gate;
    private final Screen screen;
    private final LineReader reader;
    /** JLine following the shell's keymap (bind). */
    private LineEditor editor;
    /** The shell's last prompt, drawn again after a bind -x command (the shell prints none). */
    private String lastPrompt = "";
    /** The console in non-canonical mode: keys as they are pressed. */
    private RawKeys rawKeys;
    private final Terminal terminal;
    /** The host terminal gave end of file: no more polling. */
    private boolean keyboardClosed;
    /** Paint the shell's prompt (the launcher's --color, a real terminal). */
    private boolean color;
    private final Object keyLock = new Object();
    // Guarded by keyLock: the thread in JLine's readLine for a program's line (else null),
    // and the key (Ctrl-Z or Ctrl-\) that interrupted it and is not sent yet.
    private Thread programRead;
    private Key pendingKey;
    /** Keys typed while nothing read the terminal, for the next line read (guarded by keyLock). */
    private final StringBuilder typeahead = new StringBuilder();
    /** JLine reads a line at the shell's prompt: Tab asks the shell (terminal thread only). */
    private boolean atShellPrompt;
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

    private Repl(KernelGate gate, Screen screen, LineReader reader, Terminal terminal) {
        this.gate = gate;
        this.screen = screen;
        this.reader = reader;
        this.terminal = terminal;
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
        try (Terminal terminal = systemTerminal()) {
            boolean paint = color.colorsTerminal(noColor)
                    && !Terminal.TYPE_DUMB.equals(terminal.getType());
            return run(options, machine, commandNames(machine.executables()), err, terminal,
                    historyFile(), paint);
        }
    }

    /** Runs an interactive session on any machine; names are the commands to complete. */
    static int run(Options options, Machine machine, List<String> names, PrintStream err)
            throws IOException, InterruptedException {
        try (Terminal terminal = systemTerminal()) {
            return run(options, machine, names, err, terminal, historyFile());
        }
    }

    /**
     * The host's terminal. With TERM=dumb JLine's builder gives a DumbTerminal that leaves the
     * tty alone: its Ctrl-C and Ctrl-Z then reach the JVM as SIGINT and SIGTSTP with nobody
     * to catch them (the session ended, or stopped), and Ctrl-\ printed the JVM's thread
     * dump. So a dumb TERM on a real tty still gets the native terminal, typed dumb: the line
     * editor stays plain, and the tty's modes and signals are the session's as on any other.
     */
    static Terminal systemTerminal() throws IOException {
        String term = System.getenv("TERM");
        if (Terminal.TYPE_DUMB.equals(term) || term != null && term.startsWith(Terminal.TYPE_DUMB_COLOR)) {
            for (String name : List.of(TerminalBuilder.PROP_PROVIDER_JNI, TerminalBuilder.PROP_PROVIDER_FFM)) {
                try {
                    TerminalProvider provider = TerminalProvider.load(name);
                    if (provider.isSystemStream(SystemStream.Input)
                            && provider.isSystemStream(SystemStream.Output)) {
                        Charset utf8 = StandardCharsets.UTF_8;
                        return provider.sysTerminal("miniunix", term, false, utf8, utf8, utf8, utf8,
                                true, Terminal.SignalHandler.SIG_DFL, false, SystemStream.Output);
                    }
                } catch (IOException | RuntimeException | LinkageError e) {
                    // this provider can't run here: try the next, then JLine's own choice
                }
            }
        }
        return TerminalBuilder.builder().system(true).dumb(true).build();
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
        Repl[] self = new Repl[1];
        LineReader reader = builder.terminal(terminal).appName("miniunix")
                .completer(new CommandCompleter(names, gate::listDir,
                        text -> self[0] == null ? null : self[0].askShell(text)))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.DISABLE_HISTORY, true)
                .build();
        Screen screen = new Screen(terminal, reader);
        Repl repl = new Repl(gate, screen, reader, terminal);
        self[0] = repl;
        repl.color = color;
        repl.rawKeys = new RawKeys(gate, screen, terminal);
        repl.rawKeys.followSize();
        terminal.handle(Terminal.Signal.WINCH, signal -> repl.rawKeys.followSize());
        reader.getWidgets().put(QUIT_WIDGET, repl::quitKey);
        reader.getWidgets().put(INTERRUPT_WIDGET, repl::interruptKey);
        for (String map : List.of(LineReader.VIINS, LineReader.VICMD)) {
            reader.getKeyMaps().get(map).bind(new Reference(QUIT_WIDGET), Character.toString(CTRL_BACKSLASH));
            reader.getKeyMaps().get(map).bind(new Reference(INTERRUPT_WIDGET), Character.toString(CTRL_C));
        }
        repl.editor = new LineEditor(reader, java.util.Map.of(
                Character.toString(CTRL_BACKSLASH), QUIT_WIDGET, Character.toString(CTRL_C), INTERRUPT_WIDGET));
        Attributes original = terminal.getAttributes();
        terminal.setAttributes(keyboardMode(original));
        // Ctrl-C comes as a byte; a SIGINT still comes from the Ticker at the run's end (to
        // leave readLine) or from a kill(1) on the host: the machine gets it as the key.
        terminal.handle(Terminal.Signal.INT, signal -> {
            repl.takeTypeahead();               // the tty flushes its input on a signal key
            gate.interrupt();
        });
        terminal.handle(Terminal.Signal.TSTP, signal -> repl.keyPressed(Key.SUSP));
        Thread kernelThread = new Thread(new Ticker(gate, screen, terminal, options.speed()),
                "miniunix-kernel");
        kernelThread.setDaemon(true);
        kernelThread.start();
        try {
            return repl.loop(err, options.maxTicks());
        } finally {
            repl.commandEnded();
            saveHistory(reader);
            terminal.setAttributes(original);
        }
    }

    /**
     * The host terminal between two lines read: a signal from Ctrl-Z, but none from Ctrl-C or
     * Ctrl-\ (they come as bytes), non-canonical so {@link #pollKeys} sees each key at once,
     * echo as it was.
     */
    static Attributes keyboardMode(Attributes original) {
        Attributes a = new Attributes(original);
        a.setLocalFlag(Attributes.LocalFlag.ICANON, false);
        a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        a.setControlChar(Attributes.ControlChar.VINTR, 0);     // _POSIX_VDISABLE
        a.setControlChar(Attributes.ControlChar.VQUIT, 0);
        a.setControlChar(Attributes.ControlChar.VMIN, 1);
        a.setControlChar(Attributes.ControlChar.VTIME, 0);
        return a;
    }

    private int loop(PrintStream err, long maxTicks) throws InterruptedException {
        while (true) {
            KernelGate.View view = gate.await(POLL_MILLIS);
            if (view == null) {
                if (gate.keysWanted()) {
                    rawKeys.run();      // a program has the console non-canonical: its keys
                } else {
                    pollKeys();
                }
                continue;
            }
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

    /**
     * Nothing reads the terminal (a job runs): waits up to POLL_MILLIS for a key. Ctrl-C and
     * Ctrl-\ flush what was typed ahead and send SIGINT or SIGQUIT at once, as the tty's
     * isig() does; anything else is typed ahead, for the next line read.
     */
    private void pollKeys() throws InterruptedException {
        if (keyboardClosed) {
            Thread.sleep(POLL_MILLIS);
            return;
        }
        int c;
        try {
            c = terminal.reader().read(POLL_MILLIS);
        } catch (java.io.InterruptedIOException e) {
            throw new InterruptedException("keyboard poll");
        } catch (IOException e) {
            c = NonBlockingReader.EOF;
        }
        if (c == NonBlockingReader.EOF) {
            keyboardClosed = true;
        } else if (c == CTRL_C) {
            takeTypeahead();
            gate.interrupt();
        } else if (c == CTRL_BACKSLASH) {
            takeTypeahead();
            send(Key.QUIT);
        } else if (c >= 0) {
            synchronized (keyLock) {
                typeahead.append((char) c);
            }
        }
    }

    /** The keys typed ahead, taken (the tty flushes them on a signal key). */
    private String takeTypeahead() {
        synchronized (keyLock) {
            String keys = typeahead.toString();
            typeahead.setLength(0);
            return keys;
        }
    }

    /**
     * Ctrl-\ while JLine reads a line: for a program's line, the line ends and SIGQUIT is
     * sent (as for Ctrl-Z); at the shell's prompt the shell gets it and ignores it, as bash.
     */
    private boolean quitKey() {
        synchronized (keyLock) {
            if (programRead != null) {
                pendingKey = Key.QUIT;
                throw new UserInterruptException(reader.getBuffer().toString());
            }
        }
        send(Key.QUIT);
        return true;
    }

    /**
     * Ctrl-C while JLine reads a line: the line is dropped and the foreground group gets
     * SIGINT (readOneLine), for the shell's prompt and a program's line alike.
     */
    private boolean interruptKey() {
        throw new UserInterruptException(reader.getBuffer().toString());
    }

    private void readOneLine() {
        String ahead = takeTypeahead();
        if (!ahead.isEmpty()) {
            reader.runMacro(ahead);
        }
        String keymap = screen.takeKeymap();
        if (keymap != null) {
            editor.apply(Keymap.fromSync(keymap));
        }
        String prompt = screen.takePrompt();
        String start = null;
        String bindX = screen.takeBindXLine();
        if (bindX != null) {                    // a bind -x command ran: its line again
            if (!prompt.isEmpty()) {
                screen.print(NEWLINE);          // what it printed last has a line of its own
            }
            String[] f = bindX.split(";", 2);
            start = Keymap.unhex(f[1]);
            editor.resume(Integer.parseInt(f[0]));
            prompt = lastPrompt;
        }
        boolean echo = gate.echo();
        boolean shellPrompt = !prompt.isEmpty() && echo;   // "Password: " is su's, not the shell's
        if (shellPrompt && !prompt.equals(CONTINUATION)) {
            commandEnded();
        }
        if (shellPrompt) {
            lastPrompt = prompt;
        }
        editor.reading(shellPrompt);
        try {
            String line = readLine(prompt, shellPrompt, echo, start);
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
            } else {
                if (shellPrompt) {
                    screen.print(NEWLINE);      // the shell drops the line and prompts afresh
                }
                gate.interrupt();               // SIGINT to the foreground group
            }
        } catch (LineEditor.BindX x) {          // the shell runs the command, then reads on
            gate.endReading();
            screen.clearLine(prompt + x.line);
            gate.type(Keymap.xRequest(x.keys, x.point, x.line).getBytes(StandardCharsets.UTF_8));
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

    /**
     * Tab at the shell's prompt: the shell's answer for the line up to the cursor (by its
     * compspecs: see {@link CommandCompleter}), or null when a program reads the line.
     */
    private String askShell(String text) {
        if (!atShellPrompt) {
            return null;
        }
        try {
            return gate.completeInShell(text, COMPLETION_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** JLine's readLine, interruptible by {@link #suspend} when it reads for a program. */
    private String readLine(String prompt, boolean shellPrompt, boolean echo, String start) {
        synchronized (keyLock) {
            programRead = shellPrompt ? null : Thread.currentThread();
        }
        atShellPrompt = shellPrompt;
        try {
            String shown = color && shellPrompt ? PromptColor.paint(prompt) : prompt;
            return echo ? reader.readLine(shown, null, start) : reader.readLine(shown, NO_ECHO);
        } finally {
            atShellPrompt = false;
            synchronized (keyLock) {
                programRead = null;
                Thread.interrupted();           // an interrupt JLine did not see is spent
            }
        }
    }

    /**
     * The host's SIGTSTP (Ctrl-Z), on JLine's signal thread: the signal
     * into the machine at once, or, while JLine reads a program's line, once that line ended.
     */
    private void keyPressed(Key key) {
        synchronized (keyLock) {
            typeahead.setLength(0);
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
