# Scenario 19: a working set larger than RAM (16M) goes to swap and comes back with major
# faults; the process waits in D for the disk on each, kswapd0 steals in the background.
grep -i '^swap' /proc/meminfo
sysctl vm.policy vm.min_free_kbytes
time memhog 20M --passes 2
grep -E '^(pswpin|pswpout|pgmajfault|pgsteal_kswapd|pgsteal_direct) ' /proc/vmstat
# The same work under LRU, switched while the machine runs.
sysctl -w vm.policy=lru
memhog 20M --pattern loop --passes 2
grep -E '^(pswpin|pswpout) ' /proc/vmstat
grep -i '^swapfree' /proc/meminfo
sysctl vm.policy=opt
sysctl vm.swapiness
