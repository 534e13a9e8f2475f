# A job killed by a signal in a script: bash 5.2's notify_of_job_status (interactive_shell 0)
# tells of it on stderr in the long form without [N]+ (bash: "SCRIPT: line N:   395
# Terminated ..."; miniunix writes no "line N:"), after the foreground job or the wait that
# saw it end, a foreground job's own death included; never for SIGINT or SIGPIPE, nor for a
# signal the script traps. A job's command shows its redirections as bash prints them
# ("> /dev/null 2>&1"). The golden was written from bash's source (jobs.c, print_cmd.c): the
# host's bash is never run on a script that kills.
sleep 100 &
sleep 200 | cat &
kill %1
wait %1; echo "wait %1: $?"
kill -9 %2
wait; echo "wait: $?"
sh -c 'kill -SEGV $$'; echo "status $?"
sh -c 'kill -INT $$'; echo "status $?"
sleep 50 > /dev/null 2>&1 &
kill -HUP %1
sleep 1
echo "after the next foreground job"
trap 'echo trapped' USR1
sleep 60 &
kill -USR1 %1
wait %1; echo "wait %1: $?"
jobs; echo "no job left"
