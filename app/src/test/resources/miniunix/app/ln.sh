ln
ln -s
ln -x a b
ln -t
ln -T a
ln -T -t . a
ln -T a b c
touch f; mkdir d; ln -s f l; ln -s f l
ln -sv f l2; ls -l l2 | cut -c1-10
ln -sfv d l; readlink l
ln -sf d l; ls d
ln -snf f l; readlink l
ln -s f d; readlink d/f
ln -sT f d
ln -s a; readlink a
ln -s x y z
ln -t nod f
ln -t f g
ln f h; ls -i f h | cut -c1-3 | sort -u | wc -l; ls -l h | cut -c1-12
ln -v f h2
ln f h
ln d dh
ln nosuch h3
ln -f f f
ln -sf f f
ln -s f l3; ln l3 hl; readlink hl; ls -l hl | cut -c1-12
ln -s -t d f a
ls d
rm l l2; ls
readlink
readlink f; echo $?
readlink -v f
readlink -n l3; echo
readlink l3 hl
readlink -n l3 hl
readlink -e nosuch; echo $?
readlink -v -e nosuch
ln -s loop1 loop2; ln -s loop2 loop1; cat loop1
readlink -e loop1; echo $?
readlink -v -f loop1/x
realpath -q nosuch/x; echo $?
realpath nosuch/x
realpath -e nosuch
realpath
[ -h l3 ] && echo link; [ -L f ] || echo not; test -h nosuch || echo none
ln -s nosuch dangling; [ -e dangling ] || echo dangling; [ -h dangling ] && echo is-link
cat dangling
echo hi > dangling; cat nosuch; readlink dangling
rm dangling; ls nosuch
mkdir -p m/n; ln -s m/n mn; cd mn; basename "$(pwd)"; basename "$(pwd -P)"; cd ..; ls -d m mn
ls -l mn | cut -c1-10
ls -F mn l3 loop1
ls -d mn; ls mn; ls -L mn
mkdir -p cr/sub; touch cr/sub/x; ln -s sub cr/ls; ln -s ../f cr/lf
chmod -Rv 700 cr | sort
chmod -v 700 cr/lf; chmod 644 f
find cr -type l | sort
find cr | sort
rm -rv cr/ls; ls cr/sub
rm -r cr; ls f
mkdir -p t/d; echo x > t/f; ln -s f t/l; ln -s nosuch t/o; ln -s d t/dl
cp -rv t u | sort; ls -l u | tr -s ' ' | cut -d' ' -f1,9-
cp t/l c1; cp -d t/l c2; cp -P t/o c3; cp -H t/l c4; ls -l c1 c2 c3 c4 | tr -s ' ' | cut -d' ' -f1,9-
cp t/o c5
cp -rL t v; ls -l v | tr -s ' ' | cut -d' ' -f1,9-
cp -a t w; ls -l w | tr -s ' ' | cut -d' ' -f1,9-
touch e; cp -d t/l e; ls -l e | tr -s ' ' | cut -d' ' -f1,9-
cp -rH t/dl x; ls -l x | tr -s ' ' | cut -d' ' -f1,9-
ls --color=always t; ls -F --color=always t
ls -l --color=always t | tr -s ' ' | cut -d' ' -f1,9-
ls -lL t | tr -s ' ' | cut -d' ' -f1,9-
LS_COLORS='ln=35:or=31' ls --color=always t
ls -lH t/dl t/o | tr -s ' ' | cut -d' ' -f1,9-
ls -L t/o; ls -H t/dl
mkdir -p rr/a/b rr/c; touch rr/a/b/f; cd rr
ln -srv a/b/f c/lnk; ln -srv a/b/f .; ln -sr c/../a/b c/up; ls -l c | tr -s ' ' | cut -d' ' -f1,9-
ln -sr . self; readlink self; ln -r f g
ln -srv nosuch/x c/; readlink c/x; ln -srv a/b/f a/b/g
ln -sv a/b/f; ln -sv a/b/f ./
cd ..
mkdir lb; cd lb; echo a > a; echo b > b
ln -i a b < /dev/null; echo "rc=$?"; echo n | ln -i a b; echo "rc=$?"
echo y | ln -iv a b; echo "rc=$?"; ls -i a b | cut -d' ' -f1 | uniq | wc -l
echo c > c; echo yes | ln -siv a c; readlink c; echo y | ln -fiv b c; echo y | ln -ifv b c
ln -s a sl; ln -L sl hl; ln -P sl hp; ln sl hd; ls -l hl hp hd | cut -c1-11
ln -s nosuch dang; ln -L dang e; ln -P dang f; ls -l f | cut -c1-11; ln -fL nosuch c
mkdir d; ln d dl; ln -d d dl2; ln -F d dl3; ln --directory d dl4
ln -Tf a d; ln -Tb a d; ln -f a a; ln -b a a; ln -bf a a
echo x > x; ln -bv x b; ln -bv x b; ln -sbv x b; ls
ln --backup=t -v x b; ln --backup=numbered -sv x b; ln --backup=existing -v x b; ls
ln -S .old -v a b; ls; ln --backup=simple --suffix=.s -sv a b; readlink b; ls
ln --backup=foo a b; ln --backup=e -v a b; VERSION_CONTROL=t ln -bv a b; ls
VERSION_CONTROL=zzz ln -b a b; ln -s -b a a; readlink a; ls; cd ..
