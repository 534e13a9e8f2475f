package miniunix.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The host's bash for differential tests: runs a script on its stdin in a fresh temporary
 * directory (removed afterwards), LC_ALL=C.UTF-8 and PATH=/usr/bin:/bin plus the given
 * NAME=value settings, and returns stdout and stderr together. The directory is on a tmpfs
 * (/dev/shm) when the host has one, as miniunix's files are: a directory's size and the
 * blocks files take (ls -l, -s) are tmpfs's ({@link #onTmpfs}).
 */
final class HostBash {
    /** The host's tmpfs to run in, or null: then the temporary directory (often ext4). */
    private static final Path TMPFS = tmpfs(Path.of("/dev/shm"));

    private HostBash() {
    }

    private static Path tmpfs(Path p) {
        try {
            return Files.isDirectory(p) && Files.isWritable(p) && Files.getFileStore(p).type().equals("tmpfs")
                    ? p : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether scripts run on a tmpfs, so that directory sizes and st_blocks agree with ours. */
    static boolean onTmpfs() {
        return TMPFS != null;
    }

    static String run(String script, String... env) throws IOException, InterruptedException {
        Path dir = TMPFS != null ? Files.createTempDirectory(TMPFS, "miniunix-host")
                : Files.createTempDirectory("miniunix-host");
        try {
            ProcessBuilder pb = new ProcessBuilder("/bin/bash").directory(dir.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().put("PATH", "/usr/bin:/bin");
            for (String e : env) {
                int eq = e.indexOf('=');
                pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
            }
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream o = p.getInputStream()) {
                o.transferTo(out);
            }
            p.waitFor(60, TimeUnit.SECONDS);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
