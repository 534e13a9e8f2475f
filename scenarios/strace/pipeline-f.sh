# strace -f follows the shell's forks: each child is announced, lines get [pid N] while more
# than one process is traced, and the parent sees each child's SIGCHLD.
# Compare shared/reference/strace-f-sh-pipe.txt and strace-f-pipe-dup2.txt.
strace -f -e trace=pipe,dup2,close,read,write,wait4,exit_group sh -c 'echo hi | cat'
echo "status $?"
