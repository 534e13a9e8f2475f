# ps's width, as procps 4.0.2 sets it: unlimited on a pipe (this script's output), COLUMNS and
# --cols cut only the last column (a command) at the edge, a line never narrower than its
# headers (a whole multiple of the screen: COLUMNS=40 gives aux 80), w at least 132, ww no limit.
sleep 300 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 &
tick
ps -o pid,args -p $!
COLUMNS=40 ps -o pid,args -p $!
COLUMNS=40 ps u -p $!
ps -o pid,args -p $! --cols 30
COLUMNS=40 ps -o pid,args -p $! w
COLUMNS=40 ps -o pid,args -p $! -ww
ps -o args,pid -p $!
COLUMNS=5 ps -p $!
ps --cols 0x20 -o pid,args -p $!
