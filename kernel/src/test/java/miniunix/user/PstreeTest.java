package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pstree against shared/reference/pstree.txt and pstree-p.txt (less python3's threads). */
class PstreeTest {
    private final FakeSys sys = new FakeSys();

    PstreeTest() {
        p(1, "init", 0);
        p(7, "tmux: server", 1);
        p(8, "bash", 7);
        p(13, "login", 7);
        p(19, "bash", 13);
        p(22, "sleep", 19);
        p(23, "sleep", 19);
        p(24, "python3", 19);
        p(28, "bash", 7);
        p(32, "sleep", 28);
        p(33, "sleep", 28);
        p(34, "sleep", 28);
        p(35, "sleep", 34);
        p(37, "sleep", 1);
        p(39, "su", 28);
        p(40, "yes", 39);
        p(117, "bash", 7);
        p(132, "pstree", 8);
    }

    private void p(int pid, String comm, int ppid) {
        ProcFixture.proc(sys, pid, comm, 'S', ppid, pid, pid, 0, -1, 0, 0, 0, 100, 100, 0, comm);
    }

    private String pstree(String... args) {
        List<String> argv = new ArrayList<>(List.of("pstree"));
        argv.addAll(List.of(args));
        assertEquals(0, sys.run(new Binaries().load("/bin/pstree", argv, List.of()).program()));
        return sys.out();
    }

    @Test
    void compactsIdenticalSiblings() {
        assertEquals(String.join("\n",
                "init-+-sleep",
                "     `-tmux: server-+-bash---pstree",
                "                    |-bash-+-2*[sleep]",
                "                    |      |-sleep---sleep",
                "                    |      `-su---yes",
                "                    |-bash",
                "                    `-login---bash-+-python3",
                "                                   `-2*[sleep]", ""), pstree());
    }

    @Test
    void showsPids() {
        assertEquals(String.join("\n",
                "init(1)-+-sleep(37)",
                "        `-tmux: server(7)-+-bash(8)---pstree(132)",
                "                          |-bash(28)-+-sleep(32)",
                "                          |          |-sleep(33)",
                "                          |          |-sleep(34)---sleep(35)",
                "                          |          `-su(39)---yes(40)",
                "                          |-bash(117)",
                "                          `-login(13)---bash(19)-+-python3(24)",
                "                                                 |-sleep(22)",
                "                                                 `-sleep(23)", ""), pstree("-p"));
    }

    @Test
    void subtreeOfAPid() {
        assertEquals(String.join("\n",
                "bash(28)-+-sleep(32)",
                "         |-sleep(33)",
                "         |-sleep(34)---sleep(35)",
                "         `-su(39)---yes(40)", ""), pstree("-p", "28"));
        sys.stdout.reset();
        assertEquals("", pstree("99999"));
    }

    @Test
    void mergesWholeSubtreesWithBrackets() {
        p(200, "sshd", 37);
        p(201, "bash", 200);
        p(202, "sshd", 37);
        p(203, "bash", 202);
        assertEquals("sleep---2*[sshd---bash]\n", pstree("37"));
    }
}
