# Fork limit: with 4M of memory the kernel allows 32 processes (threads-max follows
# memory, as on Linux). Forking past it fails with EAGAIN; the shell stays usable.
cat /proc/sys/kernel/threads-max
ps -o pid,stat,cmd
for i in 1 2 3 4 5 6 7 8 9; do fork; done
# Full: the next fork fails, and so does any command that needs a process.
fork
/bin/echo hello
# Builtins need no process.
echo hello
pwd
cd /tmp
pwd
