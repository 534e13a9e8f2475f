# readonly: an assignment to a readonly variable is bash's error. Before a command the command
# still runs, without it; in read, for, export, local, let and (( )) the builtin fails with 1;
# unset refuses; a bare NAME=value drops the rest of the command line (here in subshells).
# Run by the host's bash too (BashDifferentialTest).
readonly x=1
( x=2; echo "not reached" ); echo "subshell $?"
x=3 echo "runs"; echo "prefix $?"
((x = 4)); echo "arith $?"
let x=5; echo "let $?"
read x <<< "line"; echo "read $? $x"
read y x <<< "p q"; echo "read $? $y $x"
read w x v <<< "p q r"; echo "read $? $w ${v-unset}: stops at x"
unset x; echo "unset $? $x"
for x in a b; do echo "loop $x"; done; echo "for $?"
export x=9; echo "export $? $x"
f() { local x=6; echo "local $?"; }
f 2>/dev/null
: ${x:=7}; echo "default $? $x"
readonly x=2; echo "again $?"
readonly 1a; echo "name $?"
readonly -z; echo "option $?"
readonly ro; readonly z=3; ( z=4 ); echo "$z"
export z; export -p | grep ' z='
readonly -p | grep -e ' x=' -e ' z=' -e ' ro$'
( echo $((z = 5)); echo "not reached" ); echo "expansion $?"
echo "x=$x z=$z"
g() { x=2; echo "not reached"; }
g; echo "not reached either"
echo "next line $?"
