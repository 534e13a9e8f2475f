# Scenario 18, Belady's anomaly: FIFO on 1,2,3,4,1,2,5,1,2,3,4,5 misses 9 times with
# 3 frames and 10 times with 4. LRU is a stack algorithm: more frames never hurt it.
refs=1,2,3,4,1,2,5,1,2,3,4,5
vm replay --policy fifo --frames 3 --refs $refs
vm replay --policy fifo --frames 4 --refs $refs
for n in 1 2 3 4 5; do
    vm replay --policy lru --frames $n --refs $refs | tail -n 1
done
for n in 1 2 3 4 5; do
    vm replay --policy fifo --frames $n --refs $refs | tail -n 1
done
# OPT, the best any policy can do, with its tie: of 1, 2, 3 none is used again, so 3 goes.
vm replay --policy opt --frames 3 --refs 1,2,3,4 --json
vm replay --policy lfu --frames 3 --refs $refs
echo "status $?"
vm replay --policy fifo --frames 0 --refs $refs --json
echo "status $?"
