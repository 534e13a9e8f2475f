# set -m in a script: bash 5.2's job control in a non-interactive shell, in cases that send no
# signal, so that BashDifferentialTest runs them under the host's bash too. The option shows in
# $- and set -o; fg waits for a running job (printing its command line), bg says it runs
# already; without -m both refuse. A script file prints no job notices (bash's
# notify_of_job_status skips them when startup_state is 0): `jobs` tells a finished job once,
# as Done. `sh -c` prints them on stderr where bash notifies (after each foreground job and
# wait, before each line), and without -m forgets its finished jobs there untold. The inner
# shell is ${BASH:-sh}: the host's bash under bash, miniunix's sh under miniunix.
monitor() { case $- in *m*) echo "monitor on" ;; *) echo "monitor off" ;; esac; }
monitor
sleep 0.1 &
fg; echo "fg without -m: $?"
bg; echo "bg without -m: $?"
wait
set -m
monitor
set -o | grep monitor
set +o | grep monitor
sleep 1 &
sleep 3 | cat &
jobs
bg %1; echo "bg: $?"
fg %1; echo "fg: $?"
jobs
sleep 0.1 &
sleep 0.5
echo "after a foreground job"
jobs
jobs
fg %2; echo "fg: $?"
jobs; echo "no jobs left"
${BASH:-sh} -c 'set -m; sleep 0.1 & wait; echo "sh -c: wait: $?"'
${BASH:-sh} -c 'set -m; sleep 0.1 & sleep 0.5; echo "sh -c: after a foreground job"; jobs'
${BASH:-sh} -c 'sleep 0.1 & sleep 0.5; jobs; echo "sh -c without -m: nothing told"'
set +o monitor
monitor
sleep 0.1 &
fg %1; echo "fg after set +m: $?"
wait
