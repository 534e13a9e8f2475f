# set -m: job control in a script, as a classroom demo fed on stdin shows it. The expected
# output was written from bash 5.2's source (jobs.c, fg_bg.def), not by running the host's
# bash, since the demo stops and kills processes: each job runs in its own process group
# (PGID = its first pid) and is waited for with WUNTRACED, so a job stopped by kill -STOP, or
# a foreground job that stops itself ($? = 128 + 19), stays in the table as Stopped; fg
# prints the job's command line and waits for it, bg prints [N]+ CMD &. A script read from a
# file or stdin prints no Done or Stopped notices (notify_of_job_status skips them when
# startup_state is 0): `jobs` shows the changes. `sh -c` prints them on stderr, a Stopped one
# after a blank line, before its next line and after each foreground job; when it exits, its
# stopped jobs get SIGTERM and SIGCONT (terminate_stopped_jobs), so none is left behind.
set -m
sleep 100 &
sleep 200 | cat &
sleep 1
jobs -l
ps -o pid,pgid,stat,comm
kill -STOP %1
jobs
bg
jobs
kill -STOP %2
ps -o pid,pgid,stat,comm
jobs %2
fg %2
echo "fg: $?"
jobs
sh -c 'kill -STOP $$; echo "continued by fg"'
echo "stopped: $?"
jobs
fg
echo "fg: $?"
sleep 50 &
kill -STOP %1
jobs
kill -CONT %1
jobs
wait %1
echo "wait: $?"
sh -c 'set -m; sleep 300 & sleep 1; kill -STOP %1; echo $! > stopped.pid
sleep 1; echo "the line after kill -STOP"; jobs; sleep 2 & wait %2'
echo "sh -c: $?"
ps -o pid,stat,comm -p $(cat stopped.pid)
echo "ps: $?"
