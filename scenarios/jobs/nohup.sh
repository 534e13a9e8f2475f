# nohup (coreutils 9.1): SIGHUP ignored in COMMAND, a terminal on stdout replaced by nohup.out
nohup
echo "status $?"
nohup --frob
echo "status $?"
nohup nosuchcmd
echo "status $?"
nohup echo not a terminal, so nothing is redirected
echo "status $?"
nohup echo stdout is the terminal > /dev/tty1
echo "status $?"
cat nohup.out
ls -l nohup.out
nohup sleep 100 &
sleep 1
grep SigIgn /proc/$!/status
kill -HUP $!
sleep 1
jobs
kill %1
wait
echo "status $?"
