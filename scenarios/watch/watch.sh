# watch draws full screen even when stdout is no terminal (80x24, escape sequences), as
# procps's does: the title, then the command's output every -n seconds of simulated time.
# -g ends it when the output changes; -t drops the title; -d shows the changes in reverse.
echo one > /tmp/w
(sleep 3; echo two > /tmp/w) &
watch -n 1 -g cat /tmp/w; echo "status $?"
(sleep 2; echo "three four" > /tmp/w) &
watch -t -d -g -n 1.5 'cat /tmp/w; echo x'; echo "status $?"
watch -e -n 1 false < /dev/null; echo "status $?"
