# Arithmetic: a bare name reads the variable, RANDOM included.
i=0 n=0
while [ $i -lt 50 ]; do
    r=$((RANDOM % 6))
    if [ $r -lt 0 ] || [ $r -gt 5 ]; then echo "out of range: $r"; fi
    i=$((i + 1))
done
echo "50 throws in 0..5"
RANDOM=5; a=$((RANDOM)); RANDOM=5; b=$RANDOM
[ "$a" = "$b" ] && echo "\$((RANDOM)) is \$RANDOM"
x=6; y=x
echo $((x * 7)) $((y + 1))
for k in 1 2 3; do n=$((n + k)); done
echo "sum $n"
set -u
echo $((z + 1))
echo "not reached"
