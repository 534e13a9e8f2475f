/**
 * The user library, libc for miniunix programs. Three skeletons keep most programs at
 * 20-60 lines:
 * <ul>
 *   <li>{@link miniunix.user.lib.Proc}: every program. A subclass writes {@code step(ret)};
 *       Proc buffers {@code out}/{@code err} and writes them in chunks before a call that may
 *       block or end the process, and makes {@code copy()} a deep copy.</li>
 *   <li>{@link miniunix.user.lib.LineFilter}: cat, grep, wc, head, tail: files or stdin to
 *       end of file, one line at a time, errors reported per file as coreutils do.</li>
 *   <li>{@link miniunix.user.lib.Report}: ps, pstree, ls: a queue of {@link
 *       miniunix.user.lib.Fetch}es (file, directory, stat) whose results build a report.</li>
 * </ul>
 * Everything else is a plain state machine: an enum for the program counter and a switch in
 * {@code step} (init, login).
 *
 * <p>read(2) and write(2) take user addresses: a program returns {@link
 * miniunix.user.lib.Libc#read} and {@link miniunix.user.lib.Libc#write} with its own array,
 * and the library moves the bytes through the I/O buffers in the process's memory.
 *
 * <p>Simplified: output is flushed before every read of fd 0, wait4, nanosleep, pause, fork,
 * execve and exit, not only at newlines on a terminal, so a terminal shows output in the
 * order it was produced and fork never duplicates buffered output.
 */
package miniunix.user.lib;
