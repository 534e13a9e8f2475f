# timeout(1): 124 when COMMAND outlives DURATION, its own status otherwise; -s picks the signal
# (KILL reaches timeout's own process group, timeout included: 137); 127 for a missing
# command, 125 for timeout's own errors. Compare shared/reference/seq-tee-yes-timeout-etc.txt.
timeout 1 sleep 5; echo $?
timeout -s KILL 1 sleep 5; echo $?
timeout 5 true; echo $?
timeout 1 nosuchcmd; echo $?
timeout 2 sh -c 'exit 3'; echo $?
timeout --preserve-status 1 sleep 5; echo $?
timeout -s FOO 1 sleep 5; echo $?
timeout 1x sleep 1; echo $?
timeout; echo $?
