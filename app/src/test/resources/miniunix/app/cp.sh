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
