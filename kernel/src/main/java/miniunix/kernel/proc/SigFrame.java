package miniunix.kernel.proc;

import miniunix.kernel.uapi.Syscall;

/**
 * A signal frame: the user context a handler interrupted, saved by the kernel when it enters
 * the handler and restored by rt_sigreturn (Linux: struct rt_sigframe on the user stack,
 * arch/x86/kernel/signal.c setup_rt_frame / sys_rt_sigreturn). Frames nest when a second
 * signal interrupts a handler; {@code prev} is the next one out.
 *
 * <p>Immutable, so fork can share a process's frames with its child.
 *
 * @param prev           the frame of the handler this one interrupted, or null
 * @param syscall        the syscall to perform again on return (SA_RESTART), or null
 * @param ret            what the interrupted code's next resume gets (-EINTR for a sleep)
 * @param computeLeftUs  user CPU left of an interrupted Compute
 * @param blocked        the mask to restore
 * @param sig            the signal whose handler runs on this frame
 */
public record SigFrame(SigFrame prev, Syscall syscall, long ret, long computeLeftUs,
        long blocked, int sig) {
}
