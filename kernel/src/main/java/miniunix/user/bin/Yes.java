package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Out;
import miniunix.user.lib.Proc;

/**
 * yes(1): writes "y" (or its arguments joined by spaces) and a newline forever, a full 8 KiB
 * buffer per write(2), until a write fails. Into a pipe whose reader has gone it dies of
 * SIGPIPE; if SIGPIPE is ignored it prints coreutils' message and exits 1.
 * <pre>
 *   while (write(1, buf, n) == n) ;   // buf: the line repeated to fill BUFSIZ
 * </pre>
 */
public final class Yes extends Proc {
    private byte[] chunk;
    private int off;

    public Yes(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (chunk == null) {
            if (argv.size() == 2 && argv.get(1).equals("--help")) {
                out.print("Usage: yes [STRING]...\nRepeatedly output a line with all specified"
                        + " STRING(s), or 'y'.\n");
                return exit(0);
            }
            chunk = fill(argv.size() > 1 ? String.join(" ", argv.subList(1, argv.size())) : "y");
            return write();
        }
        if (ret < 0) {
            perror("standard output", ret);
            return exit(1);
        }
        off = (int) ((off + ret) % chunk.length);
        return write();
    }

    private Trap write() {
        return Libc.write(1, chunk, off, chunk.length - off);
    }

    /** The line repeated as many whole times as fit in 8 KiB (at least once). */
    static byte[] fill(String text) {
        byte[] line = (text + "\n").getBytes(StandardCharsets.UTF_8);
        int copies = Math.max(1, Out.CHUNK / line.length);
        byte[] b = new byte[copies * line.length];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(line, 0, b, i * line.length, line.length);
        }
        return b;
    }

    /** coreutils yes names the stream: "yes: standard output: ...". */
    @Override
    protected String writeError() {
        return "standard output";
    }
}
