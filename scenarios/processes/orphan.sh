# Orphan: when a parent dies, init (pid 1) adopts its children and reaps them.
fork
child=$!
fork $child
grandchild=$!
ps -o pid,ppid,stat,cmd
kill -9 $child
wait $child
echo "child status $?"
# The grandchild's parent is now init.
ps -o pid,ppid,stat,cmd -p $grandchild
kill $grandchild
sleep 1
# init has reaped it: no zombie left behind.
ps -o pid,ppid,stat,cmd -p $grandchild
echo "ps status $?"
