# Resource limits: ulimit is bash's builtin over prlimit64(2); children inherit the limits,
# /proc/PID/limits shows them, and the kernel enforces open files (EMFILE), processes per
# user (EAGAIN at fork), the file size (a short write, then SIGXFSZ) and core dumps (none
# at -c 0). scenarios/bash/ulimit.sh holds the builtin's own rules against host bash.
ulimit
ulimit -a
ulimit -n
ulimit -Hn
grep -E 'Limit|open files|processes' /proc/$$/limits
# A soft limit of 3 open files: cat has fds 0-2, so opening its file fails with EMFILE.
(ulimit -Sn 3; cat /etc/hostname)
echo "status $?"
# Children inherit the limit; the hard limit can be lowered but not raised again.
(ulimit -n 50; grep 'open files' /proc/self/limits; ulimit -n 60)
echo "status $?"
# A user may have at most -u processes: the subshell counts, so its first fork fails and
# the shell retries as bash's make_child does, then gives up.
(ulimit -u 2; sleep 1 & sleep 1 & wait)
echo "status $?"
# -f is in blocks of 1024 bytes: yes writes up to the limit and dies of SIGXFSZ, without
# a core (ulimit -c is 0); a soft limit of unlimited asked by a user is the hard limit.
(ulimit -f 1; yes > /tmp/big; echo "status $?"; ls -l /tmp/big | cut -d' ' -f5)
(ulimit -f 1; head -c 600 /dev/zero > /tmp/small; echo "status $?"; ls -l /tmp/small | cut -d' ' -f5)
(ulimit -f 8; ulimit -Sf 2; ulimit -Sf unlimited; ulimit -f)
(ulimit -c unlimited; sh -c 'kill -QUIT $$'; echo "status $?")
# Root may raise its hard limits.
echo user | su -c 'ulimit -Hn 4096; ulimit -Hn'
# Bad input: one line in bash's words, nothing changed.
ulimit -n abc
echo "status $?"
ulimit -n 0x10
echo "status $?"
ulimit -y
echo "status $?"
ulimit -c 99999999999999999999
echo "status $?"
ulimit -p 16
echo "status $?"
ulimit -n
