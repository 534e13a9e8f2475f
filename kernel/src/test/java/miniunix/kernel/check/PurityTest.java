package miniunix.kernel.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kernel and the userland are pure and deterministic (STYLE.md section 2): no wall clock,
 * no threads, no host I/O, no unseeded randomness, and userland sees only the ABI. This test
 * reads the sources, so a violation fails the build rather than waiting for review.
 */
class PurityTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "System\\.(currentTimeMillis|nanoTime|getenv|getProperty|out|err|in)\\b"
            + "|new Random\\(|Math\\.random|ThreadLocalRandom|SecureRandom|UUID\\.randomUUID"
            + "|new Thread\\(|Executors\\.|java\\.util\\.concurrent|\\bsynchronized\\b"
            + "|\\bvolatile\\b|import java\\.io\\.(File|InputStream|OutputStream|Reader|Writer)"
            + "|import java\\.nio\\.file|Instant\\.now|LocalDateTime\\.now|ProcessBuilder"
            + "|Runtime\\.getRuntime");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
    private static final Pattern USER_IMPORT = Pattern.compile(
            "import miniunix\\.(kernel\\.(?!uapi\\.)|lab)");

    @Test
    void kernelAndUserlandUseNoClockThreadsHostIoOrUnseededRandomness() throws IOException {
        List<String> hits = scan(Path.of("src/main/java/miniunix"), FORBIDDEN);
        assertTrue(hits.isEmpty(), String.join("\n", hits));
    }

    @Test
    void userlandSeesOnlyTheAbi() throws IOException {
        Path user = Path.of("src/main/java/miniunix/user");
        if (Files.isDirectory(user)) {
            List<String> hits = scan(user, USER_IMPORT);
            assertTrue(hits.isEmpty(), String.join("\n", hits));
        }
    }

    @Test
    void kernelNeverImportsUserlandTheLabOrTheFrontEnd() throws IOException {
        List<String> hits = scan(Path.of("src/main/java/miniunix/kernel"),
                Pattern.compile("import (miniunix\\.(user|app|lab)|org\\.jline|picocli)"));
        assertTrue(hits.isEmpty(), String.join("\n", hits));
    }

    private static List<String> scan(Path root, Pattern p) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = STRING.matcher(lines.get(i)).replaceAll("\"\"");
                    if (p.matcher(code).find()) {
                        hits.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        return hits;
    }
}
