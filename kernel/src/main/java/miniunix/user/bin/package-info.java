/**
 * The /bin programs, one class each, formats copied byte for byte from the GNU coreutils,
 * procps-ng 4.0.2 and psmisc 23.6 captures in shared/reference. ps is split by concern:
 * {@code PsOptions} (command line), {@code PsRow} (one /proc/PID), {@code PsField} (the
 * columns), {@code PsTime} (time columns), {@code PsTable} (procps' layout).
 */
package miniunix.user.bin;
