mv
mv a
mv -x a b
mv -t
mv -T a
mv -T -t . a
touch a b; mv -bn a b
mv -T a b c
mv -t nodir a
mv nosuch b
mv -v a b; ls
touch a; echo n | mv -i a b; ls
echo y | mv -iv a b; ls
touch a; echo yes | mv -i a b; ls
touch a; mv -i a b </dev/null; echo; ls
mv -n -i a b </dev/null; echo; ls
mv -i -n a b; ls
mv -i -f a b; ls
touch a; mv -f -n a b; ls
mv -vn a b; ls
mv -u a b; ls
touch -t 202001010000 old; touch new; mv -uv old new; ls
mv -uv new old; ls
touch -t 202001010000 c; mv -uv old c; ls
touch x y; mv -bv x y; ls
touch x; mv -b -S .bak -v x y; ls
touch x; mv --suffix=.old -v x y; ls
touch x; echo y | mv -ibv x y; ls
touch x; mv -b x x
mkdir d e; touch d/f e/g; mv -v d e; ls -R e
mkdir d; mv -v e/d/f e/g d; ls -R d e
mv -t d -v c old; ls d
mv -vt d; echo
mv -T d e/d
mkdir f; mv -vT f e/d; ls e
touch h; mv -T h e
mv -T e h
mkdir k; touch k/l; mv -v h k/l/
mv k k/sub
mv k/ k/sub
mv -v k/ m; ls m
mv y y
mv y ./y
mv m/l m/../m/l
touch p q; mv p q p
mv p q nodir
mv -v p q m; ls m
mv m/p m/q .; ls
mv -- -x p 2>&1
touch -- -z; mv -v -- -z zz; ls
mkdir mvt; cd mvt; touch f; ln -s f l; mv l f; ls
ln -s nosuch d1; mkdir dd; mv -v d1 dd/; ls dd; readlink dd/d1
ln -s dd dl; mv -v f dl; ls dd; mv -v dl dl2; readlink dl2; ls dl2
cd ..
mkdir mbk; cd mbk; echo a > a; echo b > b; cp a c; cp a d; mv -bv a b; ls
mv --backup=numbered -v c b; mv --backup=t -v d b; ls
touch x y z; mv --backup=existing -v x b; mv --backup=simple -v y b; mv -S .bak -v z b; ls
mkdir p q; mv -bTv p q; ls
mv --backup=foo b b~; mv -bn b c; mv --backup=none -n b c
echo y | mv -bi b.bak b; ls
touch n1; VERSION_CONTROL=t mv -bv n1 b; ls; cd ..
