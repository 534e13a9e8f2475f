# set -x as bash 5.2 traces: PS4 expanded before each line (its first character repeated for
# each level), assignments as done (arrays as written; declare's lists expanded and quoted),
# (( )) with its spaces, [[ ]] a test at a time, export's and readonly's assignments.
set -x
(( 1 < 2 )); ((a=1)); (( a+=2 ))
for ((i=0;i<1;i++)); do :; done
[[ $a == 3 && -n x ]]
x=(1 2); declare -a y=(3 4); b[2]=x; export E=1
f() { :; }; f; x=$(echo hi); a=1 b=2
case x in x) :;; esac
PS4='+[$LINENO] '
echo traced
declare -a arr=(1 2)
arr[3]=x
x=(a 'b c')
declare -i n=(3); declare -r ro=5
readonly r2=1; local 2>/dev/null
typeset t=2
f() { echo in; }; f
a=2; (( $a + 1 )); for (( i = 0 ; i < 1 ; i++ )); do :; done; ((  a  ))
PS4=
echo a
unset PS4; echo b
PS4="\$x> "; x=1; echo a; (echo b); f() { echo c; }; f; x=$(echo d)
eval "echo e"
PS4="+ "; y=$(echo f; (echo g))
v=foo; x=($v "a b" [3]=z); x+=(q); b[$v]=1; b[1]+=2; declare -a y=($v "a b"); declare -A m=([k]=$v); declare z=1 w=(1); export E=$v; readonly R=1 Q; declare -x D=1
readonly r; r=(1); echo n
r=1; echo n
a=([-5]=1 x)
x=$(echo hi) y=${x}2
x= y=""
local -a w=(1) 2>/dev/null
f() { local -a w=(1 2) q; }; f
PS4=">$((1+1)) ${#PS4} "
echo arith
set +x
echo off
