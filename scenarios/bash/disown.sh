# disown: a job leaves the job table (jobs no longer lists it) while its process runs on.
sleep 3 &
sleep 4 &
jobs
disown %1
jobs
disown
jobs
disown %9
echo "status $?"
disown -x
echo "status $?"
wait
