# A traced sleep killed by SIGTERM: the signal with its sender, then "+++ killed by +++";
# strace dies of the same signal (128 + 15). Compare strace-sleep-killed-by-sigterm.txt.
strace -o /tmp/trace sleep 5 &
sleep 1
kill -TERM $(($! + 1))      # strace's child, the sleep: the next pid after strace's
wait $!
echo "status $?"
cat /tmp/trace
