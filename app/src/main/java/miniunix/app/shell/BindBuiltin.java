package miniunix.app.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * The bind builtin (bash 5.2's bind.def) over the shell's readline state ({@link Keymap}):
 * -l the function names, -p/-P the bindings (readline's formats), -s/-S macros, -v/-V
 * variables, -q FUNCTION which keys run it, -u FUNCTION unbind them, -r KEYSEQ unbind one,
 * -f FILE read an inputrc, -x 'KEYSEQ: COMMAND' run a shell command on a key (READLINE_LINE
 * and READLINE_POINT hold the line and the cursor while it runs), -X those, and each
 * argument an inputrc line. A shell without line editing (not interactive, or its input no
 * terminal) warns first, as bash's does, and goes on: the state is kept all the same.
 *
 * <p>A coroutine the {@link BuiltinFrame} drives, for -f's open and read.
 */
final class BindBuiltin {
    static final String USAGE = "bind: usage: bind [-lpsvPSVX] [-m keymap] [-f filename] [-q name] "
            + "[-u name] [-r keyseq] [-x keyseq:shell-command] "
            + "[keyseq:readline-function or readline-command]\n";

    private enum Phase { START, OPENED, READ, REST, DONE }

    private final List<String> argv;
    private Phase phase = Phase.START;
    private int status;
    private String file;
    private String query;
    private String unbind;
    private String remove;
    private String command;
    private boolean listCommands;
    private List<String> args;
    private int fd;
    private byte[] buf;
    private int len;

    BindBuiltin(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    BindBuiltin copy() {
        BindBuiltin b = new BindBuiltin(argv);
        b.phase = phase;
        b.status = status;
        b.file = file;
        b.query = query;
        b.unbind = unbind;
        b.remove = remove;
        b.command = command;
        b.listCommands = listCommands;
        b.args = args;
        b.fd = fd;
        b.buf = buf == null ? null : buf.clone();
        b.len = len;
        return b;
    }

    boolean done() {
        return phase == Phase.DONE;
    }

    int status() {
        return status;
    }

    Trap next(BuiltinFrame b, Shell sh, long ret) {
        return switch (phase) {
            case START -> start(b, sh);
            case OPENED -> {
                if (ret < 0) {
                    b.error("bind: " + file + ": cannot read: " + Errno.strerror(ret) + "\n");
                    yield finish(1);
                }
                fd = (int) ret;
                buf = new byte[4096];
                phase = Phase.READ;
                yield Libc.read(fd, buf, 0, buf.length);
            }
            case READ -> {
                if (ret > 0) {
                    len += (int) ret;
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, 2 * buf.length);
                    }
                    yield Libc.read(fd, buf, len, buf.length - len);
                }
                inputrc(b, sh, Shell.decode(buf, 0, len));
                buf = null;
                phase = Phase.REST;
                yield new Syscall.Close(fd);
            }
            case REST -> rest(b, sh);
            case DONE -> null;
        };
    }

    private Trap start(BuiltinFrame b, Shell sh) {
        if (!sh.lineEditing()) {
            b.error("bind: warning: line editing not enabled\n");
        }
        if (argv.size() > 1 && argv.get(1).equals("--help")) {
            b.say(b.err(), USAGE);
            return finish(BuiltinOptions.STATUS);
        }
        BuiltinOptions o = new BuiltinOptions(b, argv, "lvpVPsSXf:q:u:m:r:x:", USAGE);
        String flags = "";
        String map = null;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            switch (c) {
                case BuiltinOptions.BAD -> {
                    return finish(BuiltinOptions.STATUS);
                }
                case 'f' -> file = o.arg();
                case 'm' -> map = o.arg();
                case 'q' -> query = o.arg();
                case 'u' -> unbind = o.arg();
                case 'r' -> remove = o.arg();
                case 'x' -> command = o.arg();
                case 'X' -> listCommands = true;
                default -> flags += (char) c;
            }
        }
        args = o.operands();
        if (map != null && !map.equals("emacs") && !map.equals("emacs-standard")) {
            b.error("bind: `" + map + "': invalid keymap name\n");
            return finish(1);
        }
        if (sh.keymap == Keymap.emacs()) {      // readline's first use: it takes the locale
            sh.keymap = sh.keymap.copy();
            sh.keymap.initLocale(locale(sh));
        } else {
            sh.keymap = sh.keymap.copy();       // shared with forks until now
        }
        Keymap k = sh.keymap;
        for (char f : "lpPsSvV".toCharArray()) {
            if (flags.indexOf(f) >= 0) {
                b.say(b.out(), list(k, f));
            }
        }
        if (file != null) {
            phase = Phase.OPENED;
            return Libc.open(file, Fcntl.O_RDONLY | Fcntl.O_CLOEXEC, 0);
        }
        return rest(b, sh);
    }

    /** The locale of LC_CTYPE: LC_ALL, else LC_CTYPE, else LANG (empty ones skipped). */
    private static String locale(Shell sh) {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String v = sh.vars.value(name);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** -l -p -P -s -S -v -V: what each lists. */
    private static String list(Keymap k, char flag) {
        StringBuilder sb = new StringBuilder(flag == 'p' || flag == 'P' ? "\n" : "");
        switch (flag) {
            case 'l' -> {
                for (ReadlineFunction f : ReadlineFunction.values()) {
                    sb.append(f.readlineName).append('\n');
                }
            }
            case 'p', 'P' -> {
                for (ReadlineFunction f : ReadlineFunction.values()) {
                    List<String> keys = k.invokers(f);
                    if (flag == 'p') {
                        for (String key : keys) {
                            sb.append('"').append(KeySeq.name(key, k.convertMeta())).append("\": ")
                                    .append(f.readlineName).append('\n');
                        }
                        if (keys.isEmpty()) {
                            sb.append("# ").append(f.readlineName).append(" (not bound)\n");
                        }
                    } else if (keys.isEmpty()) {
                        sb.append(f.readlineName).append(" is not bound to any keys\n");
                    } else {
                        sb.append(f.readlineName).append(" can be found on ")
                                .append(firstFive(k, keys));
                    }
                }
            }
            case 's', 'S' -> k.texts(Keymap.Kind.MACRO).forEach((key, text) -> sb.append(flag == 's'
                    ? "\"" + KeySeq.macroName(key) + "\": \"" + KeySeq.macroText(text) + "\"\n"
                    : KeySeq.macroName(key) + " outputs " + KeySeq.macroText(text) + "\n"));
            default -> {
                for (Keymap.Variable v : Keymap.Variable.values()) {
                    sb.append(flag == 'v' ? "set " + v.readlineName + " " + k.variable(v) + "\n"
                            : v.readlineName + " is set to `" + k.variable(v) + "'\n");
                }
            }
        }
        return sb.toString();
    }

    /** "K1", "K2", ... (at most five, then "..." on a line of its own), as readline lists them. */
    private static String firstFive(Keymap k, List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < keys.size() && j < 5; j++) {
            sb.append('"').append(KeySeq.name(keys.get(j), k.convertMeta())).append('"')
                    .append(j + 1 < keys.size() ? ", " : ".\n");
        }
        return keys.size() > 5 ? sb.append("...\n").toString() : sb.toString();
    }

    /** -f FILE's lines, each as a bind argument is taken; complaints name the file and line. */
    private void inputrc(BuiltinFrame b, Shell sh, String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String complaint = sh.keymap.parseAndBind(lines[i]);
            if (complaint != null) {
                b.say(b.err(), "readline: " + file + ": line " + (i + 1) + ": " + complaint + "\n");
            }
        }
    }

    /** -q -u -r -x -X and the bindings given as arguments, in bash's order. */
    private Trap rest(BuiltinFrame b, Shell sh) {
        Keymap k = sh.keymap;
        if (query != null) {
            status = query(b, k);
        }
        if (unbind != null) {
            ReadlineFunction f = ReadlineFunction.named(unbind).orElse(null);
            if (f == null) {
                b.error("bind: `" + unbind + "': unknown function name\n");
                status = 1;
            } else {
                k.unbindAll(f);
            }
        }
        if (remove != null) {
            k.bind(KeySeq.translate(remove, k.convertMeta()), null);
            return finish(0);
        }
        if (command != null) {
            status = bindCommand(b, k, command);
        }
        if (listCommands) {
            k.texts(Keymap.Kind.COMMAND).forEach((key, text) -> b.say(b.out(),
                    "\"" + KeySeq.macroName(key) + "\": \"" + KeySeq.macroText(text) + "\"\n"));
        }
        for (String a : args) {
            String complaint = k.parseAndBind(a);
            if (complaint != null) {
                b.say(b.err(), "readline: " + complaint + "\n");
            }
        }
        return finish(status);
    }

    private int query(BuiltinFrame b, Keymap k) {
        ReadlineFunction f = ReadlineFunction.named(query).orElse(null);
        if (f == null) {
            b.error("bind: `" + query + "': unknown function name\n");
            return 1;
        }
        List<String> keys = k.invokers(f);
        if (keys.isEmpty()) {
            b.say(b.out(), query + " is not bound to any keys.\n");
            return 1;
        }
        b.say(b.out(), query + " can be invoked via " + firstFive(k, keys));
        return 0;
    }

    /** bind -x '"KEYSEQ": COMMAND' (bash's bind_keyseq_to_unix_command). */
    private static int bindCommand(BuiltinFrame b, Keymap k, String line) {
        int[] start = new int[1];
        int i = isolate(b, line, 0, true, start);
        if (i < 0) {
            return 1;
        }
        String seq = line.substring(start[0], i);
        while (i < line.length() && line.charAt(i) != ':') {
            i++;
        }
        if (i >= line.length()) {
            b.error("bind: " + line + ": missing colon separator\n");
            return 1;
        }
        i = isolate(b, line, i + 1, false, start);
        if (i < 0) {
            return 1;
        }
        String cmd = line.substring(start[0], i);
        Keymap.Binding binding = new Keymap.Binding(Keymap.Kind.COMMAND, null, cmd);
        k.bind(KeySeq.translate(seq, k.convertMeta()), binding);
        return 0;
    }

    /**
     * bash's isolate_sequence: where a (quoted) part of LINE from IND ends; startp[0] gets
     * where it starts.
     */
    private static int isolate(BuiltinFrame b, String line, int ind, boolean dquote, int[] startp) {
        int i = ind;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        char first = i < line.length() ? line.charAt(i) : 0;
        if (dquote && first != '"') {
            b.error("bind: " + line + ": first non-whitespace character is not `\"'\n");
            return -1;
        }
        char delim = first == '"' || first == '\'' ? first : 0;
        startp[0] = delim != 0 ? ++i : i;
        for (boolean passc = false; i < line.length(); i++) {
            char c = line.charAt(i);
            if (passc) {
                passc = false;
            } else if (c == '\\') {
                passc = true;
            } else if (c == delim) {
                break;
            }
        }
        if (delim != 0 && i >= line.length()) {
            b.error("bind: no closing `" + delim + "' in " + line + "\n");
            return -1;
        }
        return i;
    }

    private Trap finish(int s) {
        status = s;
        phase = Phase.DONE;
        return null;
    }

    /** The -x bindings, for the shell that runs one (sequence to command). */
    static Map<String, String> commands(Keymap k) {
        return k.texts(Keymap.Kind.COMMAND);
    }
}
