cmp a b
cmp a c
cmp c a
cmp a a
cmp -s a b
cmp -l a b
cmp -l a c
cmp -b a b
cmp -lb a b
cmp e a
cmp a e
cmp a nosuch
cmp nosuch a
cmp a < e
cmp
cmp a b c
cmp a b 1
cmp a b 1 1
cmp -i 2 a b
cmp -n 5 a b
cmp -x a b
cmp -s a c
cmp -sl a b
cmp . a
cmp - a < b
cmp -l c a
cmp a b x
cmp -n x a b
cmp --verbose a b
cmp --print-bytes a b
cmp --quiet a b
cmp --silent a nosuch
cmp -i 1:2 a b
cmp a b 4 4
cmp a d
cmp -b a d
cmp d a
cmp -b f g
cmp -l f g
cmp -lb f g
cmp -lb h i
cmp -n 2 a c
cmp -n 100 a c
cmp -i 1K a b
cmp -i 1Kx a b
cmp -n 1kB a b
cmp --bytes=-1 a b
cmp -l a a
cmp -l s1 s2
cmp -l a b - < e
cmp a b 1 2 3
cmp --ignore-initial=1 a b
cmp -i -1 a b
cmp --foo a b
cmp -l --bytes=7 a b
cmp - - < a
cat a | cmp -l - b
cat s1 | cmp -l - s2 | head -3
cmp -n 1MiB s1 s2
cmp -i 1M s1 s2
