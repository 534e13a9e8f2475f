# read's -n, -N, -d, -p and -s as bash 5.2 takes them when its input is not a terminal (no
# prompt, echo left alone); the bad number and option messages.
printf 'abcdef\n' | { read -n 3 x; echo "[$x] $?"; read y; echo "[$y]"; }
printf 'a b:c d\n' | { read -d : x y; echo "[$x][$y] $?"; read z; echo "[$z]"; }
printf 'a b\ncd' | { read -N 4 x y; echo "[$x][$y] $?"; }
printf 'one\0two\0' | { read -d '' x; echo "[$x] $?"; read -d '' y; echo "[$y] $?"; read -d '' z; echo "[$z] $?"; }
printf 'hi\n' | { read -p "prompt: " x; echo "[$x]"; }
printf 'secret\n' | { read -s x; echo "[$x] $?"; }
printf 'a\\\nb\n' | { read -n 10 x; echo "[$x]"; }
printf 'x y z\n' | { read -n 4 a b; echo "[$a][$b]"; }
read -n x v < /dev/null; echo "bad $?"
read -n 0 v <<< "abc"; echo "zero $? [$v]"
printf 'ab' | { read -n 5 x; echo "[$x] $?"; }
read -q; echo "badopt $?"
read -N; echo "missing $?"
