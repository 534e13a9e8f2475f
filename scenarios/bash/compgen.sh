# compgen, complete and compopt: programmable completion's builtins, as bash 5.2 has them.
# compgen -W: the words are split at IFS, then expanded (braces, parameters, command
# substitution, quote removal; no pathnames), in their own order; WORD keeps those it starts.
compgen -W "alpha beta gamma" -- b
echo "status $?"
compgen -W "b2 a b1"
compgen -W "a b" -- c
echo "none: $?"
X="p q"
compgen -W '$X {a,b} * "s t" a\ b $(echo u v)'
IFS=: compgen -W "a:b c"
# The actions that name the shell's own things (sorted, or in bash's table order).
cg_f() { :; }
cg_g() { :; }
compgen -A function cg_
cgvar_a=1 cgvar_b=2
export cgexp_x=1
compgen -v cgvar
compgen -e cgexp
declare -a cgarr=(1 2)
compgen -A arrayvar cgar
alias cgal1=ls cgal2=ls
compgen -a cgal
compgen -k
compgen -k -P '<' -S '>' i
compgen -A signal
compgen -b comp
compgen -A helptopic comp
compgen -c compg
compgen -A setopt pipe
compgen -A shopt patsub
enable -n echo
compgen -A disabled
enable echo
compgen -A enabled ech
compgen -u roo
compgen -g roo
sleep 1 &
compgen -j
compgen -A running
compgen -A stopped
echo "stopped: $?"
wait
# -X removes what its pattern matches ('!' keeps it instead; '&' is the word).
compgen -W "a.sh b.txt c.sh" -X '!*.sh'
compgen -W "a.sh b.txt c.sh" -X '*.sh'
compgen -W "ab ac ba" -X '!&c' a
# Files and directories, through the kernel (one entry matches each, whatever the order).
d=/tmp/miniunix-compgen-$$
mkdir "$d" "$d/sub"
: > "$d/only.sh"
cd "$d"
compgen -f o
compgen -d s
compgen -A directory -A file s
compgen -f sub/
echo "empty directory: $?"
compgen -X '!*.sh' -f
compgen -G '*.sh'
compgen -f "$d/o" | while read -r f; do echo "${f#"$d"}"; done
compgen -o default -W nope o
compgen -o bashdefault -W nope '$cgvar'
compgen -o bashdefault -W nope '~roo'
compgen -o bashdefault -W nope o
echo "bashdefault, no file: $?"
compgen -o bashdefault -o default -W nope o
compgen -o dirnames -W x s
compgen -o plusdirs -W zz z
compgen -o plusdirs -W zz s
cd /
rm -r "$d"
# -F runs the function in the shell; its COMPREPLY is the list (not filtered by WORD).
cg_h() {
    echo "cg_h: $# <$1> <$2> <$3> cword=$COMP_CWORD point=$COMP_POINT line=<$COMP_LINE>"
    COMPREPLY=(one two)
}
compgen -F cg_h -- w
echo "status $?"
echo "after: ${COMP_CWORD-unset} ${COMPREPLY-unset}"
compgen -W "a b" -F cg_nosuch
cg_e() { COMPREPLY=(); }
compgen -F cg_e
echo "empty: $?"
compgen -C 'echo hi; echo there' -- w
compgen -W 'a b' -F cg_h -X '!t*' -P '<' x
cg_r() { compopt -o nospace; echo "compopt: $?"; COMPREPLY=(r); }
compgen -F cg_r
# Errors.
compgen -Z
echo "status $?"
compgen -A frob
echo "status $?"
compgen -o frob
echo "status $?"
compgen -o
compgen -p
compgen
echo "no options: $?"
# complete stores a spec per name; -p prints them as bash's hash table lists them.
for n in foo bar baz git ls make ssh cd x y z a1 a2 a3 kill man; do complete -W "$n" "$n"; done
complete -D -W d
complete -E -W e
complete -I -W i
complete -W again foo
complete -p
complete -r ls
complete -W ls ls
complete
complete -o nosort -o noquote -o bashdefault -o default -o dirnames -o filenames -o nospace \
    -o plusdirs -abcdefgjksuv -A arrayvar -A binding -A disabled -A enabled -A function \
    -A helptopic -A hostname -A running -A setopt -A shopt -A signal -A stopped -G "g*" \
    -W "a b" -P "p'" -S s -X x -C cmd -F fn foo
complete -p foo
complete -W "" e1
complete -P "" e2
complete e3
complete -p e1 e2 e3 nope
echo "status $?"
compopt e3
complete -F f -A file e4
complete -p e4
complete -r e4 e1 zz
echo "status $?"
complete -pr e2
complete -p -D
complete -r -D
complete -p -D
echo "status $?"
compopt -D
compopt -I -o nospace
complete -DE -W b
complete -p -D -E
complete -W a
echo "status $?"
complete -A
complete -o bad foo
echo "status $?"
compopt -o nosort -o nospace foo
compopt foo
compopt +o nospace foo
complete -p foo
compopt +x foo
compopt +o
compopt -o bad foo
echo "status $?"
compopt
echo "status $?"
complete -- -W a
complete -p -- -W a
complete -r
complete -p
echo "all removed: $?"
