package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.FakeMemory;
import org.junit.jupiter.api.Test;

/**
 * fork copies a shell in the middle of a loop: the copy must go on from the same iteration
 * with state of its own (Frame.copy is deep). Driven by hand, without a kernel: every fork
 * "creates" pid 200, every wait4 reaps it with status 0.
 */
class ShellCopyTest {

    /** Runs p until it exits or until stopAtWait wait4s have happened; returns the forks it made. */
    private static int drive(Program p, int stopAtWait, long firstRet) {
        long ret = firstRet;
        int forks = 0;
        int waits = 0;
        FakeMemory mem = new FakeMemory();
        for (int steps = 0; steps < 100_000; steps++) {
            Trap t = p.resume(ret, mem);
            if (t instanceof Syscall.Exit) {
                return forks;
            }
            ret = 0;
            if (t instanceof Syscall.Fork) {
                forks++;
                ret = 200;
            } else if (t instanceof Syscall.Wait4 w) {
                if (++waits == stopAtWait) {
                    return forks;
                }
                ret = w.pid() > 0 ? w.pid() : 200;
            } else if (t instanceof Syscall.Write w) {
                ret = w.len();
            } else if (t instanceof Syscall.Getpid) {
                ret = 100;
            } else if (t instanceof Syscall.Getcwd c) {
                mem.store(c.buf(), new byte[] {'/', 0}, 0, 2);
                ret = 2;
            }
        }
        throw new AssertionError("did not finish");
    }

    @Test
    void aShellCopiedInTheMiddleOfALoopFinishesTheLoopOnItsOwn() {
        Shell sh = new Shell(List.of("sh", "-c", "for i in 1 2 3; do sleep 1; done; while /bin/true; do break; done"),
                List.of("PATH=/bin"));
        assertEquals(1, drive(sh, 1, 0), "stopped in the first iteration's wait4");
        Program copy = sh.copy();
        assertEquals(3, drive(sh, -1, 200), "the original: two more sleeps and one /bin/true");
        assertEquals(3, drive(copy, -1, 200), "the copy still had the same two iterations to go");
    }

    /**
     * Runs p to its exit with the same canned results as {@link #drive}, every pipe(2) giving
     * fds 5 and 6; returns the traps it made, by kind (and fd for writes). stopAfter &gt; 0: stop
     * after that many traps instead.
     */
    private static List<String> traps(Program p, long firstRet, int stopAfter) {
        List<String> seen = new ArrayList<>();
        long ret = firstRet;
        FakeMemory mem = new FakeMemory();
        for (int steps = 0; steps < 100_000; steps++) {
            Trap t = p.resume(ret, mem);
            seen.add(t.getClass().getSimpleName() + (t instanceof Syscall.Write w ? w.fd() : ""));
            if (t instanceof Syscall.Exit || seen.size() == stopAfter) {
                return seen;
            }
            ret = 0;
            if (t instanceof Syscall.Fork) {
                ret = 200;
            } else if (t instanceof Syscall.Wait4 w) {
                ret = w.pid() > 0 ? w.pid() : 200;
            } else if (t instanceof Syscall.Write w) {
                ret = w.len();
            } else if (t instanceof Syscall.Pipe pipe) {
                mem.store(pipe.pipefd(), new byte[] {5, 0, 0, 0, 6, 0, 0, 0}, 0, 8);
            } else if (t instanceof Syscall.Getcwd c) {
                mem.store(c.buf(), new byte[] {'/', 0}, 0, 2);
                ret = 2;
            }
        }
        throw new AssertionError("did not finish");
    }

    /** Stops p at its nth trap of the given kind, copies it; both must go on alike. */
    private static void copyAtAndCompare(String script, String kind, int nth) {
        Shell sh = new Shell(List.of("sh", "-c", script), List.of("PATH=/bin"));
        int count = 0;
        List<String> before = new ArrayList<>();
        for (String t : traps(sh.copy(), 0, -1)) {
            before.add(t);
            if (t.equals(kind) && ++count == nth) {
                break;
            }
        }
        assertEquals(nth, count, "the script reaches " + kind + " " + nth + " times: " + before);
        traps(sh, 0, before.size());
        Program copy = sh.copy();
        List<String> rest = traps(sh, 0, -1);
        assertEquals(rest, traps(copy, 0, -1), "the copy goes on exactly as the original");
        assertTrue(rest.get(rest.size() - 1).equals("Exit"));
    }

    @Test
    void aShellCopiedInTheMiddleOfAFunctionFinishesItOnItsOwn() {
        copyAtAndCompare("f() { local x=1; for i in 1 2 3; do sleep $i; done; return 4; }; f a b; echo $? $#",
                "Wait4", 2);
    }

    @Test
    void aShellCopiedWhileFeedingAHereDocumentFinishesItOnItsOwn() {
        String body = "x".repeat(100) + "\n";
        copyAtAndCompare("read v <<EOF\n" + body + "EOF\necho $v", "Write6", 1);
        copyAtAndCompare("read v <<EOF\n" + body.repeat(1000) + "EOF\necho $v", "Fork", 1);
        // Not at the Pipe itself: fork copies a process at a Fork trap, never with a call
        // pending whose out-parameters the library still has to load (Libc.Io.copy).
        copyAtAndCompare("while read l; do echo $l; done <<EOF\na\nb\nEOF", "Write6", 1);
    }

    @Test
    void aShellCopiedInACaseOrASourcedEvalFinishesItOnItsOwn() {
        copyAtAndCompare("case b in a) ;; b) sleep 1; sleep 2;; esac; echo $?", "Wait4", 1);
        copyAtAndCompare("eval 'sleep 1; sleep 2'; echo done", "Wait4", 1);
    }
}
