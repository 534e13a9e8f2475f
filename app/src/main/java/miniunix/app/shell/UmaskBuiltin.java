package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The umask builtin (bash's umask.def): {@code umask} prints the mask as %04o, -S as
 * {@code u=rwx,g=rx,o=rx}, -p as a command that sets it again; {@code umask MODE} sets it,
 * MODE octal (up to 0777) or symbolic like chmod's ({@code u=rwx,g=rx,o=}, {@code g+w},
 * {@code a-x}) applied to the permissions the mask lets through. The shell keeps no copy:
 * umask(2) reads the mask (and sets it back) and sets the new one, so children inherit it.
 * A small coroutine that the {@link BuiltinFrame} drives.
 */
final class UmaskBuiltin {
    private static final String USAGE = "umask: usage: umask [-p] [-S] [mode]\n";
    private static final int ALL = 0777;

    private final List<String> argv;
    private boolean symbolic;
    private boolean reusable;
    private String mode;
    private int pc;
    private int status;

    UmaskBuiltin(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    UmaskBuiltin copy() {
        UmaskBuiltin u = new UmaskBuiltin(argv);
        u.symbolic = symbolic;
        u.reusable = reusable;
        u.mode = mode;
        u.pc = pc;
        u.status = status;
        return u;
    }

    int status() {
        return status;
    }

    /** The next umask(2), or null when done; ret is the last one's result (the old mask). */
    Trap next(BuiltinFrame b, long ret) {
        switch (pc++) {
            case 0:
                if (!options(b)) {
                    return null;
                }
                return new Syscall.Umask(0);
            case 1:
                int old = (int) ret;
                if (mode == null) {
                    print(b, old);
                    return new Syscall.Umask(old);
                }
                int mask = Character.isDigit(mode.charAt(0)) ? octal(b) : symbolic(b, old);
                if (mask < 0) {
                    status = 1;
                    return new Syscall.Umask(old);
                }
                if (symbolic) {
                    print(b, mask);
                }
                return new Syscall.Umask(mask);
            default:
                return null;
        }
    }

    /** -p and -S; false after a bad option (status 2). */
    private boolean options(BuiltinFrame b) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "Sp", USAGE);
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                status = BuiltinOptions.STATUS;
                return false;
            }
            symbolic |= c == 'S';
            reusable |= c == 'p';
        }
        mode = o.operands().isEmpty() ? null : o.operands().get(0);
        return true;
    }

    private void print(BuiltinFrame b, int mask) {
        String prefix = reusable ? symbolic ? "umask -S " : "umask " : "";
        b.say(b.out(), prefix + (symbolic ? symbolicText(~mask & ALL) : String.format("%04o", mask))
                + "\n");
    }

    /** u=rwx,g=rx,o=rx for the permissions perm. */
    private static String symbolicText(int perm) {
        StringBuilder sb = new StringBuilder();
        String who = "ugo";
        for (int k = 0; k < 3; k++) {
            int bits = perm >> (6 - 3 * k) & 7;
            sb.append(k > 0 ? "," : "").append(who.charAt(k)).append('=');
            sb.append((bits & 4) != 0 ? "r" : "").append((bits & 2) != 0 ? "w" : "");
            sb.append((bits & 1) != 0 ? "x" : "");
        }
        return sb.toString();
    }

    /** An octal mode up to 0777, or -1 after bash's complaint. */
    private int octal(BuiltinFrame b) {
        int value = 0;
        for (char c : mode.toCharArray()) {
            value = c >= '0' && c <= '7' ? value * 8 + (c - '0') : -1;
            if (value < 0 || value > ALL) {
                b.error("umask: " + mode + ": octal number out of range\n");
                return -1;
            }
        }
        return value;
    }

    /** bash's parse_symbolic_mode on the permissions the mask old lets through: the new mask. */
    private int symbolic(BuiltinFrame b, int old) {
        int bits = ~old & ALL;
        int i = 0;
        while (true) {
            int who = 0;
            for (; i < mode.length() && "agou".indexOf(mode.charAt(i)) >= 0; i++) {
                who |= switch (mode.charAt(i)) {
                    case 'u' -> 0700;
                    case 'g' -> 0070;
                    case 'o' -> 0007;
                    default -> ALL;
                };
            }
            char op = i < mode.length() ? mode.charAt(i++) : 0;
            if (op != '+' && op != '-' && op != '=') {
                b.error("umask: `" + (op == 0 ? "" : op)
                        + "': invalid symbolic mode operator\n");
                return -1;
            }
            int perm = 0;
            for (; i < mode.length() && "rwx".indexOf(mode.charAt(i)) >= 0; i++) {
                perm |= switch (mode.charAt(i)) {
                    case 'r' -> 0444;
                    case 'w' -> 0222;
                    default -> 0111;
                };
            }
            if (i < mode.length() && mode.charAt(i) != ',') {
                b.error("umask: `" + mode.charAt(i)
                        + "': invalid symbolic mode character\n");
                return -1;
            }
            perm &= who == 0 ? ALL : who;
            if (op == '+') {
                bits |= perm;
            } else if (op == '-') {
                bits &= ~perm;
            } else {
                bits = bits & ~(who == 0 ? ALL : who) | perm;
            }
            if (i++ >= mode.length()) {
                return ~bits & ALL;
            }
        }
    }
}
