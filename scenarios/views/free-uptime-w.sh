# free, uptime, w and who on a fixed boot: the numbers agree with /proc/meminfo and
# /proc/loadavg, and the one login session is the shell on tty1.
free
grep -E '^(MemTotal|MemFree|MemAvailable|Shmem):' /proc/meminfo
free -m -t
free -h -w
free -b -l
free -k --si
free --json
yes | head -c 3000000 > /tmp/f
free -s 1 -c 2
free -s 0.5 -c 2 --json
spin 6000 & spin 6000 &   # two CPU-bound jobs for 60 s: load1 = 2 (1 - 1/e) = 1.26
sleep 60
uptime
cat /proc/loadavg
uptime -p
uptime -s
uptime --json
w
w -s
w -f -h
who
who -H
who -u
who -q
users
free -s 0; echo "status $?"
free -c x; echo "status $?"
free -z; echo "status $?"
uptime x; echo "status $?"
w -z; echo "status $?"
