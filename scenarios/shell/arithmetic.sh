# Arithmetic expansion $(( )) and the (( )) command: 64-bit integers, C's operators.
echo $((1 + 2 * 3)) $(((1 + 2) * 3)) $((2 ** 10)) $((7 / 2)) $((-7 % 3))
echo $((0x1f)) $((010)) $((2#1010)) $((~0)) $((!5))
echo $((9223372036854775807 + 1)) $((1 << 63))
x=5; echo $((x + 1)) $(($x * 2)) $((x > 3 && x < 10)) $((x == 5 ? 10 : 20))
i=0; ((i++)); ((i += 10)); echo "i is $i"
((i > 100)) || echo "(( i > 100 )) is false: status $?"
echo $((y = 3, y * y)) "y=$y"
# An arithmetic error stops the rest of the line (status 1); the next line runs.
echo $((1 / 0)); echo "not printed"
echo "status $?"
echo $((1 +))
echo $((08))
# The (( )) command only fails.
((5 / 0)); echo "(( )) failed with status $?"
