# help's errors and statuses, and NAME --help's status, as bash 5.2 (the help texts themselves
# are miniunix's own: scenarios/shell/help.sh). Run by the host's bash too (BashDifferentialTest).
help xyz; echo "help xyz $?"
help -x; echo "help -x $?"
help 'nomatch*' 'zz?'; echo "help pattern $?"
help -s zz cd > /dev/null; echo "one of two $?"
help -d pwd > /dev/null; echo "help -d $?"
help > /dev/null; echo "help $?"
cd --help > /dev/null; echo "cd --help $?"
help --help > /dev/null; echo "help --help $?"
kill --help > /dev/null; echo "kill --help $?"
: --help; echo ": --help $?"
test --help; echo "test --help $?"
[ --help; echo "[ --help $?"
cd --help | wc -l > /dev/null; echo "pipe ${PIPESTATUS[0]}"
type help; type -t '[['; type ']]'
