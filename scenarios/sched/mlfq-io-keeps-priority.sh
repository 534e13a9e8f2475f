# MLFQ on the live machine: an I/O-bound job (short bursts, long waits) keeps level 0
# while a CPU hog on the same CPU sinks to the bottom level (/proc/PID/sched mlfq.level).
sched set mlfq queues=3 quantum=5,10,20 boost=50
sched show
taskset -c 0 spin 300 &
hog=$!
taskset -c 0 work -n 30 cpu:1,io:10 &
io=$!
sleep 1.25
for p in $hog $io; do grep -e '#threads' -e mlfq.level /proc/$p/sched; done
ps -o pid,psr,stat,time,comm -p $hog,$io
wait
echo done
