# With 4M of memory the kernel allows 32 processes. When fork fails with EAGAIN the shell
# does as bash's make_child: it tries again after 1, 2, 4 and 8 seconds, saying
# "fork: retry: ...", then gives up, abandons the rest of the line, and reads on.
for i in $(seq 40); do sleep 100 & done; echo never
pwd
kill %1
wait %1
echo "one process free: status $?"
kill $(jobs -p)
wait
echo "the shell goes on"
