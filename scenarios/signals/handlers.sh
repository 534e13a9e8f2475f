# Handlers, masks and pending signals, with sigdemo: it catches USR1 and TERM and blocks
# INT. Each caught signal runs sigdemo's handler in sigdemo's own context.
sigdemo --catch USR1 --catch TERM --block INT --sleep 5 &
sleep 1
kill -USR1 $!
# INT is blocked: it stays pending (ShdPnd bit 2), and the process sleeps on.
kill -INT $!
grep -e ShdPnd -e SigBlk -e SigCgt /proc/$!/status
kill -TERM $!
# At the end sigdemo unblocks INT, whose default action ends it.
wait $!
echo "status $?"
# A stopped process keeps signals pending until SIGCONT; SIGKILL it can't catch or block.
sigdemo --catch TERM --pause &
kill -STOP $!
kill -TERM $!
ps -o pid,stat,cmd -p $!
grep ShdPnd /proc/$!/status
kill -CONT $!
sleep 1
kill -9 $!
wait $!
echo "status $?"
# Mistakes: the kernel refuses to catch SIGKILL (EINVAL); bad names and options.
sigdemo --catch KILL
echo "status $?"
sigdemo --block NOPE
echo "status $?"
