package miniunix.kernel.uapi;

import java.util.List;

/**
 * The binary-format handler execve uses: turns a path in /bin or /sbin into a fresh Program.
 * The kernel owns no programs of its own; the front end hands it a loader at boot that knows
 * the userland and the shell. Like Linux's binfmt handlers, it is consulted only by execve.
 */
public interface ProgramLoader {
    /** The executables this loader provides, as absolute paths ("/bin/ps"), in a stable order. */
    List<String> paths();

    /** A fresh image of the executable at path, or null if there is none (ENOENT). */
    Image load(String path, List<String> argv, List<String> envp);

    /** A loaded executable: its code and the memory it occupies once running. */
    record Image(Program program, long vszKb, long rssKb) {
    }
}
