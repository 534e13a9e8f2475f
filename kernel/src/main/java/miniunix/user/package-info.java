/**
 * The userland: what xv6 keeps in user/ beside kernel/. Every program here is a
 * {@link miniunix.kernel.uapi.Program}, a resumable state machine that talks to the kernel only
 * through {@link miniunix.kernel.uapi.Syscall} records, one trap per resume.
 *
 * <ul>
 *   <li>{@code lib}: the C library's part: stdio-like buffering and the program skeleton
 *       ({@code Proc}), getopt ({@code Opts}), the line filter and report skeletons, and
 *       passwd parsing.</li>
 *   <li>{@code bin}: one class per /bin program, each naming in its Javadoc the C it mirrors.</li>
 *   <li>{@code sbin}: init and the daemons it starts.</li>
 *   <li>{@link miniunix.user.Binaries}: the root filesystem image (executables and /etc).</li>
 * </ul>
 *
 * <p>Invariant: a program's fields are plain data, copied by {@code copy()} for fork (see
 * {@code Proc}); nothing is static and mutable, nothing reads a clock or the host.
 * Rejected: a Java thread per process (see {@link miniunix.kernel.uapi.Program}), and one
 * class holding every command as a static method (JLine's PosixCommands): each program is
 * its own small class so it can be read next to the C it mirrors.
 */
package miniunix.user;
