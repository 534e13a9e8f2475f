/**
 * System programs: /sbin/init (pid 1: starts /etc/inittab, reaps everything) and the daemons
 * it starts ({@code Daemon}: cron, rsyslogd, sshd and a Go web server, each a loop of
 * nanosleep and a little CPU work). Kernel threads are the kernel's, not these.
 */
package miniunix.user.sbin;
