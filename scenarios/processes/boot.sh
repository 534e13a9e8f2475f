# Boot: a fresh machine looks like a small real one. init is pid 1 (ppid 0), kthreadd
# pid 2 with the kernel threads under it, daemons run by root (one is a Go program),
# and the user's login shell on tty1.
ps aux
# The Go daemon, and the grep itself: grep is a process of its own.
ps aux | grep go
ps -o pid,ppid,stat,cmd -p 1,2
pstree -p
