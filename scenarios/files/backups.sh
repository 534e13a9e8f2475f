# cp, mv and ln keep what they would overwrite with -b or --backup[=CONTROL]: FILE~ (simple),
# FILE.~N~ (numbered), or numbered only where numbered backups exist already (the default).
cd /tmp
echo one > a; echo two > b
cp -bv a b
mv --backup=numbered -v b a
cp --backup=t -v a b; cp --backup=t -v a b
ls
cp a c; VERSION_CONTROL=numbered cp -bv a c; cp -bv a c
SIMPLE_BACKUP_SUFFIX=.orig ln -fbv a b
ls
strace -e trace=rename ln -S .bak -sbf a b
# ln -i asks on stderr; the answer is a line of stdin.
echo n | ln -i a c
echo "status $?"
echo y | ln -iv a c
ln -s a sl; ln -L sl hard; ln sl link2
ls -l hard link2 | tr -s ' ' | cut -d' ' -f1,2,9-
mkdir d; ln d dlink
ln -d d dlink
# Bad kinds of backup, in argmatch's words.
cp --backup=x a b
cp --backup=n a b
VERSION_CONTROL=never mv -b a nonesuch; ls nonesuch*
cp -bn a b
echo "status $?"
# A hard link is linkat(2): -L follows a link given as TARGET (AT_SYMLINK_FOLLOW), -P does not.
ln -s c sc
strace -e trace=linkat ln -L sc hard2
strace -e trace=linkat ln -P sc soft2
ls -l hard2 soft2 | cut -c1-10
