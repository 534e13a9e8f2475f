package miniunix.kernel.uapi;

/**
 * One event a tracer reads from its trace channel (ptrace PTRACE_EVENTS): a line of text,
 * {@code PID KIND SYSNO ERRNO SYSUS<TAB>TEXT<TAB>RESULT}, written by the kernel and parsed by strace.
 * TEXT is strace's own wording ({@link SyscallText}); the numbers let strace filter
 * (-e trace=) and count (-c) without parsing it. Strings in TEXT are quoted, so they hold no
 * tab or newline.
 *
 * @param pid    the traced process
 * @param kind   what happened
 * @param sysno  for SYSCALL: the call's number (Sysno.number); 0 otherwise
 * @param errno  for SYSCALL: the errno it failed with, 0 if it succeeded
 * @param sysUs  for SYSCALL: the system time it was charged, in microseconds (strace -c)
 * @param text   SYSCALL: {@code write(1, "hi\n", 3)}; SIGNAL: {@code SIGCHLD {si_signo=...}};
 *               EXIT: {@code exited with 0} or {@code killed by SIGTERM}; ATTACH: empty
 * @param result SYSCALL: what follows "= " ({@code 3}, {@code -1 ENOENT (...)}, {@code ?})
 */
public record TraceEvent(int pid, Kind kind, int sysno, int errno, long sysUs, String text,
        String result) {

    /** The kinds of event, each with its letter on the wire. */
    public enum Kind {
        /** A syscall returned (exit_group: is about to end the process). */
        SYSCALL('S'),
        /** A signal was delivered: strace's {@code --- SIG... {...} ---}. */
        SIGNAL('G'),
        /** The process ended: {@code +++ exited with 0 +++}. */
        EXIT('X'),
        /** A child of a tracee is traced from its fork on (strace -f). */
        ATTACH('A');

        public final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        static Kind of(char letter) {
            for (Kind k : values()) {
                if (k.letter == letter) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The line on the wire, with its newline. */
    public String line() {
        return pid + " " + kind.letter + " " + sysno + " " + errno + " " + sysUs + "\t" + text + "\t"
                + result + "\n";
    }

    /** Parses a line without its newline; null if it is not an event line. */
    public static TraceEvent parse(String line) {
        int t1 = line.indexOf('\t');
        int t2 = line.lastIndexOf('\t');
        if (t1 < 0 || t2 <= t1) {
            return null;
        }
        String[] head = line.substring(0, t1).split(" ");
        Kind kind = head.length == 5 && head[1].length() == 1 ? Kind.of(head[1].charAt(0)) : null;
        if (kind == null) {
            return null;
        }
        try {
            return new TraceEvent(Integer.parseInt(head[0]), kind, Integer.parseInt(head[2]),
                    Integer.parseInt(head[3]), Long.parseLong(head[4]), line.substring(t1 + 1, t2),
                    line.substring(t2 + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
