# wait -f waits for a stopped job (or pid) to end, where plain wait gives its stop status at once;
# wait -p VAR sets VAR to the pid whose status it gives.
set -m
sleep 1 & p=$!
kill -STOP $p
wait $p; echo "wait $?"
(sleep 2; kill -CONT $p) &
wait -f -p v $p; echo "wait -f $? $([ "$v" = "$p" ] && echo pid)"
(sleep 1; exit 3) & kill -STOP $!; q=$!
(sleep 2; kill -CONT $q) &
wait -f %3; echo "wait -f $?"
