# An orphan made by hand: the shell's child A forks B, then A exits. B is adopted by init
# (PPID 1) while A waits, a zombie, for the shell to reap it.
sys fork > /tmp/out; read line < /tmp/out; a=${line##* }
sys --as $a fork > /tmp/out; read line < /tmp/out; b=${line##* }
echo "A=$a B=$b"
sys --as $a exit 0
ps -o pid,ppid,stat,cmd
sys --as $b getppid
sys wait4 -1 WNOHANG
sys kill $b TERM
sys --as $b getpid
echo "status $?"
