package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KernelGateTest {
    private static String s(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void outputWaitsForTheTerminalThreadUntilAPromptIsShown() throws InterruptedException {
        FakeMachine m = new FakeMachine(true);
        KernelGate gate = new KernelGate(m, 0);
        assertEquals("", s(gate.advance(1)));
        KernelGate.View v = gate.await();
        assertEquals("$ ", s(v.output()));
        assertTrue(v.inputWanted());
        assertTrue(gate.beginReading());
        m.typeInput(b("echo bg\n"));            // as if a background job printed
        assertEquals("bg\n$ ", s(gate.advance(1)));
        gate.endReading();
    }

    @Test
    void aTypedLineRunsOnTheNextTicks() throws InterruptedException {
        FakeMachine m = new FakeMachine(true);
        KernelGate gate = new KernelGate(m, 0);
        gate.await();
        gate.type(b("sleep 3\n"));
        assertFalse(m.inputWanted());
        gate.advance(5);
        KernelGate.View v = gate.await();
        assertEquals("$ $ ", s(v.output()));     // the first prompt, then the next
        assertTrue(v.inputWanted());
    }

    @Test
    void unpacedTimeRunsOnlyWhileTheShellWaits() throws InterruptedException {
        FakeMachine m = new FakeMachine(false);
        KernelGate gate = new KernelGate(m, 0);
        gate.type(b("sleep 250\n"));
        gate.runWhileShellWaits(100);
        gate.runWhileShellWaits(100);
        gate.runWhileShellWaits(100);
        assertEquals(251, m.now());             // stopped once input was wanted again
    }

    @Test
    void maxTicksEndsTheRunWithStatus124() throws InterruptedException {
        FakeMachine m = new FakeMachine(false);
        KernelGate gate = new KernelGate(m, 50);
        gate.type(b("spin\n"));
        gate.advance(100);
        assertEquals(50, m.now());
        assertTrue(gate.over());
        assertTrue(gate.await().over());
        assertEquals(ScriptMode.TIMED_OUT, gate.exitStatus());
    }

    @Test
    void ctrlCReachesTheMachineThroughTheGate() {
        FakeMachine m = new FakeMachine(false);
        KernelGate gate = new KernelGate(m, 0);
        gate.type(b("spin\n"));
        gate.advance(3);
        gate.interrupt();
        assertEquals(1, m.interrupts);
        gate.typeEof();
        gate.advance(2);
        assertTrue(gate.over());
        assertEquals(130, gate.exitStatus());
    }

    @Test
    void setDashEEndsAnInteractiveSessionCleanlyAsExitDoes() throws InterruptedException {
        KernelGate gate = new KernelGate(KernelMachine.boot(Options.defaults(), true), 0);
        gate.runWhileShellWaits(10_000);
        assertTrue(s(gate.await().output()).endsWith("$ "));
        gate.type(b("set -e\n"));
        gate.runWhileShellWaits(10_000);
        gate.type(b("f() { return 3; }; f\n"));
        gate.runWhileShellWaits(10_000);
        assertTrue(gate.over());
        assertTrue(gate.await().over());
        assertEquals(3, gate.exitStatus());
    }

    @Test
    void ctrlZReachesTheMachineThroughTheGate() {
        FakeMachine m = new FakeMachine(false);
        KernelGate gate = new KernelGate(m, 0);
        gate.type(b("spin\n"));
        gate.advance(3);
        gate.suspend();
        assertEquals(1, m.suspends);
    }

    @Test
    void ctrlZStopsTheForegroundJobAndTheShellSaysSo() throws InterruptedException {
        KernelGate gate = new KernelGate(KernelMachine.boot(Options.defaults(), true), 0);
        gate.runWhileShellWaits(10_000);
        String prompt = s(gate.await().output());
        gate.type(b("sleep 300\n"));
        gate.runWhileShellWaits(100);
        gate.suspend();
        gate.runWhileShellWaits(10_000);
        assertEquals("\n[1]+  Stopped                 sleep 300\n" + prompt, s(gate.await().output()));
        assertFalse(gate.over());
    }
}
