package miniunix.user.sbin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** /etc/inittab parsing. */
class InitTest {
    @Test
    void entriesInFileOrderCommentsAndJunkSkipped() {
        List<Init.Entry> e = Init.parse("# comment\n\nnot an entry\n"
                + "cron:2345:once:/usr/sbin/cron -f\nx:2:respawn:  /bin/sleep   1 \nempty:2:once:\n");
        assertEquals(List.of(new Init.Entry("cron", "once", List.of("/usr/sbin/cron", "-f")),
                new Init.Entry("x", "respawn", List.of("/bin/sleep", "1"))), e);
    }
}
