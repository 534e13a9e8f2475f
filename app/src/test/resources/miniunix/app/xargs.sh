xargs -n 0 </dev/null
xargs -n x </dev/null
echo "a 'b" | (xargs 2>/dev/null)
echo "a 'b" | (xargs >/dev/null)
echo 'a "b' | (xargs 2>/dev/null)
echo 'a "b' | (xargs >/dev/null)
printf 'a b\nc d e\n f\n' | xargs -n 2
printf 'a b\nc d e\n f\n' | xargs -L 1 echo x
printf 'a b\nc\n' | xargs -I{} echo [{}] {}
printf '' | xargs echo hi
printf '' | xargs -r echo hi
echo a | xargs nosuch
echo a | xargs false
echo a | xargs sh -c 'exit 255'
echo a b | xargs -t echo
printf 'a\0b c\0' | xargs -0 -n1 echo
printf 'a:b:c' | xargs -d: echo
echo "a\\ b 'c d' \"e f\"" | xargs -n1
xargs -Z </dev/null
printf 'a\n\nb\n' | xargs -I{} echo [{}]
printf '  a  b \n' | xargs -I{} echo [{}]
printf 'a \nb\n' | xargs -L1 echo
seq 1 5 | xargs
seq 10 | xargs -n 3 echo n:
printf 'x y\n' | xargs -n1 sh -c 'echo "[$0]"'
