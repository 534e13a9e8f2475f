# pid reuse: with --pid-max 400, pids wrap to the lowest free pid above 300 and
# never reuse a pid still in the table, not even a zombie's.
fork
# 375 short-lived processes (/bin/true: true alone is a builtin) use up pids 25..399.
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
# Past pid_max: the lowest free pid above 300.
fork
zombie=$!
kill $zombie
# 98 more use up 302..399 (kill is a builtin: no process); the next pid wraps again, and
# 301 is a zombie's.
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true;/bin/true
fork
echo "zombie $zombie, new child $!"
ps -o pid,ppid,stat,cmd
wait $zombie
echo "zombie reaped: $?"
