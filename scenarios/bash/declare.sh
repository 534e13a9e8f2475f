# declare and typeset: -r readonly, -x export, +x and +r, -p printing bash's declare lines,
# -g in a function, and a declared NAME local to the function it is declared in; local
# takes the same options.
# Run by the host's bash too (BashDifferentialTest).
declare a=1 b="two words" c='q"$\`'
echo "$a|$b|$c"
declare -p a b c
declare -x e=5; declare -p e
declare -r r=1; declare -p r
declare -rx rx=2; declare -p rx
typeset t=3; typeset -p t
declare -x +x u=4; declare -p u
export v=6; declare +x v; declare -p v
declare -x w; declare -p w
declare -- dd=7; declare -p dd
declare -p nope; echo "nope $?"
declare -p a nope e; echo "some $?"
declare r=2; echo "assign $? $r"
declare +r r; echo "plus-r $?"
declare -r r; echo "again $?"
declare 1x=2; echo "name $?"
f() {
    declare l=local; declare -g g=global; declare -x lx=1; declare -r lr=1
    declare -p l g lx lr
    a=changed
}
f; echo "after [$l] [$g] [$a] [$lx] [$lr]"
declare -p g
lr=free; echo "$lr"
x=outer
h() { local x=inner; k; echo "h sees $x"; }
k() { declare -g x=global; echo "k sees $x"; }
h; echo "top sees $x"
declare -p -x e a rx
declare -r | grep -e ' r=' -e ' rx='
declare -x | grep -e ' e=' -e ' rx='
declare | grep -e '^a=' -e '^b='
# local takes declare's options
m() { local -r mr=1; local -x mx=2; local mz; local +x mx; local -p; local; }
m 2>/dev/null; echo "after m [$mr] [$mx]"
mr=free; declare -p mr
# declared with no value: it exists, unset
declare nv; declare -p nv; echo "[${nv-unset}]"
declare -p | grep -e '^declare -- nv$'
nv=1; declare -p nv; unset nv; declare -p nv; echo "gone $?"
typeset w2; f2() { local w2=in; declare -p w2; }; f2; declare -p w2
# control characters: $'...'
tab=$'a\tb\n'; ctl=$'a\001"b'; declare -p tab ctl; export ctl; export -p | grep ' ctl='
# local -p: the running call's locals only; a local with no value yet is declare -- NAME
x=1; lp() { local y; declare -p y; local -p y x; echo "local -p: $?"; }; lp
