# D state: a process waiting for the disk sleeps uninterruptibly. Writes stay in the page
# cache, dirty; sync writes them to the disk (10 ms seek, 100 MiB/s) and waits in D.
yes hello | head -c 5000000 > /tmp/big
grep -e Dirty -e Writeback /proc/meminfo
sync &
ps -o pid,stat,wchan:22,cmd
grep -e Dirty -e Writeback /proc/meminfo
# Even SIGKILL waits until the I/O is done; then the process dies of it.
kill -9 $!
ps -o pid,stat,cmd
wait $!
echo "sync status $?"
grep -e Dirty -e Writeback /proc/meminfo
