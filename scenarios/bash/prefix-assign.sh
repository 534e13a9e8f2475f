# NAME=value before a builtin or a function (bash's temporary environment, outside POSIX mode):
# the command and the programs it starts see it, exported; afterwards the old value, unset
# state and attributes are back, special builtins included. export or readonly of one keeps
# it. Assignments are expanded after the words, in order, each seeing the ones before it; the
# redirections do not see them. A readonly NAME is bash's error, and the command still runs.
# Run by the host's bash too (BashDifferentialTest).
show() { printf '[%s]\n' "${x-unset}"; }
x=1 :; show
x=1 export y; show
x=1 eval 'echo "eval sees $x"'; show
x=1 set -- a b; show
x=old
x=1 eval 'x=2; echo "eval set $x"'; show
x=1 unset x; show
x=1 read x <<< "line"; show
x=1 : $((x = 5)); show
x=1 true $((y = x + 1)); echo "y=$y"
unset x
s='a:b:c'
IFS=: eval 'set -- $s'; echo "$# fields: $*"
IFS=: read -r a b <<< "p:q:r"; echo "a=$a b=$b"
lc=${LC_ALL-unset}
LC_ALL=POSIX printf '%s\n' "printf ran"; [ "${LC_ALL-unset}" = "$lc" ] && echo "LC_ALL as before"
echo '--- functions'
f() { echo "f sees $x"; env | grep '^x='; (env | grep '^x='); }
x=5 f; show
x=old
x=7 f; show
g() { x=changed; }; x=1 g; show
h() { local x; echo "local inherits [$x]"; x=3; }; x=1 h; show
u() { unset x; echo "unset in f [$x]"; }; x=1 u; show
inner() { local x; echo "inner local [$x]"; }; outer() { inner; }; x=1 outer; show
echo '--- attributes keep them'
x=1 export x; declare -p x
unset x; x=old
x=1 readonly z=2 x; declare -p x z
e() { export w; }; w=9 e; declare -p w
w3=3 eval 'export w3'; declare -p w3 2>&1
x2=1 declare x2; declare -p x2 2>&1
x3=1 export -n x3; declare -p x3 2>&1
echo '--- listings show the shell variables'
v=old
v=new set | grep '^v='
v=new declare -p v
echo '--- order'
n=0
n=1 m=$n eval 'echo "m=$m"'
a=$(echo A >&2) : $(echo W >&2) > $(echo R >&2; echo /dev/null)
t=1 : > $t
k() { :; }; t=1 k > $t
set -x
p=$(echo q) r=2 true
p=1 k
set +x
echo '--- readonly before a command'
readonly ro=1
ro=2 echo "echo runs"; echo "status $?"
ro=2 eval 'echo "eval sees $ro"'
ro=2 k; echo "status $?"
c=1 ro=2 d=$c eval 'echo "d=$d"'
