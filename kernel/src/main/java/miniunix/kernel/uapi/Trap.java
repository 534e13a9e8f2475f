package miniunix.kernel.uapi;

/** What a program hands the kernel when it stops running user code: a system call or CPU work. */
public sealed interface Trap permits Syscall, Compute {
}
