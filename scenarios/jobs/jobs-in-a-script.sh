# Job control builtins in a script, as in `bash script.sh`: no job control, so fg and bg
# refuse, but jobs, kill %N and wait %N work on the script's own background jobs (which
# stay in the shell's process group, so kill %N signals each of their processes).
sleep 100 &
sleep 200 | cat &
jobs
jobs -l
jobs -p
jobs %?200 %sleep; echo "jobs: $?"
fg; echo "fg: $?"
bg %2; echo "bg: $?"
kill %1
wait %1; echo "wait %1: $?"
jobs
kill %9; echo "kill %9: $?"
jobs %9; echo "jobs %9: $?"
wait %9; echo "wait %9: $?"
kill -s KILL %cat
wait %2; echo "wait %2: $?"
jobs
kill 4242; echo "kill 4242: $?"
sleep 1 &
sleep 2
jobs
jobs
echo done
