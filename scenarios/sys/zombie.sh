# A zombie made by hand, one syscall at a time: the shell forks (its child pauses), the
# child exits, and it stays Z until the shell's wait4 reaps it.
sys fork > /tmp/out; read line < /tmp/out; echo "$line"
child=${line##* }
sys --as $child getppid
sys --as $child exit 7
ps -o pid,ppid,stat,cmd
sys wait4 $child
sys wait4 $child
echo "status $?"
ps -o pid,ppid,stat,cmd
