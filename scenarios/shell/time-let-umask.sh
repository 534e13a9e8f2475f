# time (a keyword, like bash's) reports a whole pipeline in simulated time, on the shell's
# stderr: real is the clock, user and sys the CPU time of the shell and its children.
time sleep 1
time spin 30 | sleep 0.1
time -p spin 20
TIMEFORMAT='%3R s, %P%% CPU'
time spin 50
# let evaluates arithmetic; its status says whether the last value was zero.
let 'n = 6 * 7' 'm = n % 5'
echo "$n $m $?"
let 'n - 42' || echo "zero: status $?"
let 1/0
# umask is the kernel's mask for new files, inherited by children.
umask
umask 077
touch private
mkdir secret
ls -l private secret
sh -c umask
umask -S u=rwx,g=rx,o=
umask 999
