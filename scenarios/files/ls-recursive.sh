# ls -R lists a directory, then each directory below it in turn, depth first, each under a
# "DIR:" header with a blank line between them (coreutils' order: names sorted bytewise).
cd /tmp
mkdir -p proj/src/lib proj/doc proj/.git
touch proj/README proj/src/main.c proj/src/lib/util.c proj/.git/HEAD
ls -R proj
# -a shows dot files and recurses into dot directories, never into . and ..
ls -Ra proj
# -l: a "total" and a long table per directory.
ls -Rl proj/src
# Files among the operands come first, then each directory's tree.
ls -R proj/README proj/doc
# A directory that can't be read: its error, nothing under its header; status 2 for an operand.
ls -R /home /root
echo "status $?"
