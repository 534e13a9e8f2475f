# touch -h sets a symbolic link's own times (utimensat(2) with AT_SYMLINK_NOFOLLOW), leaving
# the file it leads to alone; without -h the file's times change.
cd /tmp
touch -d '2020-01-02 03:04:05' f; ln -s f l; ln -s nosuch dangling
touch -h -d '2001-02-03 04:05:06' l dangling
stat -c '%n %y' f l dangling
strace -e trace=utimensat touch -h -t 200203040506 l
touch -d '2003-01-01' l
stat -c '%n %y' f l
# -r takes both of the reference's times (a link's own with -h); --time=atime is -a.
touch -d '2004-04-04' -a f; touch -r f dangling; stat -c '%n %x %y' dangling
touch -h -r l dangling; stat -c '%n %x %y' dangling
touch --time=atime -d '2005-05-05' f; stat -c '%n %x %y' f
# -h creates nothing: a missing file is an error (not with -c).
touch -h missing
echo "status $?"
touch -hc missing
echo "status $?"
touch --time=x f
