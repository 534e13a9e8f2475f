# trap ... DEBUG: runs before each simple command (before its words are expanded), each for
# iteration, case, [[ ]], (( )) and each part of an arithmetic for, with $BASH_COMMAND the
# command's text; a job's commands have theirs in the shell before it forks. Functions and
# sourced files run without it unless set -T. trap ... RETURN: after a function call or a
# sourced file, in the call. Run by the host's bash too (BashDifferentialTest).
echo "BASH_COMMAND is $BASH_COMMAND"
trap 'echo "D[$LINENO] <$BASH_COMMAND> $?"' DEBUG
x=1
echo "a $x" | cat
f() { echo "in f"; }
f
for i in 1 2; do :; done
case  "$x"  in (a) ;; esac
[[ a  ==  b ]]
(( x  +  1 ))
for ((i=0;i<1;i++)); do :; done
if true; then echo t; fi
{ echo g; }
(echo sub)
echo $(echo cs)
y=2 echo   a   "b  c"  >/dev/null 2>&1
false
echo "status kept $?"
set -T
f
(echo "sub $BASH_COMMAND")
set +T
trap - DEBUG
echo "no more"
r() { trap 'echo "R $? <$BASH_COMMAND> $LINENO"' RETURN; echo "in r"; return 5; }
r; echo "after r $?"
trap -p RETURN
n() { echo "in n"; }
n
trap - RETURN
h() { trap 'echo "R2 $?"' RETURN; false; }
h; echo "h $?"
trap - RETURN
echo 'echo "in sourced $BASH_COMMAND"; return 7' > traps-src.tmp
trap 'echo "RS $? <$BASH_COMMAND>"' RETURN
. ./traps-src.tmp; echo "source $?"
echo 'echo "sourced again"' > traps-src.tmp
. ./traps-src.tmp; echo "source $?"
n
set -T
n
set +T
trap - RETURN
trap 'echo "D <$BASH_COMMAND>"' DEBUG
. ./traps-src.tmp
eval 'true'
trap - DEBUG
rm traps-src.tmp
t() { trap -p; }
trap 'echo "D"' DEBUG
trap 'echo "R"' RETURN
t
trap - DEBUG RETURN
