# --json on the views: one JSON object per report, one per line per sample, the same numbers
# as the text (the user.lib.Json convention).
ps -o pid,ppid,%cpu,ni,stat,time,args --json
ps -p 99999 --json; echo "status $?"
vmstat --json
free -m --json
uptime --json
vmstat --json 1 2 | wc -l
