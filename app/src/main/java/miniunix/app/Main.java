package miniunix.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import miniunix.app.repl.Cli;
import miniunix.app.repl.FastArgs;
import miniunix.app.repl.KernelMachine;
import miniunix.app.repl.LineSource;
import miniunix.app.repl.ColorChoice;
import miniunix.app.repl.Options;
import miniunix.app.repl.Repl;
import miniunix.app.repl.ScriptMode;
import miniunix.app.shell.ScriptArgs;

/**
 * The launcher: parses the options, then runs a script (-c, SCRIPT, or stdin that is not a
 * terminal) or the interactive terminal. This is the one place that catches what escapes:
 * a fault becomes one line, {@code miniunix: internal error: ...}, never a stack trace.
 *
 * <p>Start-up is kept short (shared/STARTUP.md): the common command lines skip picocli
 * ({@link FastArgs}), and JLine is loaded only in interactive mode.
 */
public final class Main {
    /** Exit status for an internal error (sysexits.h EX_SOFTWARE). */
    static final int INTERNAL_ERROR = 70;
    /** Exit status when the host's stdout is closed under us (as sh killed by SIGPIPE). */
    static final int BROKEN_PIPE = 141;
    /** Exit status for a bad launcher option, as for the others (picocli's, bash's 2). */
    static final int BAD_OPTION = 2;

    private Main() {
    }

    public static void main(String[] args) {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        int status = run(args, System.in, out, System.err, System.console() != null);
        System.exit(status);
    }

    /**
     * The whole front end, with its streams passed in; tests call it with in-memory ones.
     * terminal says whether stdin is a terminal (interactive mode when no -c or SCRIPT).
     */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err,
                          boolean terminal) {
        try {
            ColorChoice color = ColorChoice.take(args);
            if (color.error() != null) {
                err.println("miniunix: " + color.error());
                err.flush();
                return BAD_OPTION;
            }
            args = color.rest();
            Options options = FastArgs.parse(args);
            if (options == null) {
                Cli.Outcome outcome = Cli.parse(args, writer(out), writer(err));
                if (outcome instanceof Cli.Exit exit) {
                    return exit.status();
                }
                options = ((Cli.Run) outcome).options();
            }
            if (!options.hasScriptSource() && terminal) {
                return Repl.run(options, err, color);
            }
            return runScript(options, in, out, err, color);
        } catch (IOException e) {
            return BROKEN_PIPE;
        } catch (OutOfMemoryError e) {  // the host's heap, not the machine's RAM: a last resort
            err.println("miniunix: out of host memory (Java heap): the simulation stopped");
            err.flush();
            return INTERNAL_ERROR;
        } catch (Throwable t) {         // the one top-level fault line (STYLE.md rule 9)
            err.println("miniunix: internal error: " + t);
            err.flush();
            return INTERNAL_ERROR;
        }
    }

    /**
     * Script mode: -c COMMANDS or a SCRIPT's text is handed to the login shell with $0 and the
     * arguments ({@link ScriptArgs}); without either, the shell reads its commands from stdin.
     * Either way the shell's fds 0-2 are the host's stdin, stdout and stderr.
     */
    private static int runScript(Options options, InputStream stdin, OutputStream out,
                                 PrintStream err, ColorChoice color) throws IOException {
        ScriptArgs script = null;
        List<String> args = options.args();
        if (options.command() != null) {
            String name = args.isEmpty() ? "miniunix" : args.get(0);
            script = new ScriptArgs(true, options.command(), name, args.subList(Math.min(1, args.size()), args.size()));
        } else if (options.script() != null) {
            String name = options.script();
            byte[] text;
            try {
                if (name.isEmpty()) {
                    return scriptError(err, name, "No such file or directory", 127);
                }
                if (Files.isDirectory(Path.of(name))) {
                    return scriptError(err, name, "Is a directory", 126);
                }
                text = Files.readAllBytes(Path.of(name));
            } catch (NoSuchFileException | java.nio.file.InvalidPathException e) {
                return scriptError(err, name, "No such file or directory", 127);
            } catch (AccessDeniedException e) {
                return scriptError(err, name, "Permission denied", 126);
            }
            String source = new String(text, StandardCharsets.UTF_8);
            if (source.length() > ScriptArgs.MAX_TEXT) {
                return scriptError(err, name, "too large to hand to the machine ("
                        + ScriptArgs.MAX_TEXT / 1024 + " KiB at most)", 126);
            }
            script = new ScriptArgs(false, source, name, args);
        }
        KernelMachine machine = KernelMachine.bootForHost(options, script,
                color.env(System.getenv("NO_COLOR")));
        return new ScriptMode(machine, new LineSource(stdin), out, err, options.maxTicks()).run();
    }

    private static int scriptError(PrintStream err, String name, String why, int status) {
        err.println("miniunix: " + name + ": " + why);
        err.flush();
        return status;
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    private static PrintWriter writer(PrintStream err) {
        return new PrintWriter(err, true);
    }
}
