# procps's GNU long options: --sort (+/- keys), --forest, --ppid, --pid, --no-headers, --cols.
sleep 100 &
nice -n 5 sleep 200 &
tick
ps --sort=-rss,pid -eo pid,rss,comm | head -6
ps --sort +ni,-pid -o pid,ni,comm
ps k-pid -o pid,comm
ps --ppid 1 -o pid=,comm=
ps --pid 1,25 --forest -o pid,ppid,args
ps --forest -o pid,args
ps --no-headers -o pid,comm -p 1,25
ps -o pid,args --cols 20 -p 1
ps --format pid,comm -p 1
ps --user user --format pid,user
ps --tty tty1 -o pid,tt,comm
ps --sid 25 --deselect -o pid | head -3
