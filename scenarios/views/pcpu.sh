# %CPU is ps's cputime / elapsed: three spinners on two CPUs for 5 s. Load balancing by CFS
# weight puts the niced one (weight 110) beside a nice 0 one (1024), so it gets about a tenth
# of that CPU, as on Linux; /proc/stat's cpu lines add up to 2 CPUs x 5 s.
spin 1000 & nice -n 10 spin 1000 & spin 1000 &
sleep 5
ps -o pid,ni,%cpu,time,comm
head -3 /proc/stat
cat /proc/loadavg
vmstat
