package miniunix.app.repl;

import java.util.List;

/** LOCAL manual harness (not committed). */
public final class FakeReplMain {
    public static void main(String[] args) throws Exception {
        Options o = Options.defaults();
        int st = Repl.run(o, new FakeMachine(true), List.of("echo", "exit", "sleep", "spin"), System.err);
        System.out.println("status " + st);
        System.exit(st);
    }
}
