# %CPU is ps's cputime / elapsed: three spinners on two CPUs for 5 s (with per-CPU queues the
# niced one happens to get a CPU of its own); /proc/stat's cpu lines add up to 2 CPUs x 5 s.
spin 1000 & nice -n 10 spin 1000 & spin 1000 &
sleep 5
ps -o pid,ni,%cpu,time,comm
head -3 /proc/stat
cat /proc/loadavg
vmstat
