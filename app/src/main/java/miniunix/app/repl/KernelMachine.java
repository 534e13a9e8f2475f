package miniunix.app.repl;

import java.util.List;
import miniunix.app.SystemImage;
import miniunix.app.shell.ScriptArgs;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.tty.HostStdio;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.kernel.uapi.Termios;

/** The real machine: a booted {@link Kernel} with the system image (userland and shell). */
public final class KernelMachine implements Machine {
    private final Kernel kernel;
    private final ProgramLoader loader;

    private KernelMachine(Kernel kernel, ProgramLoader loader) {
        this.kernel = kernel;
        this.loader = loader;
    }

    /** Boots a kernel for these options; interactive sets the login shell's 'i' flag. */
    public static KernelMachine boot(Options options, boolean interactive) {
        return boot(options, interactive, List.of());
    }

    /** Boots a kernel whose init (and so the login shell) also gets env (--color's). */
    public static KernelMachine boot(Options options, boolean interactive, List<String> env) {
        ProgramLoader loader = new SystemImage();
        return new KernelMachine(Kernel.boot(withEnv(options.bootOptions(interactive), env),
                loader), loader);
    }

    /** Boots a kernel whose login shell runs script (null: its stdin) on the host's streams. */
    public static KernelMachine bootForHost(Options options, ScriptArgs script) {
        return bootForHost(options, script, List.of());
    }

    /** As {@link #bootForHost(Options, ScriptArgs)}, with env added to init's environment. */
    public static KernelMachine bootForHost(Options options, ScriptArgs script, List<String> env) {
        ProgramLoader loader = new SystemImage();
        return new KernelMachine(Kernel.boot(withEnv(options.hostBootOptions(script), env),
                loader), loader);
    }

    private static BootOptions withEnv(BootOptions boot, List<String> env) {
        if (env.isEmpty()) {
            return boot;
        }
        List<String> all = new java.util.ArrayList<>(boot.initEnv());
        all.addAll(env);
        return boot.withInitEnv(all);
    }

    /** The executables of the system image, as absolute paths ("/bin/ps"). */
    public List<String> executables() {
        return loader.paths();
    }

    @Override
    public List<String> listDir(String path) {
        return kernel.listDir(path);
    }

    @Override
    public long runUntilInputWanted(long maxTicks) {
        return kernel.runUntilInputWanted(maxTicks);
    }

    @Override
    public void tick() {
        kernel.tick();
    }

    @Override
    public long now() {
        return kernel.now();
    }

    @Override
    public boolean inputWanted() {
        return kernel.inputWanted();
    }

    @Override
    public boolean shellInForeground() {
        return kernel.consoleForegroundIsLoginShell();
    }

    @Override
    public void typeInput(byte[] bytes) {
        kernel.typeInput(bytes);
    }

    @Override
    public void typeEof() {
        kernel.typeEof();
    }

    @Override
    public boolean echo() {
        return (kernel.console().lflag & Termios.ECHO) != 0;
    }

    @Override
    public boolean canonical() {
        return (kernel.console().lflag & Termios.ICANON) != 0;
    }

    @Override
    public boolean signalKeys() {
        return (kernel.console().lflag & Termios.ISIG) != 0;
    }

    @Override
    public void resize(int rows, int cols) {
        kernel.resize(rows, cols);
    }

    @Override
    public void interrupt() {
        kernel.interrupt();
    }

    @Override
    public void suspend() {
        kernel.suspend();
    }

    @Override
    public void quit() {
        kernel.quit();
    }

    @Override
    public byte[] takeOutput() {
        return kernel.takeOutput();
    }

    @Override
    public boolean hostInputWanted() {
        return kernel.hostInputWanted();
    }

    @Override
    public void typeHostInput(byte[] bytes) {
        kernel.typeHostInput(bytes);
    }

    @Override
    public void typeHostEof() {
        kernel.typeHostEof();
    }

    @Override
    public List<HostStdio.Chunk> takeHostOutput() {
        return kernel.takeHostOutput();
    }

    @Override
    public boolean sessionAlive() {
        return kernel.sessionAlive();
    }

    @Override
    public String bootFailure() {
        return kernel.bootFailure();
    }

    @Override
    public int sessionExitStatus() {
        return kernel.sessionExitStatus();
    }
}
