# wait -n: the next job to end gives its status; 127 when no job is left. A job that ended
# before and was not told of yet counts first, as in bash 5.2.
(exit 3) &
sleep 1
wait -n; echo "a $?"
(sleep 2; exit 5) & (sleep 1; exit 6) &
wait -n; echo "b $?"
wait -n; echo "c $?"
wait -n; echo "d $?"
(sleep 1; exit 7) | (sleep 2; exit 8) &
wait -n; echo "e $?"
