# chrt as util-linux has it: each policy's range, a process's policy and priority, and what an
# ordinary user may not do (a real-time policy needs root, as RLIMIT_RTPRIO is 0).
chrt -m
chrt -p $$
spin 600 &
chrt -p $!
chrt -f -p 10 $!; echo "status $?"
chrt -b -p 0 $!; echo "status $?"
chrt -p $!
ps -o pid,cls,rtprio,pri,ni -p $!
chrt -R -o -p 0 $!
chrt -v -i -p 0 $!
grep -e policy -e prio /proc/$!/sched
chrt -o -p 0 $!; echo "status $?"
chrt -r 10 true; echo "status $?"
chrt -f 0 true; echo "status $?"
chrt -o 1 true; echo "status $?"
chrt -f x true; echo "status $?"
chrt -p 99999; echo "status $?"
chrt -p zz; echo "status $?"
chrt -p; echo "status $?"
chrt -d -p 0 $!; echo "status $?"
chrt -T 5 -f 1 true; echo "status $?"
chrt -o 0 nosuch; echo "status $?"
chrt -f 10; echo "status $?"
chrt -y; echo "status $?"
chrt -o 0 sh -c 'chrt -p $$'
kill $!
# As root (su reads the password on fd 0): a SCHED_FIFO spinner and a time-sharing one pinned
# to cpu0. The real-time one runs first, but throttling leaves the other 0.05 s of each
# second (sched_rt_runtime_us): about 95% against 5% of the CPU.
echo user | su -c 'taskset -c 0 chrt -f 10 spin 1000 & taskset -c 0 spin 1000 & sleep 2; ps -o pid,cls,rtprio,pri,psr,%cpu,args -C spin; kill %1 %2'
# SCHED_RR turns: a shell at RR 5 starts two spinners on cpu0, which inherit its policy and
# share the CPU in 100 ms slices, each preempted about 5 times a second.
echo user | su -c 'chrt -r 5 sh -c "taskset -c 0 spin 1000 & taskset -c 0 spin 1000 & sleep 1; ps -o pid,cls,rtprio,psr,%cpu,args -C spin; grep nonvoluntary /proc/\$!/status; kill %1 %2"'
