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
# bash keeps a reaped pid's status for another wait PID (after wait PID, wait -n, jobs), and
# forgets it with a wait for all.
(exit 9) & p=$!
wait $p; echo "f $?"
wait $p; echo "g $?"
(exit 10) & p=$!
wait -n; wait %1 $p; echo "h $?"
(sleep 1; exit 11) & p=$!
wait; wait $p 2>/dev/null; echo "i $?"
