# Process substitution, what the host's bash cannot show the same way: the fd is open in the
# command that uses it (ls lists its /dev/fd/63) and closed in the shell after; the child is a
# process of its own until it is reaped; syntax errors inside <(...) are the line's
# (eval's here, since one in the script would end it).
ls /dev/fd/ <(true)
cat <(echo x); ls /dev/fd/
echo <(sleep 2; exit 4) > /dev/null; sleep 1; ps -o stat,args | grep '^S.*sleep 2$'
wait $!; echo "waited $?"; ps -o stat,args | grep -c '^S.*sleep 2$'
eval 'cat <(;)'
eval 'cat <(echo a))'
echo "the script goes on"
cat <(echo unfinished
