package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled chmod MODE (gnulib's modechange.c, which coreutils' chmod uses): an octal mode
 * ({@code 755}, which sets every bit it can mention), or symbolic changes {@code
 * [ugoa]*([-+=]([rwxXst]*|[ugo]))+} separated by commas ({@code u+x,go-w}, {@code a=r},
 * {@code +X}, {@code g=u}). Without u, g, o or a, a change leaves alone the bits the umask
 * has. {@link #adjust} applies the changes to a file's mode, as mode_adjust does.
 */
final class ModeChange {
    /** Every bit chmod may change (CHMOD_MODE_BITS). */
    static final int ALL = 07777;
    private static final int SUID = 04000;
    private static final int SGID = 02000;
    private static final int SVTX = 01000;
    private static final int UGO_X = 0111;

    /** What a change's value means (modechange.c's MODE_* flags). */
    private enum Flag { ORDINARY, X_IF_ANY_X, COPY_EXISTING }

    /** One operation: op on the affected bits (0: who not given) with this value. */
    private record Change(char op, Flag flag, int affected, int value, int mentioned) {
    }

    private final List<Change> changes;

    private ModeChange(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The changes a MODE operand asks for, or null if it is not a valid mode. */
    static ModeChange compile(String mode) {
        if (!mode.isEmpty() && mode.charAt(0) >= '0' && mode.charAt(0) < '8') {
            return octal(mode);
        }
        List<Change> out = new ArrayList<>();
        int i = 0;
        int n = mode.length();
        while (true) {
            int affected = 0;
            for (; i < n && "ugoa".indexOf(mode.charAt(i)) >= 0; i++) {
                affected |= who(mode.charAt(i));
            }
            if (i == n || "=+-".indexOf(mode.charAt(i)) < 0) {
                return null;
            }
            while (i < n && "=+-".indexOf(mode.charAt(i)) >= 0) {
                char op = mode.charAt(i++);
                if (i < n && mode.charAt(i) >= '0' && mode.charAt(i) < '8') {
                    int value = 0;
                    for (; i < n && mode.charAt(i) >= '0' && mode.charAt(i) < '8'; i++) {
                        value = value * 8 + mode.charAt(i) - '0';
                        if (value > ALL) {
                            return null;
                        }
                    }
                    if (affected != 0 || i < n && mode.charAt(i) != ',') {
                        return null;
                    }
                    out.add(new Change(op, Flag.ORDINARY, ALL, value, ALL));
                    continue;
                }
                if (i < n && "ugo".indexOf(mode.charAt(i)) >= 0) {
                    int value = who(mode.charAt(i++)) & 0777;
                    out.add(change(op, Flag.COPY_EXISTING, affected, value));
                    continue;
                }
                int value = 0;
                Flag flag = Flag.ORDINARY;
                for (; i < n && "rwxXst".indexOf(mode.charAt(i)) >= 0; i++) {
                    switch (mode.charAt(i)) {
                        case 'r' -> value |= 0444;
                        case 'w' -> value |= 0222;
                        case 'x' -> value |= UGO_X;
                        case 'X' -> flag = Flag.X_IF_ANY_X;
                        case 's' -> value |= SUID | SGID;
                        default -> value |= SVTX;
                    }
                }
                out.add(change(op, flag, affected, value));
            }
            if (i == n) {
                return new ModeChange(out);
            }
            if (mode.charAt(i) != ',') {
                return null;
            }
            i++;
        }
    }

    private static Change change(char op, Flag flag, int affected, int value) {
        return new Change(op, flag, affected, value, affected != 0 ? affected & value : value);
    }

    /** The bits "u", "g", "o" or "a" stands for. */
    private static int who(char c) {
        return switch (c) {
            case 'u' -> SUID | 0700;
            case 'g' -> SGID | 0070;
            case 'o' -> SVTX | 0007;
            default -> ALL;
        };
    }

    /**
     * An octal MODE: up to 07777. With fewer than five digits it leaves a directory's setuid
     * and setgid bits alone unless it sets them (coreutils 9.1: {@code chmod 755 dir} keeps
     * a directory setgid).
     */
    private static ModeChange octal(String mode) {
        int value = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if (c < '0' || c > '7') {
                return null;
            }
            value = value * 8 + c - '0';
            if (value > ALL) {
                return null;
            }
        }
        int mentioned = mode.length() < 5 ? value & (SUID | SGID) | SVTX | 0777 : ALL;
        return equalsMode(value, mentioned);
    }

    /** "=" of every bit to mode's: --reference=FILE. */
    static ModeChange of(int mode) {
        return equalsMode(mode & ALL, ALL);
    }

    private static ModeChange equalsMode(int mode, int mentioned) {
        return new ModeChange(List.of(new Change('=', Flag.ORDINARY, ALL, mode, mentioned)));
    }

    /** The mode bits (of ALL) a file of mode oldMode gets, given the process's umask. */
    int adjust(int oldMode, boolean dir, int umask) {
        int mode = oldMode & ALL;
        for (Change c : changes) {
            int omit = (dir ? SUID | SGID : 0) & ~c.mentioned();
            int value = c.value();
            if (c.flag() == Flag.COPY_EXISTING) {
                value &= mode;
                value |= ((value & 0444) != 0 ? 0444 : 0) | ((value & 0222) != 0 ? 0222 : 0)
                        | ((value & UGO_X) != 0 ? UGO_X : 0);
            } else if (c.flag() == Flag.X_IF_ANY_X && ((mode & UGO_X) != 0 || dir)) {
                value |= UGO_X;
            }
            value &= (c.affected() != 0 ? c.affected() : ~umask) & ~omit;
            switch (c.op()) {
                case '=' -> {
                    int preserved = (c.affected() != 0 ? ~c.affected() : 0) | omit;
                    mode = mode & preserved | value;
                }
                case '+' -> mode |= value;
                default -> mode &= ~value;
            }
        }
        return mode & ALL;
    }
}
