# vmstat on a machine with two spinners and a sync: the first line averages since boot, each
# later one covers DELAY seconds of simulated time; the CPU columns follow the load.
spin 400 & spin 400 &
vmstat 1 3
vmstat -n 2 2
yes | head -c 3000000 > /tmp/f; sync & vmstat 1 2
wait
vmstat -a -S M
vmstat -w 1 2
vmstat --json 1 2
vmstat -t
spin 300 & vmstat --plot=us 1 4; wait
vmstat --plot=cs 1 3
vmstat -f
vmstat 0; echo "status $?"
vmstat 1 x; echo "status $?"
vmstat -S q; echo "status $?"
vmstat --plot=zz; echo "status $?"
