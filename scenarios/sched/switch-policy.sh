# The scheduling policy, switched while processes run: sched show, sched set, bad input.
sched show
spin 200 & spin 200 & spin 200 &
sleep 0.5
sched set rr quantum=2
sched show
sleep 0.5
sched set mlfq quantum=1,2,4 boost=100
sched show
sleep 0.5
sched set sjf
sched show
sched set lottery; echo "status $?"
sched set rr quantum=0; echo "status $?"
sched set mlfq quantum=1,2 allotment=1,2,3; echo "status $?"
sched show
sched set cfs
wait
grep -c . /proc/sys/kernel/sched_policy
