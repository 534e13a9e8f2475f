diff x y
diff x x
diff -s x y
diff -s x x
diff x z
diff z x
diff -u x z
diff -c z x
diff z z
diff -u empty x
diff -u x empty
diff -c empty x
diff empty x
diff x empty
diff -y x z
diff -y z y
diff -q x y
diff --brief x y
diff --label A --label B -u x y
diff --label=A -c x y
diff --label A --label B --label C x y
diff -u --label A x y
diff -q --label A --label B x y
diff bin1 bin2
diff -q bin1 bin2
diff -a bin1 bin2
diff bin1 bin1
diff -s bin1 bin1
diff bin1 x
diff - y < x
diff x - < y
diff -u x - < x
diff - - < x
diff -s - - < x
cat x | diff -q - y
diff
diff x
diff x y z
diff nosuch x
diff x nosuch
diff nosuch nosuch2
diff -N nosuch x
diff -N x nosuch
diff -Nu x nosuch
diff -z x y
diff --foo x y
diff -U x x y
diff -C -1 x y
diff --unified=x x y
diff -u -c x y
diff -y -q x y
diff -W 0 -y x y
diff --width=x -y x y
diff --horizon-lines=x x y
diff -U 1 -U 5 x y
diff -U 0 x y
diff -C 0 x y
diff --context=1 x y
diff --unified x y
diff --unif x y
diff --normal x y
diff -v
diff --label
diff d1 d2
diff -r d1 d2
diff -ru d1 d2
diff -rq d1 d2
diff -rs d1 d2
diff -rN d1 d2
diff -rNu d1 d2
diff -q d1 d2
diff d1 x
diff x d1
diff -u d1 x
diff d1 y
diff d1 nosuch
diff - d1 < x
diff d1 d1
diff -r d1/sub d2/sub
diff -r -u d1/sub d2/sub
diff -r --label A d1/sub d2/sub
diff -ry -W 30 d1/sub d2/sub
diff d1/f d2/f
LC_ALL=C diff -c x y
LC_ALL=C diff -u x y
diff -y x x
diff -y --suppress-common-lines x x
diff -y - x < x
diff -rN d2 d1
diff -N d1 d2
diff -rsu d1/sub d2/sub
diff -u x d1/nosuch
diff "a b" x
diff -c --label 'A B' x y
diff -y - - < x
