# nice, renice and taskset as util-linux and coreutils have them, bad input included.
nice
nice -n 5 nice
nice -n x true; echo "status $?"
renice 5 -p $$
ps -o pid,ni,pri,comm -p $$
renice 0 -p $$; echo "status $?"
renice 3 -p 1; echo "status $?"
renice 3 -p 99999; echo "status $?"
grep -e Cpus_allowed -e ctxt /proc/1/status
taskset -p 1
taskset -cp 1
taskset -p 0 $$; echo "status $?"
taskset -p zz $$; echo "status $?"
taskset -c 1 sh -c 'taskset -cp $$; ps -o psr= -p $$'
taskset -c 7 true; echo "status $?"
