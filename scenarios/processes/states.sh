# Every process state at once, as the README shows it: R S T Z D (and the shell in S).
spin 500 &                                  # R: burns CPU, runnable
sleep 100 &                                 # S: sleeps on a timer
sleep 100 & tick; kill -STOP $!             # T: stopped by a signal (once it runs sleep)
fork >/dev/null; kill $!                    # Z: ended, not yet waited for
yes | head -c 5000000 > /tmp/big; sync &    # D: waits for the disk, uninterruptibly
ps -o pid,ppid,stat,wchan:22,cmd
