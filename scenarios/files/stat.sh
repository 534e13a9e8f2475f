# stat(1) prints a file's inode as coreutils 9.1 does (lstat(2); -L follows a link); the
# kernel keeps no birth time, so Birth is '-'.
cd /tmp
echo hello > f; ln -s f l; mkdir d
stat f l
stat -L l
stat /dev/null d
stat -t f
stat -c '%n: %A (%a) %F, %s bytes, %h links, owner %U/%G (%u/%g), modified %Y' f d /dev/tty
stat --printf='%N\t%.3Y\n' l f
touch -d '2001-02-03 04:05:06' f
stat -c '%y | %x | %.9Y' f
# -f: the filesystem's statfs(2).
stat -f /tmp
stat -f -c '%T %t %l %s' / /proc/self
stat -c '%m %n' /tmp/f /proc/1/status
# Errors: coreutils' words, status 1, and the other files are still shown.
stat nosuch f -c %n
echo "status $?"
stat -L nosuch
stat -f -
stat -c '%5%' f
stat
