# enable as bash 5.2: -n turns a builtin off, so its name finds the program in PATH (or a
# function), enable NAME turns it back on; the lists of -n and of -a -s (the special builtins,
# the same in both shells), messages and statuses. Run by the host's bash too
# (BashDifferentialTest), so the whole list of builtins (not the same as bash's) is not shown:
# scenarios/shell/enable has it.
PATH=/bin
type -t echo test enable
enable -n echo test; echo "enable $?"
type echo test
type -t echo
command -v echo
echo still works
test -n x && echo "test from PATH"
enable -n
enable -a | grep -e echo -e test
enable -p -n echo; echo "enable -p $?"
enable echo
type echo
enable -n
enable test; echo "enable $?"
enable -n
enable -s | grep -e set -e eval
enable -n set; echo "enable $?"
enable -ns
set -- a b; echo "set status $?"
enable -s | grep -e set
enable set
set -- a b; echo "$# $?"
enable foo; echo "enable foo $?"
enable -n foo echo bar; echo "enable -n $?"
type -t echo
enable echo
enable -x; echo "enable -x $?"
enable -f; echo "enable -f $?"
enable -n exit
exit 3
echo "exit is off"
enable exit
type enable
enable -n enable
enable -n echo; echo "status $?"
enable
