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

    /**
     * The permission bits of the executable at path: 0755, or 04755 for a set-user-ID program
     * (su), which execve runs with its owner's (root's) effective uid.
     */
    default int mode(String path) {
        return 0755;
    }

    /** A fresh image of the executable at path, or null if there is none (ENOENT). */
    Image load(String path, List<String> argv, List<String> envp);

    /**
     * Files and directories of the root filesystem image besides the executables
     * (/etc/passwd, /etc/inittab, /home/user/), created at boot in this order.
     */
    List<SeedFile> files();

    /**
     * A loaded executable: its code and the sizes of its segments as its ELF headers give
     * them, in kB: text (read-only, executable), initialised data and bss (zero-filled). execve
     * lays them out in the new address space; nothing else about memory is declared.
     */
    record Image(Program program, long textKb, long dataKb, long bssKb) {
        public Image {
            if (textKb < 1 || dataKb < 0 || bssKb < 0) {
                throw new IllegalArgumentException("Image: text must be at least 1 kB");
            }
        }

        /** An image with no bss. */
        public Image(Program program, long textKb, long dataKb) {
            this(program, textKb, dataKb, 0);
        }
    }

    /**
     * One entry of the filesystem image. A path ending in "/" is a directory (content ignored).
     * Parent directories are created as needed, owned by root with mode 0755.
     */
    record SeedFile(String path, int uid, int mode, String content) {
    }
}
