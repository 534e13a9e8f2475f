# Symbolic links: /dev's links to the open files, as Linux lists them.
ls -l /dev
readlink /dev/stdin /proc/self/fd/1 /dev/fd
# ln -s makes a link, ls -l shows where it leads, readlink -f and realpath where it ends.
cd /tmp
mkdir -p docs/old
echo hello > docs/old/notes
ln -sv docs/old/notes latest
ln -s docs/old here
ln -s nowhere dangling
ls -l
cat latest here/notes
readlink latest; readlink -f latest; realpath here
# A link to nothing: a test of the link itself (-h) is true, of its target (-e) false.
[ -h dangling ] && echo "dangling is a link"
[ -e dangling ] || echo "dangling leads nowhere"
cat dangling
# Loops stop after 40 links, as on Linux.
ln -s loop2 loop1; ln -s loop1 loop2
cat loop1
# cd goes through a link logically, pwd -P shows where it really is.
cd here; pwd; pwd -P; cd ..
# Hard links: two names, one inode, a link count of 2.
ln docs/old/notes hard
ls -l hard
# rm removes the link, not what it leads to.
rm latest
ls docs/old
# The process's own links in /proc.
ls -l /proc/self/exe /proc/self/cwd
strace -e trace=symlink,readlink,lstat ln -s a b
# Another user's process: its links are there, what they lead to is not for us to read.
ls -l /proc/1/cwd; echo "status $?"
