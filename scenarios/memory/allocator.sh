# Scenario 21: the same malloc/free sequence under first, best, worst and next fit gives
# different addresses and leaves the free space in different shapes.
ops=+30,+10,+15,+5,-0,-2,+12,+8,+14,-1,+9
for fit in first best worst next; do
    malloc sim --policy $fit --coalesce --ops $ops
    echo
done
# Without coalescing the freed neighbours stay apart.
malloc sim --policy first --ops +10,+20,+30,-0,-1 | tail -n 2
# With a header and alignment a request costs more than its size.
malloc sim --header 4 --align 8 --ops +5,+9 --json
malloc sim --policy fastest --ops +1
echo "status $?"
