grep 'a+b' g1
grep -E 'a+b' g1
grep 'x\{2\}' g1
grep 'x{2}' g1
grep -E 'x{2}' g1
grep '[' g1
grep 'a[' g1
grep '[a' g1
grep '[]' g1
grep '[z-a]' g1
grep -E '(' g1
grep '\(' g1
grep -E ')' g1
grep '\)' g1
grep 'a\' g1
grep '[[:foo:]]' g1
grep -E 'a{1' g1
grep -E '*a' g1
grep -E '+a' g1
grep 'x\{2' g1
grep 'a\{1,x\}' g1
grep 'a**' g1
grep '^*a' g3
grep 'a^b' g3
grep 'a$b' g3
grep '\<aa' g1
grep 'x\{,2\}' g1
grep -c 'a\|b' g1
grep '[[:digit:]]' g1
grep '[^[:alpha:]]' g1
grep -F 'a+b' g1 g2
grep -F -x 'xx' g1
grep -s a nosuch g1
grep a nosuch g1
grep -o 'a' g1
grep -c -o a g1
grep -m1 -n a g1 g2
grep -h a g1 g2
grep -H a g1
grep -A1 -n foo g1
grep -C1 aab g1 g2
grep -B1 xx g1
grep -C1 m g4
grep -A1 -m2 m g4
grep -B2 -n m g4
grep -v -C1 m g4
grep -L a g1 g2
grep -L z g1
grep -l a g1 g2
grep -on 'x' g1
grep -w aab g1
grep -i AAB g1
grep -m x a g1
grep -A x a g1
grep -e a -e x -c g1
grep -q a nosuch g1
grep '\(a\)\1' g1
grep -E '(a)\1' g1
grep 'foo(bar)' g1
grep -E 'foo\(bar\)' g1
grep '[.]' g5
grep 'a.c' g5
grep '[\]' g5
grep -E 'a|' g1
