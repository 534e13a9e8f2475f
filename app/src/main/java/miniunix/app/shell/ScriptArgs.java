package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * What the launcher asks the login shell to run in script mode: the text of {@code -c CMDS}
 * or of a SCRIPT file, with $0 and the positional parameters, as {@code sh -c CMDS NAME ARGS}
 * and {@code sh FILE ARGS} take them on a real machine. It travels from the launcher to the
 * login shell in the environment variable MINIUNIX_ARGV (boot parameters reach init as its
 * environment; login passes it on, as sshd hands `ssh host CMD` to the user's shell), so the
 * login shell stays `-sh` in ps; the shell removes it from its variables.
 *
 * <p>The encoding is a mode letter (c: a command string, f: a script file), then each string
 * as its length in chars, ':' and the chars: any text survives it, newlines and all. A long
 * one is cut into parts of CHUNK chars, MINIUNIX_ARGV, MINIUNIX_ARGV1, MINIUNIX_ARGV2 ...,
 * because execve refuses a string longer than MAX_ARG_STRLEN (128 KiB) with E2BIG; all of
 * them together must stay under ARG_MAX (2 MiB), so a script file may have {@link #MAX_TEXT}
 * chars.
 *
 * @param commandString true for -c (bash's $- has c; ${x:?} exits 127), false for a file
 * @param text          the commands
 * @param arg0          $0
 * @param args          $1, $2 ...
 */
public record ScriptArgs(boolean commandString, String text, String arg0, List<String> args) {
    /** The environment variable that carries it. */
    public static final String ENV = "MINIUNIX_ARGV";

    /** Chars per environment string, under MAX_ARG_STRLEN (128 KiB) in any encoding. */
    static final int CHUNK = 32 << 10;
    /** The longest text that fits, with the rest of the environment, in ARG_MAX (2 MiB). */
    public static final int MAX_TEXT = 1536 << 10;

    public ScriptArgs {
        args = List.copyOf(args);
    }

    /** The value of {@link #ENV}. */
    public String encode() {
        StringBuilder sb = new StringBuilder(commandString ? "c" : "f");
        List<String> all = new ArrayList<>(List.of(text, arg0));
        all.addAll(args);
        for (String s : all) {
            sb.append(s.length()).append(':').append(s);
        }
        return sb.toString();
    }

    /** The environment strings that carry it: ENV=part, ENV1=part, ... */
    public List<String> environment() {
        String all = encode();
        List<String> env = new ArrayList<>();
        for (int i = 0, n = 0; i < all.length() || n == 0; i += CHUNK, n++) {
            env.add(ENV + (n == 0 ? "" : Integer.toString(n)) + "=" + all.substring(i, Math.min(all.length(), i + CHUNK)));
        }
        return env;
    }

    /** Whether an environment string is one of {@link #environment}'s. */
    public static boolean isPart(String envString) {
        if (!envString.startsWith(ENV)) {
            return false;
        }
        int i = ENV.length();
        while (i < envString.length() && Character.isDigit(envString.charAt(i))) {
            i++;
        }
        return i < envString.length() && envString.charAt(i) == '=';
    }

    /** Joins {@link #environment}'s parts found in envp and decodes them; null if none. */
    public static ScriptArgs fromEnvironment(List<String> envp) {
        java.util.TreeMap<Integer, String> parts = new java.util.TreeMap<>();
        for (String e : envp) {
            if (isPart(e)) {
                int eq = e.indexOf('=');
                String n = e.substring(ENV.length(), eq);
                parts.put(n.isEmpty() ? 0 : Integer.parseInt(n), e.substring(eq + 1));
            }
        }
        if (!parts.containsKey(0)) {
            return null;
        }
        return decode(String.join("", parts.values()));
    }

    /** Decodes {@link #encode}'s form; null if value is not one. */
    static ScriptArgs decode(String value) {
        if (value == null || value.isEmpty() || value.charAt(0) != 'c' && value.charAt(0) != 'f') {
            return null;
        }
        List<String> all = new ArrayList<>();
        int i = 1;
        while (i < value.length()) {
            int colon = value.indexOf(':', i);
            if (colon < 0) {
                return null;
            }
            int len;
            try {
                len = Integer.parseInt(value.substring(i, colon));
            } catch (NumberFormatException e) {
                return null;
            }
            if (len < 0 || colon + 1 + len > value.length()) {
                return null;
            }
            all.add(value.substring(colon + 1, colon + 1 + len));
            i = colon + 1 + len;
        }
        if (all.size() < 2) {
            return null;
        }
        return new ScriptArgs(value.charAt(0) == 'c', all.get(0), all.get(1), all.subList(2, all.size()));
    }
}
