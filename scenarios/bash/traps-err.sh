# trap ... ERR: runs where set -e would exit (not in conditions, before the last && or ||,
# under !), with $? and $BASH_COMMAND of the failed command; functions, subshells and $(...)
# run without it unless set -E. trap -p lists the shell's own traps after the signals.
# Run by the host's bash too (BashDifferentialTest).
trap 'echo "ERR $? at $LINENO: $BASH_COMMAND"' ERR
false
false || true
true && false
! false
if false; then :; elif (exit 2); then :; fi
while false; do :; done
f() { false; echo "in f"; return 3; }
f
echo "after f $?"
g() { (exit 4); echo "g goes on"; }
g
x=$(false; echo "sub $?")
echo "x=$x"
false | true
true | false
{ false; }
(false)
[[ a == b ]]
(( 0 ))
v=$(exit 6)
if f; then :; fi
f && :
echo "set -E"
set -E
f
g
x=$(false; echo "sub $?")
echo "x=$x"
(false)
set +E
trap -p
trap -p ERR
k() { trap -p ERR; echo "k sees none"; }
k
trap 'echo "E2 ${PIPESTATUS[*]}"; false' ERR
true | false
echo "status stays $? ${PIPESTATUS[*]}"
trap - ERR
trap -p
false
echo "trap - ERR removed it"
(set -e; trap 'echo "err before exit $?"' ERR; false; echo "not reached")
echo "subshell status $?"
trap 'echo "ERR in $BASH_COMMAND"' err
eval 'true; false'
trap -- - ERR
trap 'x' ERR DEBUG RETURN EXIT INT
trap
trap - ERR DEBUG RETURN EXIT INT
trap -p SIGDEBUG 66
trap 'echo y' 67 sigerr
trap ''  RETURN
trap -p RETURN
