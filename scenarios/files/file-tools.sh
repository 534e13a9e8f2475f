# The machine and its clock: uname and hostname as on the reference machine, date from
# btime + uptime (the simulated clock starts at boot, 09:39:00, and runs while the shell waits).
uname -a
hostname
date
sleep 90
date '+%Y-%m-%d %H:%M:%S (%s)'
date -d @0
# touch creates a file or sets its time (utimensat); cp copies, mv renames (rename).
cd /tmp
touch notes
ls -l notes
echo draft > notes
cp notes copy
sleep 60
touch notes
mkdir old
mv copy old
cp -v notes old/notes.bak
ls -l notes old
touch -d '2024-02-29 13:05' old/notes.bak
ls -l old/notes.bak
# Errors read as coreutils prints them, and the status says something failed.
cp nosuch x
cp notes old nosuchdir
mv old old/inside
touch /etc/passwd
echo "status $?"
cp old elsewhere
# basename and dirname split paths without touching the filesystem.
basename /usr/bin/sort
basename /tmp/old/notes.bak .bak
dirname /tmp/old/notes.bak
# mv asks with -i (the answer a line of stdin), keeps a backup with -b, moves many with -t.
touch a b
echo n | mv -i a b
echo y | mv -ibv a b
mkdir into
mv -vt into b b~
