/**
 * Lab programs: the textbook's experiments (OSTEP's homework simulators) as /bin programs that
 * build a private, fresh simulated machine from the kernel's own classes and report on it, the
 * way a student runs a simulator as a user process. A lab program never touches the live
 * kernel except through its own syscalls (argv in, isatty, write out).
 *
 * <p>Each command is a {@link miniunix.lab.LabCommand}, a function from its arguments to its
 * output, run by {@link miniunix.lab.LabProgram}; shared/EXPERIMENTS.md is the contract for
 * every command line, JSON key and rule. The app's SystemImage registers them; the kernel and
 * the userland never import this package (PurityTest).
 */
package miniunix.lab;
