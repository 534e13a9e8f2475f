# declare/typeset/local attributes, as bash 5.2: -i (each assignment evaluated as arithmetic,
# += adds), -l and -u (case on assignment), -t (kept and shown), -n (namerefs), their +
# forms; declare -p in bash's order (i n r t x l u); -f and -F (functions), readonly -f and
# export -f; PPID is bash's readonly integer. Bad input gets bash's messages.
# Run by the host's bash too (BashDifferentialTest).
echo '--- -i'
declare -i n
n=2+3; echo "n=$n"
n=n*2; echo "n=$n"
declare n+=5; echo "n=$n"
read n <<< "3*4"; echo "read n=$n"
for n in 1+1 7%4; do echo "for n=$n"; done
v=6; n=v; echo "name n=$n"
n=nosuch; echo "unset name n=$n"
let n+=1; echo "let n=$n"
: ${m:=1}; declare -i m; declare m+=1; echo "m=$m"
declare -p n
s=2+3; declare -i s; echo "s=$s (not evaluated when -i is given)"
declare +i n; n=1+1; echo "after +i n=$n"; declare -p n
echo '--- -l -u'
declare -l lo=HeLLo; declare -u up=world; echo "$lo $up"
declare lo+=" AGAIN"; echo "$lo"
declare -u lo; lo=mixed; echo "$lo"
declare -lu both=MiXed; declare -p lo up both
x=AbC; declare -l x; echo "$x (not changed by -l)"
echo '--- -t and the order of declare -p'
declare -t t=1; declare -p t
declare -itlxr all=7; declare -p all
declare -il il=3; declare -p il
declare -ux ux=a; declare -p ux
echo '--- -n'
target=1
declare -n ref=target
echo "ref=$ref"
ref=2; echo "target=$target"
read ref <<< "from read"; echo "target=$target"
(( ref = 40 + 2 )); echo "target=$target ${#ref}"
declare -p ref target
declare -i ref; declare -p target
unset ref; declare -p ref; echo "target=${target-unset}"
target=back; unset -n ref; declare -p target; declare -p ref
declare -n r2; declare -p r2; r2=target; declare -p r2; echo "r2=$r2"
declare +n r2; declare -p r2
declare -n r3=target; declare -n r3=other; declare -p r3
echo '--- locals'
declare -i g=5
f() { local -i g=2*3; local -u w=low; declare -p g w; }
f; declare -p g; declare -p w
f2() { local g; g=1+1; echo "plain local g=$g"; }
f2; echo "g=$g"
echo '--- functions'
a() { echo a; }
b() { echo b; }
export -f a
readonly -f b
declare -F
declare -f
declare -f b a
declare -F a; declare -Fp a
echo '- export -f'
export -f
echo '- readonly -f'
readonly -f
declare -fx b; declare -F b; declare -Fp b
export -fn a; declare -Fp a
declare -f nosuch; echo "status $?"
declare -F a nosuch; echo "status $?"
echo '--- PPID'
p=$(declare -p PPID); echo "${p%%=*}"
unset PPID; echo "status $?"
echo '--- errors'
declare -z; echo "status $?"
declare -n bad=1x; echo "status $?"
declare -n self=self; echo "status $?"
export -f nosuch; echo "status $?"
readonly -f nosuch; echo "status $?"
unset -f b; echo "status $?"
b() { echo new b; }; echo "status $?"
b
declare -i e
( e=1+; echo "not reached" ); echo "subshell $?"
( declare -i e2=2*; echo "not reached" ); echo "subshell $?"
( read e <<< "1+"; echo "not reached" ); echo "subshell $?"
nv=1; declare -n nv; echo "status $?"; declare -p nv
declare -rn rn=rt; rn=1; echo "rt=$rt"; declare -n rn=other; echo "status $?"
echo done
