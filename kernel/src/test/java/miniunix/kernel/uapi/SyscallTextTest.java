package miniunix.kernel.uapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.user.FakeMemory;
import org.junit.jupiter.api.Test;

/** strace's argument formats, checked against lines of shared/reference/strace-*.txt. */
class SyscallTextTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void writeQuotesItsBufferWithCEscapes() {
        FakeMemory mem = new FakeMemory();
        mem.store(0x20000, bytes("hello\n"), 0, 6);
        Syscall.Write w = new Syscall.Write(1, 0x20000, 6);
        assertEquals("write(1, \"hello\\n\", 6)", SyscallText.call(w, 6, mem));
        assertEquals("6", SyscallText.result(w, 6, false));
    }

    @Test
    void aBufferThatCantBeReadShowsAsItsAddress() {
        // strace, for a write(2) to a bad address: write(1, 0x10, 5) = -1 EFAULT (Bad address)
        Syscall.Write w = new Syscall.Write(1, 0x10, 5);
        assertEquals("write(1, 0x10, 5)", SyscallText.call(w, Errno.EFAULT.ret(), new FakeMemory()));
        assertEquals("-1 EFAULT (Bad address)", SyscallText.result(w, Errno.EFAULT.ret(), false));
        assertEquals("read(0, NULL, 8)", SyscallText.call(new Syscall.Read(0, 0, 8), Errno.EFAULT.ret()));
    }

    @Test
    void longStringsAreCutAt32BytesWithOctalEscapesAsStraceDoes() {
        // strace-echo-hi.txt: read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832)
        byte[] elf = bytes("\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0\0\0");
        FakeMemory mem = new FakeMemory();
        mem.store(0x20000, elf, 0, elf.length);
        assertEquals("read(3, \"\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\\20t\\2\\0\\0"
                + "\\0\\0\\0\"..., 832)", SyscallText.call(new Syscall.Read(3, 0x20000, 832), 832, mem));
    }

    @Test
    void anOctalEscapeBeforeADigitTakesThreeDigits() {
        assertEquals("\"\\0001\\0a\"", SyscallText.quote(bytes("\0" + "1\0a"), 0, 4, 32));
    }

    /** s as a C string at addr of mem: addr. */
    private static long cstr(FakeMemory mem, long addr, String s) {
        byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
        mem.store(addr, b, 0, b.length);
        return addr;
    }

    /** The strings as C strings from addr on, then a NULL-terminated array of pointers to them: its address. */
    private static long array(FakeMemory mem, long addr, List<String> strings) {
        byte[] ptrs = new byte[(strings.size() + 1) * 8];
        long at = addr;
        for (int i = 0; i < strings.size(); i++) {
            Le.putLong(ptrs, i * 8, cstr(mem, at, strings.get(i)));
            at += strings.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        at = (at + 7) & ~7L;
        mem.store(at, ptrs, 0, ptrs.length);
        return at;
    }

    @Test
    void openFlagsAreSymbolicAndTheModeShownOnlyWithOCreat() {
        FakeMemory mem = new FakeMemory();
        int flags = Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_TRUNC;
        assertEquals("open(\"/tmp/x\", O_WRONLY|O_CREAT|O_TRUNC, 0666)",
                SyscallText.call(new Syscall.Open(cstr(mem, 0x20000, "/tmp/x"), flags, 0666), 3, mem));
        assertEquals("open(\"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC)", SyscallText.call(
                new Syscall.Open(cstr(mem, 0x20000, "/etc/ld.so.cache"), Fcntl.O_CLOEXEC, 0), 3, mem));
    }

    @Test
    void aPathIsReadFromMemoryAndABadOneShowsAsItsAddress() {
        FakeMemory mem = new FakeMemory();
        // strace: openat(AT_FDCWD, 0x10, O_RDONLY) = -1 EFAULT (Bad address)
        assertEquals("open(0x10, O_RDONLY)", SyscallText.call(new Syscall.Open(0x10, 0, 0), Errno.EFAULT.ret(), mem));
        assertEquals("stat(NULL, 0x20000)", SyscallText.call(new Syscall.Stat(0, 0x20000), Errno.EFAULT.ret(), mem));
        // Escapes as strace's, and a path is not cut at 32 bytes.
        String longName = "/tmp/" + "a".repeat(40) + "\tb";
        assertEquals("unlink(\"/tmp/" + "a".repeat(40) + "\\tb\")",
                SyscallText.call(new Syscall.Unlink(cstr(mem, 0x20000, longName)), 0, mem));
        // Two paths; the second's NUL is the last byte of its page (read a page at a time).
        long end = 0x30000 + 4096 - 3;
        assertEquals("rename(\"/a\", \"/b\")", SyscallText.call(
                new Syscall.Rename(cstr(mem, 0x20000, "/a"), cstr(mem, end, "/b")), 0, mem));
    }

    @Test
    void errorsReadAsErrnoNameAndMessage() {
        assertEquals("-1 ENOENT (No such file or directory)",
                SyscallText.result(new Syscall.Open(0x20000, 0, 0), Errno.ENOENT.ret(), false));
        assertEquals("-1 ECHILD (No child processes)",
                SyscallText.result(new Syscall.Wait4(-1, 0x20000, 0), Errno.ECHILD.ret(), false));
    }

    @Test
    void wait4ShowsTheStatusMacrosAsStraceDoes() {
        FakeMemory mem = new FakeMemory();
        byte[] st = new byte[4];
        Le.putInt(st, 0, Wait.exited(0));
        mem.store(0x20000, st, 0, 4);
        assertEquals("wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL)",
                SyscallText.call(new Syscall.Wait4(-1, 0x20000, 0), 4242, mem));
        Le.putInt(st, 0, Wait.signaled(Signal.SIGTERM.number, false));
        mem.store(0x20000, st, 0, 4);
        assertEquals("wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM}], WNOHANG, NULL)",
                SyscallText.call(new Syscall.Wait4(-1, 0x20000, Wait.WNOHANG), 42, mem));
        // strace-f-trace-process.txt: wait4(-1, 0x7ffd..., WNOHANG, NULL) = 0 (nothing stored)
        assertEquals("wait4(-1, 0x20000, WNOHANG, NULL)",
                SyscallText.call(new Syscall.Wait4(-1, 0x20000, Wait.WNOHANG), 0, mem));
    }

    @Test
    void pipeShowsItsTwoFdsOrTheBadAddressAsStraceDoes() {
        FakeMemory mem = new FakeMemory();
        byte[] fds = new byte[8];
        Le.putInt(fds, 0, 3);
        Le.putInt(fds, 4, 4);
        mem.store(0x20000, fds, 0, 8);
        assertEquals("pipe([3, 4])", SyscallText.call(new Syscall.Pipe(0x20000), 0, mem));
        Syscall.Pipe bad = new Syscall.Pipe(0x10);
        assertEquals("pipe(0x10)", SyscallText.call(bad, Errno.EFAULT.ret(), mem));
        assertEquals("-1 EFAULT (Bad address)", SyscallText.result(bad, Errno.EFAULT.ret(), false));
    }

    @Test
    void pollShowsTheArrayBeforeAndTheReadyFdsAfter() {
        FakeMemory mem = new FakeMemory();
        PollFd[] fds = {new PollFd(0, PollFd.POLLIN), new PollFd(5, PollFd.POLLIN)};
        fds[1].revents = PollFd.POLLIN | PollFd.POLLHUP;
        byte[] b = new byte[16];
        PollFd.encode(fds, b);
        mem.store(0x20000, b, 0, 16);
        Syscall.Poll p = new Syscall.Poll(0x20000, 2, -1);
        assertEquals("poll([{fd=0, events=POLLIN}, {fd=5, events=POLLIN}], 2, -1)", SyscallText.call(p, 1, mem));
        assertEquals("1 ([{fd=5, revents=POLLIN|POLLHUP}])", SyscallText.result(p, 1, false, mem));
    }

    @Test
    void exitGroupReturnsNothingAndExecveZero() {
        // strace-echo-hi.txt: execve("/usr/bin/echo", ["echo", "hi"], 0x7fff665f78a8 /* 15 vars */) = 0
        FakeMemory mem = new FakeMemory();
        long envp = array(mem, 0x22000, List.of("A=1", "B=2"));
        Syscall exec = new Syscall.Execve(cstr(mem, 0x20000, "/bin/echo"),
                array(mem, 0x21000, List.of("echo", "hi")), envp);
        assertEquals("execve(\"/bin/echo\", [\"echo\", \"hi\"], 0x" + Long.toHexString(envp)
                + " /* 2 vars */)", SyscallText.call(exec, 0, mem));
        assertEquals("0", SyscallText.result(exec, 0, true));
        assertEquals("?", SyscallText.result(new Syscall.Exit(0), 0, true));
    }

    @Test
    void execveCutsEachArgumentAt32BytesAndTheListAt32Entries() {
        FakeMemory mem = new FakeMemory();
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(i == 0 ? "x".repeat(33) : Integer.toString(i));
        }
        long argv = array(mem, 0x21000, many);
        String text = SyscallText.call(new Syscall.Execve(cstr(mem, 0x20000, "/bin/x"), argv, 0x10), 0, mem);
        String head = "execve(\"/bin/x\", [\"" + "x".repeat(32) + "\"..., \"1\", ";
        assertEquals(head, text.substring(0, head.length()));
        assertEquals(", \"31\", ...], 0x10)", text.substring(text.length() - 19));
        assertEquals("execve(0x10, 0x20, NULL)", SyscallText.call(new Syscall.Execve(0x10, 0x20, 0), -14, mem));
    }

    @Test
    void killNamesTheSignalButNotSignalZero() {
        assertEquals("kill(999999, 0)", SyscallText.call(new Syscall.Kill(999999, 0), -3));
        assertEquals("kill(42, SIGTERM)", SyscallText.call(new Syscall.Kill(42, 15), 0));
    }

    @Test
    void traceEventsSurviveTheWire() {
        TraceEvent e = new TraceEvent(43, TraceEvent.Kind.SYSCALL, 1, 0, 2, "write(1, \"a\\tb\", 3)", "3");
        String line = e.line();
        assertEquals(e, TraceEvent.parse(line.substring(0, line.length() - 1)));
        assertNull(TraceEvent.parse("garbage"));
    }
}
