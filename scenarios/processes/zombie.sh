# Zombie: a child that ends while its parent is not waiting stays as Z <defunct>
# until the parent waits for it.
fork
child=$!
ps -o pid,ppid,stat,cmd
kill $child
ps -o pid,ppid,stat,cmd
# wait reaps it; its status says how it ended: 128 + 15 (SIGTERM).
wait $child
echo "status $?"
ps -o pid,ppid,stat,cmd
