# cp -r copies a whole tree: directories are made, files copied, in the order the source
# directory's inodes were made (as coreutils reads them); -v tells each copy.
cd /tmp
mkdir -p proj/src/lib proj/doc
echo 'int main() { return 0; }' > proj/src/main.c
echo 'util' > proj/src/lib/util.c
echo 'read me' > proj/README
cp -rv proj backup
ls -R backup
# Without -r a directory is left out; a directory never goes into itself.
cp proj elsewhere
cp -r proj proj/doc
echo "status $?"
rm -r proj/doc/proj
# -t names the directory first; -T treats the destination as a file name, not a place.
mkdir -p out
cp -v -t out proj/README proj/src/main.c
cp -rT proj/src out/src-copy
ls out out/src-copy
cp -T proj/README out
# -n never overwrites, -u only with an older file, -i asks on stderr and reads stdin.
echo changed > out/README
cp -n proj/README out/README
cat out/README
cp -uv proj/README out/README
echo n | cp -i proj/README out/README
echo
echo y | cp -iv proj/README out/README
cat out/README
# -p and -a keep modes and times; a user may not give files away, so owners stay its own.
chmod 640 proj/README
touch -d '2024-02-29 13:05' proj/README
cp -p proj/README kept
cp proj/README fresh
ls -l kept fresh
cp -a proj archive
ls -l archive
cp -p /etc/passwd passwd.copy
ls -l /etc/passwd passwd.copy
# A directory it can't read is reported, and the rest is still copied.
chmod 000 proj/doc
cp -r proj again
echo "status $?"
ls again
