# Each mistake reads as its errno; a bad command line calls nothing (status 2).
sys close 42
sys wait4 -1 WNOHANG
sys kill 99999 TERM
sys kill 1 KILL
sys open /etc/nope O_RDONLY
sys open /etc/hostname O_WRONLY
sys pipe NULL
sys read 0 NULL 8
sys dup2 0 -1
echo "status $?"
sys read 0
echo "status $?"
sys frobnicate 1
echo "status $?"
sys kill 1 FOO
echo "status $?"
sys --as 1 getpid
echo "status $?"
sys --as 99999 getpid
echo "status $?"
sys write 1 0x10 5
echo "status $?"
sys stat /etc 0x10
echo "status $?"
sys stat /etc/nope
sys stat /etc/hostname
sys getdents64 0 64
echo "status $?"
