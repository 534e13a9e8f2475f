package miniunix.app.shell;

import java.util.Arrays;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * The login shell's bottom frame: prompt, read(2) fd 0 a line at a time, parse, run. For
 * `sh FILE` it opens FILE first and reads that instead; for `sh -c CMDS` it takes the lines
 * of CMDS, so a command string runs exactly as a script would.
 *
 * <p>A line may arrive in pieces (longer than the buffer); bytes are gathered until the '\n'
 * and decoded once, as UTF-8 (malformed bytes become U+FFFD, NUL stays a character). Complete
 * lines that leave the command unfinished (an open quote, a trailing |) wait in
 * {@code pending} for the next line ("> " prompt when interactive); to stay linear on a long
 * unterminated quote, the text is parsed again only when a new line holds the character that
 * could finish it (for a here-document, when a line could be its delimiter). At end of input
 * whatever is pending is parsed for the last time, so an unterminated quote (or an if without
 * its fi) is reported then, as bash reports it. Lines are counted, for the line numbers of
 * here-document warnings.
 *
 * <p>At an interactive prompt, a read that ends in a TAB rather than a newline is the
 * terminal asking for the completions of the line so far ({@link CompletionFrame}); the shell
 * answers and reads on, without a new prompt.
 *
 * <p>A nested ReadFrame ({@link #nested}) runs the text of `.` or `eval` the same way, a line
 * at a time, without prompts, and pops itself at the end instead of exiting.
 */
final class ReadFrame extends Frame {
    private enum Phase { OPEN, OPENED, REAP, PROMPT, READ, GOT, EXIT }

    /** How much one read(2) asks for. */
    private static final int BUFSIZE = 4096;

    /** `sh FILE`: the script to open and read instead of fd 0; null for the login shell. */
    private final String script;
    /** `sh -c CMDS`: the commands, taken a line at a time instead of reading; else null. */
    private final String text;
    private int textPos;
    private int fd;

    /**
     * What read(2) fills; its bytes are taken (into line) in the step the read returns, so a
     * copy (fork) needs none of them: allocated at the first read, not copied.
     */
    private byte[] buf;
    private byte[] line = new byte[256];
    private int lineLen;
    /** Complete lines that do not yet make a whole command (a StringBuilder: a long body grows it). */
    private StringBuilder pending = new StringBuilder();
    /** What pending input waits for: a quote or bracket character, or 0 for any line. */
    private char awaiting;
    /** ... or the delimiter line of a here-document; null if none. */
    private String awaitingLine;
    /** The number of the line pending input starts at. */
    private int lineNo = 1;
    /** The text of . or eval, run inside the shell's current work. */
    private final boolean nested;
    /**
     * The commands fc edited: each line is echoed to stderr as it is read, and each command
     * enters the history (bash's fc_execute_file with echo_input_at_read).
     */
    private boolean edited;
    /** A bind -x command ran in place of a command: the terminal redraws the prompt itself. */
    private boolean skipPrompt;
    /** A command is running: when it is over, \# counts one more ({@link Shell#commandNumber}). */
    private boolean ran;
    /** What syntax errors begin with: "eval: " for eval's text (as bash), else nothing. */
    private final String errorPrefix;
    private Phase phase;

    ReadFrame(String script, String text) {
        this(script, text, false, "");
    }

    private ReadFrame(String script, String text, boolean nested, String errorPrefix) {
        this.script = script;
        this.text = text;
        this.nested = nested;
        this.errorPrefix = errorPrefix;
        this.phase = script == null ? Phase.REAP : Phase.OPEN;
    }

    /**
     * The commands of . FILE, eval or a trap: run a line at a time; the frame pops itself at
     * the end. errorPrefix starts its syntax errors ("eval: "); firstLine is the number of
     * its first line (1 for a file or trap, eval's own line for eval, as bash counts).
     */
    static ReadFrame nested(String text, String errorPrefix, int firstLine) {
        ReadFrame r = new ReadFrame(null, text, true, errorPrefix);
        r.lineNo = firstLine;
        return r;
    }

    /** The commands of a file fc edited ({@link #edited}). */
    static ReadFrame edited(String text) {
        ReadFrame r = new ReadFrame(null, text, true, "");
        r.edited = true;
        return r;
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case OPEN -> {
                phase = Phase.OPENED;
                yield Libc.open(script, Fcntl.O_RDONLY | Fcntl.O_CLOEXEC, 0);
            }
            case OPENED -> opened(sh, ret);
            case REAP -> reap(sh);
            case PROMPT -> prompt(sh);
            case READ -> {
                if (text != null) {
                    yield nextLine(sh);
                }
                phase = Phase.GOT;
                if (buf == null) {
                    buf = new byte[BUFSIZE];
                }
                yield Libc.read(fd, buf, 0, buf.length);
            }
            case GOT -> got(sh, ret);
            case EXIT -> {
                sh.exit(sh.vars.status);
                yield null;
            }
        };
    }

    /**
     * Ctrl-C at the prompt (the read ended with EINTR): the command being typed is dropped,
     * its lines so far kept in the history, $? = 130, and the shell prompts afresh (bash).
     * The terminal has shown ^C and ended the line.
     */
    private void interrupted(Shell sh) {
        sh.interrupted = false;
        if (pending.length() > 0) {
            remember(sh, pending.toString());
        }
        discardInput();
        sh.vars.status = 128 + Signal.SIGINT.number;
    }

    /** After an internal error or Ctrl-C: forget the unfinished input and go back to the prompt. */
    void discardInput() {
        lineLen = 0;
        pending.setLength(0);
        awaiting = 0;
        awaitingLine = null;
        phase = phase == Phase.OPEN || phase == Phase.OPENED ? Phase.OPEN : Phase.REAP;
    }

    /** bash: "sh: FILE: No such file or directory", status 127. */
    private Trap opened(Shell sh, long ret) {
        if (ret < 0) {
            sh.exit(127);
            sh.print(2, "miniunix: " + script + ": " + Errno.strerror(ret) + "\n");   // bash's shell name
            return null;
        }
        fd = (int) ret;
        phase = Phase.REAP;
        return null;
    }

    /** Ended background jobs are reaped (and announced) before the prompt, as bash does. */
    private Trap reap(Shell sh) {
        if (ran) {
            ran = false;
            sh.commandNumber++;         // bash's reader_loop: after each command it ran
        }
        if (nested) {
            phase = Phase.READ;
            return null;
        }
        phase = Phase.PROMPT;
        if (lineLen == 0) {
            sh.push(ReapFrame.of(sh, true));
        }
        return null;
    }

    private Trap prompt(Shell sh) {
        phase = Phase.READ;
        if (sh.interactive && lineLen == 0) {
            String ps = sh.vars.parameter(pending.length() == 0 ? "PS1" : "PS2");
            if (ps != null && !ps.isEmpty() && !skipPrompt) {
                Prompts.show(sh, ps);
            }
            skipPrompt = false;
            // the keymap goes to a terminal's line editor (none reads a pipe), before the prompt
            String keymap = sh.lineEditing() && sh.ttyModes >= 0 ? sh.keymap.sync() : null;
            if (keymap != null) {
                sh.print(2, keymap);        // pushed last: written first
            }
        }
        return null;
    }

    private Trap got(Shell sh, long ret) {
        phase = Phase.REAP;
        if (ret == Errno.EINTR.ret()) {
            if (sh.interrupted) {
                interrupted(sh);
            }
            return null;
        }
        if (ret <= 0) {
            return endOfInput(sh);
        }
        append((int) ret);
        if (buf[(int) ret - 1] != '\n') {
            phase = Phase.READ;
            if (buf[(int) ret - 1] == '\t' && sh.interactive && !nested && script == null && text == null) {
                // the terminal's Tab: the line so far, a TAB and VEOF (CompletionFrame)
                String typed = takeLine();
                sh.push(new CompletionFrame(typed.substring(0, typed.length() - 1)));
            }
            return null;
        }
        gotLine(sh, takeLine());
        return null;
    }

    /** `sh -c`: the next line of the command string, as if read. */
    private Trap nextLine(Shell sh) {
        phase = Phase.REAP;
        if (textPos >= text.length()) {
            return endOfInput(sh);
        }
        int nl = text.indexOf('\n', textPos);
        int end = nl < 0 ? text.length() : nl + 1;
        String line = text.substring(textPos, end);
        textPos = end;
        if (nl < 0) {
            run(sh, pending.append(line).toString(), true);
        } else {
            gotLine(sh, line);
        }
        if (edited) {
            sh.print(2, nl < 0 ? line + "\n" : line);     // pushed last: written before it runs
        }
        return null;
    }

    private void gotLine(Shell sh, String line) {
        if (pending.length() == 0 && !nested && script == null && text == null && sh.lineEditing()
                && line.startsWith(Keymap.X_REQUEST)) {
            String[] x = BindXFrame.parse(line);
            if (x != null) {            // a bind -x key, not a command: run its shell command
                Keymap.Binding b = sh.keymap.get(x[0]);
                skipPrompt = true;
                sh.push(new BindXFrame(b != null && b.kind() == Keymap.Kind.COMMAND ? b.text() : null, x[2],
                        Integer.parseInt(x[1])));
                return;
            }
        }
        if (awaiting != 0 && line.indexOf(awaiting) < 0 || awaitingLine != null && !delimits(line)) {
            pending.append(line);
            return;
        }
        run(sh, pending.append(line).toString(), false);
    }

    /** Whether line (its leading tabs and newline aside) is the awaited here-document delimiter. */
    private boolean delimits(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == '\t') {
            start++;
        }
        int end = line.endsWith("\n") ? line.length() - 1 : line.length();
        return end - start == awaitingLine.length() && line.startsWith(awaitingLine, start);
    }

    private void append(int n) {
        if (lineLen + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + n));
        }
        System.arraycopy(buf, 0, line, lineLen, n);
        lineLen += n;
    }

    /**
     * The line gathered so far, decoded, without NUL bytes (bash's shell_getc drops them: no
     * word could carry one into an execve, whose strings end at a NUL); a buffer grown for a
     * huge line is let go (fork copies it).
     */
    private String takeLine() {
        String text = Shell.decode(line, 0, lineLen);
        if (text.indexOf('\0') >= 0) {
            text = text.replace("\0", "");
        }
        lineLen = 0;
        if (line.length > BUFSIZE) {
            line = new byte[256];
        }
        return text;
    }

    /**
     * Ctrl-D or the end of a script: run what is left; then exit with $? (interactive: only
     * if nothing was left, saying "logout" as bash's exit does, and not while jobs are
     * stopped, the first time: {@link JobBuiltins#holdsExit}).
     */
    private Trap endOfInput(Shell sh) {
        String rest = pending.append(takeLine()).toString();
        if (nested) {
            sh.pop();
        } else if (!sh.interactive) {
            phase = Phase.EXIT;
        } else if (rest.isEmpty()) {
            sh.commandRuns("exit");
            phase = JobBuiltins.holdsExit(sh, 2) ? Phase.REAP : Phase.EXIT;
            sh.print(2, sh.exitWord());
        }
        if (!rest.isEmpty()) {
            run(sh, rest, true);
        }
        return null;
    }

    private void run(Shell sh, String input, boolean atEof) {
        pending = new StringBuilder();
        awaiting = 0;
        awaitingLine = null;
        int first = lineNo;
        try {
            Parser parser = new Parser(new Lexer(input, atEof, first).expanding(sh.expandedAliases())
                    .extglob(sh.shopts.contains(ShoptBuiltin.Option.EXTGLOB)));
            Node.CommandList list = parser.program();
            ran = !nested && !list.items().isEmpty();
            remember(sh, input);
            lineNo += lines(input);
            if (!list.items().isEmpty()) {
                sh.push(new ListFrame(list));
            }
            List<String> warnings = parser.warnings();
            for (int i = warnings.size() - 1; i >= 0; i--) {
                sh.print(2, parsePrefix(sh, lineNo - (input.endsWith("\n") ? 1 : 0), "") + warnings.get(i) + "\n");
            }
        } catch (SyntaxError e) {
            if (e.incomplete() && !atEof) {
                pending.append(input);
                awaiting = e.awaiting();
                awaitingLine = e.awaitingLine();
            } else {
                remember(sh, input);
                lineNo += lines(input);
                sh.vars.status = 2;
                stopAfterSyntaxError(sh, atEof);     // before the message, which is a frame
                syntaxError(sh, e, input, first);
            }
        }
    }

    /**
     * bash reads no further after a syntax error unless it is interactive: a script or -c
     * string exits with status 2 (its EXIT trap runs), the text of `.`, eval or a trap ends
     * there and its command returns 2. At the end of input a nested frame has popped itself
     * already, or pops at its next step.
     */
    private void stopAfterSyntaxError(Shell sh, boolean atEof) {
        if (nested) {
            if (!atEof) {
                sh.pop();
            }
        } else if (!sh.interactive) {
            phase = Phase.EXIT;
        }
    }

    /**
     * bash's parser_error: "NAME: line N: MESSAGE" ("NAME: -c: line N: " for sh -c, "NAME:
     * eval: line N: " for eval's text), then for an unexpected token the line it is on, quoted;
     * an interactive shell says "miniunix: MESSAGE" alone.
     */
    private void syntaxError(Shell sh, SyntaxError e, String input, int first) {
        if (sh.interactiveShell) {
            sh.error(errorPrefix + e.getMessage());
            return;
        }
        String where = parsePrefix(sh, e.line(), !nested && sh.commandString ? "-c: " : errorPrefix);
        StringBuilder said = new StringBuilder();
        for (String line : e.getMessage().split("\n")) {     // several for [[ ]]
            if (!line.isEmpty()) {
                said.append(where).append(line).append('\n');
            }
        }
        if (e.quotesLine()) {
            said.append(where).append('`').append(lineOf(input, e.line() - first)).append("'\n");
        }
        sh.print(2, said.toString());
    }

    /** "NAME: " then what (-c: or eval: ) and "line N: ", for what the parser says. */
    private static String parsePrefix(Shell sh, int line, String what) {
        if (sh.interactiveShell) {
            return "miniunix: ";
        }
        return sh.errorName() + ": " + what + (line > 0 ? "line " + line + ": " : "");
    }

    /** Line n (from 0) of text, without its newline; "" past the end. */
    private static String lineOf(String text, int n) {
        int start = 0;
        for (int i = 0; i < n && start >= 0; i++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0 || start > text.length()) {
            return "";
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** A whole command read at an interactive prompt goes into the history (bash's). */
    private void remember(Shell sh, String input) {
        if (sh.interactive && (edited || !nested && script == null && text == null)) {
            sh.history = sh.history.with(input);
        }
    }

    private static int lines(String text) {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    @Override
    Frame copy() {
        ReadFrame r = new ReadFrame(script, text, nested, errorPrefix);
        r.edited = edited;
        r.skipPrompt = skipPrompt;
        r.textPos = textPos;
        r.fd = fd;
        r.line = line.clone();
        r.lineLen = lineLen;
        r.pending = new StringBuilder(pending);
        r.awaiting = awaiting;
        r.awaitingLine = awaitingLine;
        r.lineNo = lineNo;
        r.phase = phase;
        r.ran = ran;
        return r;
    }
}
