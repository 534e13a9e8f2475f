# The root filesystem is a tmpfs in the machine's RAM: half of --mem (32 MiB here).
# A write past it is ENOSPC, with each tool's own message; nothing of Java shows.
df
df -h /tmp
yes | head -c 20000000 > /tmp/big
df -h
grep -E '^(Cached|Shmem):' /proc/meminfo
yes | head -c 20000000 > /tmp/more
echo "head: $?"
ls -l /tmp/more
echo x > /tmp/one
echo "echo: $?"
cat /tmp/big > /tmp/copy
echo "cat: $?"
cp /tmp/big /tmp/copy2
echo "cp: $?"
rm /tmp/more /tmp/copy /tmp/copy2 /tmp/one
df -h /
echo x > /tmp/one && cat /tmp/one
rm /tmp/big
grep -E '^Shmem:' /proc/meminfo
df -a -T
df -i /
df /nope
echo "df: $?"
df -z
