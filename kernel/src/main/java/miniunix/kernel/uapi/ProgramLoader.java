package miniunix.kernel.uapi;

import java.util.List;

/**
 * The root filesystem image and the binary-format handler execve uses: it turns a path in
 * /bin or /sbin into a fresh Program. The kernel owns no programs and no configuration of its
 * own; the front end hands it a loader at boot that knows the userland and the shell. Like
 * Linux's binfmt handlers, {@link #load} is consulted only by execve.
 */
public interface ProgramLoader {
    /** The executables this loader provides, as absolute paths ("/bin/ps"), in a stable order. */
    List<String> paths();

    /** A fresh image of the executable at path, or null if there is none (ENOENT). */
    Image load(String path, List<String> argv, List<String> envp);

    /**
     * Files and directories of the root filesystem image besides the executables
     * (/etc/passwd, /etc/inittab, /home/user/), created at boot in this order.
     */
    List<SeedFile> files();

    /** A loaded executable: its code and the memory it occupies once running. */
    record Image(Program program, long vszKb, long rssKb) {
    }

    /**
     * One entry of the filesystem image. A path ending in "/" is a directory (content ignored).
     * Parent directories are created as needed, owned by root with mode 0755.
     */
    record SeedFile(String path, int uid, int mode, String content) {
    }
}
