package miniunix.kernel.uapi;

/**
 * What a program hands the kernel when it stops running user code: a system call, CPU work,
 * or memory references.
 */
public sealed interface Trap permits Syscall, Compute, Touch {
}
