# watch's other options (procps-ng 4.0.2): -q N exits once the screen has not changed for N
# runs after the first (which counts as unchanged), -b beeps (BEL) when the command fails,
# -c shows its colours (without -c the escape is dropped and the rest shows), -x runs it with
# execvp instead of sh -c, -p keeps to the interval from each run's start, -d=permanent keeps
# every change highlighted; WATCH_INTERVAL is the default interval.
echo abc > /tmp/w
watch -t -q 2 -n 1 cat /tmp/w; echo "status $?"
watch -t -q 0 -b false; echo "status $?"
watch -t -q 0 -c "printf '\033[1;31mred\033[m plain \033[44mon blue\033[0m\n'"; echo "status $?"
watch -t -q 0 "printf '\033[1;31mred\033[m plain\n'"; echo "status $?"
watch -t -q 0 -x echo 'a   b'; echo "status $?"
watch -t -q 0 echo 'a   b'; echo "status $?"
watch -t -q 0 -x nosuchcmd; echo "status $?"
watch -t -g -n 2 'sleep 1; date +%T'; echo "status $?"
watch -t -g -n 2 -p 'sleep 1; date +%T'; echo "status $?"
(sleep 1.5; echo xbc > /tmp/w; sleep 1; echo xbz > /tmp/w) &
watch -t -q 3 -n 1 --differences=permanent cat /tmp/w; echo "status $?"
WATCH_INTERVAL=3 watch -q 0 true; echo "status $?"
WATCH_INTERVAL=x watch true; echo "status $?"
watch -q x true; echo "status $?"
