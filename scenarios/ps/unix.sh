# procps's UNIX family: options with a dash (-ef, -eF, -ely, -eLf, -e --forest, -j, -l).
sleep 100 &
nice -n 5 sleep 200 &
tick
ps
ps -f
ps -l
ps -j
ps -ef
ps -eF | tail -4
ps -ely | tail -4
ps -eLf | tail -4
ps -L
ps -T
ps -e --forest | tail -8
ps -eH | tail -3
ps -C sleep -o pid,ppid,ni,stat,cmd
ps -t tty1
ps -s 25 -o pid,sid,comm
ps -u user -o pid,user,comm
ps -U 0 | head -3
ps -g 25 -o pid,sess,comm
ps -a
ps -d | tail -3
ps -N -e
echo "status $?"
(ps -o f,s,pid,ppid,comm; true)   # F 1: the subshell forked and did not exec
