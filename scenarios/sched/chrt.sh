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
