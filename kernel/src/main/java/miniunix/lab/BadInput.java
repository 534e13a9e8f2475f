package miniunix.lab;

/**
 * Bad input found while parsing or running an experiment: unwinds to the command, which
 * prints its message as the one line on stderr. Stackless, like the kernel's SyscallError.
 */
public final class BadInput extends RuntimeException {
    public BadInput(String message) {
        super(message, null, false, false);
    }
}
