# Scenario 4: a parent that ignores SIGCHLD leaves no zombies. sigdemo forks three
# children that exit at once, then sleeps: with SIGCHLD at its default they stay zombies
# (Z) until the parent waits, which it never does; ignored, the kernel reaps them at exit.
sigdemo --fork 3 --sleep 2 &
sleep 1
ps -o pid,ppid,stat,cmd
wait
sigdemo --ignore CHLD --fork 3 --sleep 2 &
sleep 1
ps -o pid,ppid,stat,cmd
grep SigIgn /proc/$!/status
wait
# Caught, SIGCHLD says which child ended and how. Two children, one SIGCHLD: a standard
# signal is pending at most once, so the second exit finds it still pending.
sigdemo --catch CHLD --fork 2 --sleep 1
