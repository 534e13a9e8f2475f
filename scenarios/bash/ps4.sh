# set -x writes PS4 before each line as bash does: its prompt escapes decoded first (bash's
# decode_prompt_string), then expanded as in double quotes, command substitutions included
# (run with xtrace off; $? stays), an expansion error said before the line.
cd /tmp
PS4='+\\ \a|\e|\101 \z \[x\] \! \v \V "q" '\''s'\'' \" \0 \08 \18 \w \W > '
set -x
true a
x=1
PS4='+ $(echo "$x") '
x=2 y=$x
echo $x
PS4='$(exit 3)+ '
false; echo $?
PS4='+ $(echo "in ps4" >&2)'
echo ps4-stderr
PS4='+ $(set +x; echo z) '
echo inner
PS4='$(echo a;echo b) '; true
PS4='${undefined_var:?oops} '; true
PS4='+$(echo "$1") `echo bq` $((6*7)) '
f() { true "$@"; }; f one
for i in 1; do (( i++ )); [[ $i == 2 ]]; case $i in 2) ;; esac; done
declare -a arr=(a b)
eval 'true in eval'
: $(true in a substitution)
PS4='+\# '
true; true

true
PS4=''; true
unset PS4; true
set +x
root=$( ((EUID)) && echo '$' || echo '#')
# In $(...) PS4's first character comes once more: the traces below start with "++".
t=$( (PS4='+\$ '; set -x; true) 2>&1 ); [[ $t == "++$root true" ]] && echo "\\\$ as the euid says"
t=$( (PS4='+\u@\h '; set -x; true) 2>&1 ); [[ $t == "++$(id -un)@${HOSTNAME%%.*} true" ]] && echo "\\u@\\h"
t=$( (PS4='+\H '; set -x; true) 2>&1 ); [[ $t == "++$HOSTNAME true" ]] && echo "\\H"
t=$( (PS4='+\t|\A|\D{%Y}|\D{}| '; set -x; true) 2>&1 )
d='[0-2][0-9]:[0-5][0-9]'; [[ $t == ++$d:[0-5][0-9]\|$d\|20[0-9][0-9]\|$d:[0-5][0-9]\|\ true ]] && echo "the time"
t=$( (PS4='+\d '; set -x; true) 2>&1 ); [[ $t == ++[A-Z][a-z][a-z]\ [A-Z][a-z][a-z]\ [0-3][0-9]\ true ]] && echo "the date"
sleep 1 &
{ PS4='+\j '; set -x; true; set +x; } 2>/tmp/ps4.jobs; wait
{ set -x; true; set +x; } 2>>/tmp/ps4.jobs; cat /tmp/ps4.jobs; rm /tmp/ps4.jobs
