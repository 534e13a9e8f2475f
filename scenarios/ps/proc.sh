# /proc/PID: the directory, fd/ and task/, comm, environ, io, limits, and the task's own files.
sleep 100 > /tmp/out &
tick
ls /proc/$!
ls /proc/$!/fd /proc/$!/task
cat /proc/$!/comm /proc/$!/task/$!/comm
cat /proc/$!/task/$!/stat | cut -d' ' -f1-8
tr '\0' '\n' < /proc/$!/environ | sort
tr '\0' ' ' < /proc/$!/cmdline; echo
cat /proc/$!/limits
echo hello > /tmp/hi
cat /tmp/hi /proc/self/io
ls /proc/$!/task/999
echo "status $?"
cat /proc/version /proc/sys/kernel/ostype /proc/sys/kernel/osrelease /proc/sys/kernel/version
ls /proc/sys/kernel
grep -c processor /proc/cpuinfo
head -8 /proc/cpuinfo
