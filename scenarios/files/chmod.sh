# chmod sets permission bits with fchmodat(2): octal modes, or symbolic changes.
cd /tmp
mkdir -p box/inner
echo data > box/f
touch box/inner/g
chmod -v 750 box/inner
chmod -v u+x,go-w box/f
chmod -c a+r box/f
chmod -c a+r box/f
chmod -v g=u,o= box/f
chmod -v +X box/f
ls -l box
# The kernel checks the bits: without r a directory can't be listed, without w a file
# can't be written, and without x a directory can't be entered; ls -R says so and goes on.
chmod 000 box/inner
ls -R box
echo "status $?"
chmod a-w box/f
echo more > box/f
cd box/inner
chmod 700 box/inner
# -R changes a directory before it reads it, so u+rwx opens the way down.
chmod -R -v u+rwx box
# Only a file's owner (or root) may change its mode.
chmod 666 /etc/passwd
echo "status $?"
chmod -v 666 /etc/passwd
chmod -f 666 /etc/passwd
echo "status $?"
# chmod -R 000 takes away its own way in: it can't read what it just closed.
chmod -R 000 box
echo "status $?"
chmod u+rwx box
ls box
strace -e trace=fchmodat chmod 1777 box
ls -l | grep box
# Bad modes and missing operands, in coreutils' words.
chmod u+q box
chmod 755
chmod --reference=nosuch box
