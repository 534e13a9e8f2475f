# strace -p attaches to a running process and follows it until it ends.
sh -c 'sleep 1; echo done; exit 4' &
strace -p $!
echo "status $?"
strace -p 99999
echo "status $?"
