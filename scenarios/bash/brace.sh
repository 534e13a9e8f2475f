# Brace expansion, bash's first expansion: alternatives, nesting, sequences (integers,
# letters, steps, zero-padding), what is not expanded (quoted, escaped, ${...}, a lone {a},
# invalid sequences), where it is done (arguments, for, redirections) and where not
# (assignments, case, here-strings), and set +B / set -B.
# Run by the host's bash too (BashDifferentialTest).
echo a{b,c}d {a,b{1,2}} pre{x,y}post{1,2}
echo {1..10} / {10..1} / {a..e} / {1..10..3} / {10..1..3} / {1..10..-3}
echo {01..10} / {-3..3} / {-05..5} / {08..010} / {a..e..2} / {e..a} / {A..c..5}
echo {1..3}{a,b} / {a..c}{1..2} / a{1..3}b
echo {,} a{,}b {a,} {,b} {a,,b} / {,a}{,b}
echo {a} {} "{a,b}" '{a,b}' \{a,b} {a,b\} {a\,b} {\,,x}
echo {1..a} {a..1} {1..3..x} {a..ee} {1..} {..3} {a..} {1..3..} {1...3}
echo {a,b {a}b,c} x{},a} {{a,b},c} {a,{b}}
echo {9223372036854775806..9223372036854775807} {9223372036854775807..9223372036854775808}
x=1
echo {a,$x} {"a b",c} "a"{b,c}"d" \${a,b} ${x}{y,z} ${x:+{a,b}}
echo $(echo {a,b}) "$(echo {c,d})" {e,f}$(echo g)
{echo,brace,command}
for i in {1..3} {x,y}; do printf '%s ' "$i"; done; echo
n=0; for i in {1..200}; do n=$((n + i)); done; echo "sum $n"
y={a,b}; echo "$y"
declare z={a,b}; echo "$z"
case {a,b} in {a,b}) echo "case: literal" ;; *) echo "case: other" ;; esac
cat <<< {a,b}
echo hi > {q,r}; echo "ambiguous $?"
f() { echo "$# args:" "$@"; }; f {1..3}{a,b}
case $- in *B*) echo "B in \$-" ;; *) echo "no B" ;; esac
set +B
echo {a,b} {1..3}
case $- in *B*) echo "B in \$-" ;; *) echo "no B" ;; esac
set -o braceexpand
echo {a,b} {1..3}
