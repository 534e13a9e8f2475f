# Assigning to DIRSTACK's elements changes the directory stack, as bash's assign_dirstack:
# element N is entry N of dirs -v, taken as it is (no check that it is a directory); element
# 0 ($PWD) and elements past the last entry are ignored; (...) assigns from 0 without
# emptying the stack. popd then goes where the entry says. unset DIRSTACK makes it a plain
# variable; the stack stays.
cd /tmp; pushd /usr >/dev/null; pushd /var >/dev/null
dirs -v
DIRSTACK[1]=/etc; dirs; echo "PWD=$PWD"
DIRSTACK[0]=/home; DIRSTACK=/home; dirs; echo "PWD=$PWD"
DIRSTACK[2]=/nonexistent; echo "status $?"; dirs
DIRSTACK[5]=/opt; echo "status $?"; dirs
DIRSTACK[-1]=/srv; dirs
DIRSTACK[1]+=/sub; dirs
DIRSTACK[-9]=/x; echo "not reached"
echo "status $?"
DIRSTACK=(/a /b); dirs; declare -p DIRSTACK
DIRSTACK+=(/c); dirs
unset 'DIRSTACK[1]'; echo "status $?"; dirs
read -a DIRSTACK <<< "/r1 /r2 /r3"; dirs
f() { local DIRSTACK=/loc; echo "in f: ${DIRSTACK[*]}"; DIRSTACK[1]=/inf; dirs; }; f; dirs
popd; echo "status $?"; dirs
DIRSTACK[1]=/tmp; popd; echo "status $?: $PWD"; dirs
pushd /usr >/dev/null; DIRSTACK[1]=/etc; pushd >/dev/null; pwd; dirs
unset DIRSTACK; echo "status $?"; dirs; declare -p DIRSTACK
DIRSTACK[1]=/y; dirs; declare -p DIRSTACK
