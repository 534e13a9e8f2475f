# Exit statuses: $? after success, failure, a signal (128 + N), and exit N.
true
echo $?
false
echo $?
false || echo "or runs after failure"
true && echo "and runs after success"
sleep 10 &
kill -9 $!
wait $!
echo "killed: $?"
sleep 10 &
kill -INT $!
wait $!
echo "interrupted: $?"
exit 3
echo never
