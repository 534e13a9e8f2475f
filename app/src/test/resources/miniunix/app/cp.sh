cp a d
cp -r a a/b
cp -r a a
rm -r a/b/a a/a
cp -rv a d | sort
cp -rv a d | sort
ls -Ra d
cp -r a/f a/b d
cp -r nosuch d
cp -r a d/f
mkdir e; echo y > e/b; cp -r a/b e/
cp -r a/f e/b/
cp -R a/b/ z; ls z
cp -rT a t; ls t
cp -rT a/f t
cp -t
cp -t d
cp -t nosuch a/f
cp -t a/f a/b
cp -T a/f a/b/g a/b
cp -rt d a/f
touch f g; cp -t f g
cp f g nosuch
cp f g f
cp -T f
cp -T f g d
cp -tx
cp -T -t d f
cp -rT d f
cp f d/; ls d/f
cp f g/
cp -n f g
echo y | cp -iv f g
echo n | cp -iv f g
cp -i f g < /dev/null
echo yes | cp -if f g
touch -d '2030-01-01' g; cp -uv f g
touch -d 2000-01-01 g; cp -uv f g
cp -v f f
cp -r d d
cp -vn f g
cp -in f g
cp -ni f g </dev/null
cp --no-clobber --interactive f g </dev/null
cp -rv a/ a2/ | sort; ls a2
cp -r a//b a3; ls -R a3
cp
cp f
cp --bogus
cp -z f g
mkdir -p m/s; chmod 555 m; cp -r m n; ls -l . | grep ' n$' | cut -c1-10; ls -l n | cut -c1-10
cp -a m n3; ls -l | grep ' n3$' | cut -c1-10; chmod 755 m n n3
chmod 600 f; touch -d '2001-02-03 04:05' f; cp -p f fp; ls -l fp | cut -c1-10,39-
cp -a f fa; ls -l fa | cut -c1-10,39-
cp f fnp; ls -l fnp | cut -c1-10
touch -d '2001-02-03 04:05' a/b/g; cp -a a a4; ls -l a4/b/g | cut -c1-10,39-
umask 077; cp -r a a5; ls -l a5 | cut -c1-10; umask 022
mkdir bk; cd bk; echo a > a; echo b > b; cp -bv a b; cp -bv a b; ls
cp --backup=numbered -v a b; cp --backup=t -v a b; cp --backup -v a b; ls
cp --backup=simple -S .old -v a b; cp -S .bak -v a b; cp --backup=never -v a c; ls
cp --backup=off -v a b; cp --backup=none -v a b; cp --backup=nil -v a c; ls
VERSION_CONTROL=numbered cp -bv a c; VERSION_CONTROL=simple cp --backup=t -v a c; ls
SIMPLE_BACKUP_SUFFIX=.sv cp -bv a d; SIMPLE_BACKUP_SUFFIX=.sv cp -bv a d; SIMPLE_BACKUP_SUFFIX=x/y cp --backup=simple -v a d; ls
cp --backup=foo a b
cp --backup=n a b
cp --backup= -v a b
VERSION_CONTROL=foo cp -b a b; VERSION_CONTROL=foo cp a b; echo $?
cp -bn a b; cp -n --backup=none a b
cp -b a a; cp -bf a a; cp -bfv a a; ls
ln a h; cp -bv a h; ls -i a h | cut -d' ' -f2 | sort | uniq -c | wc -l
mkdir e f; cp -rbv e f | sort; ls
cp --backup=t -v a b.~1~; ls; cd ..
