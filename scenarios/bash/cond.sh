# [[ ... ]], bash's conditional command: words are expanded but not split or globbed; the
# right side of == and != is a pattern, that of =~ an extended regular expression, quoted
# parts literal in both; && || ! ( ) evaluate from the left and stop early; -eq and its kin
# are arithmetic; file tests, -v VAR and -o OPTION; set -x traces each term; syntax errors
# are bash's, word for word. test and [ take -v and -o too.
# Run by the host's bash too (BashDifferentialTest).
t() { if "$@"; then echo "T  $*"; else echo "F$? $*"; fi; }
x='a b'
star='*'
echo "--- strings and patterns"
[[ $x == 'a b' ]]; echo "quoted: $?"
[[ $x == a* ]]; echo "pattern: $?"
[[ $x == "a*" ]]; echo "quoted star: $?"
[[ $x == "a "? ]]; echo "mixed: $?"
[[ $x = a\ b ]]; echo "backslash: $?"
[[ abc == $star ]]; echo "star from a variable: $?"
[[ abc == "$star" ]]; echo "quoted variable: $?"
[[ * == '*' ]]; echo "not globbed: $?"
[[ b == [abc] && x != [abc] && '[a' == '[a' ]]; echo "brackets: $?"
[[ 5 == [[:digit:]] ]]; echo "class: $?"
[[ a != b ]]; echo "not equal: $?"
[[ $x ]]; echo "lone word: $?"
[[ $unset ]]; echo "lone empty word: $?"
[[ -n $x && -z $unset ]]; echo "-n -z: $?"
[[ a < b && b > a && ! B > a ]]; echo "< >: $?"
[[ ~ == "$HOME" ]]; echo "tilde: $?"
[[ $(echo hi) == h? ]]; echo "substitution: $?"
echo "--- && || ! ( )"
n=0
[[ a == b && $((n += 1)) -eq 1 ]]; echo "and stops: $? n=$n"
[[ a == a || $((n += 1)) -eq 1 ]]; echo "or stops: $? n=$n"
[[ a == b || $((n += 1)) -eq 1 ]]; echo "or goes on: $? n=$n"
[[ ! a == b ]]; echo "not: $?"
[[ ! ! a == b ]]; echo "not not: $?"
[[ a == b && a == b || a == a ]]; echo "&& before ||: $?"
[[ a == b && ( a == b || a == a ) ]]; echo "parentheses: $?"
[[ ( a == a ) && ! ( a == b ) ]]; echo "both: $?"
[[ a == a &&
   b == b ]]; echo "newline after &&: $?"
echo "--- arithmetic"
i=3
[[ 1+1 -eq 2 ]]; echo "1+1 -eq 2: $?"
[[ i -lt 5 && i*2 -ge 6 && $i -ne 4 && i -gt 2 && i -le 3 ]]; echo "names: $?"
[[ 010 -eq 8 && 0x10 -eq 16 ]]; echo "bases: $?"
[[ '' -eq 0 ]]; echo "empty: $?"
[[ 08 -eq 8 ]]; echo "bad number: $?"
[[ 1/0 -eq 1 || a == a ]]; echo "division: $?"
[[ 1 -eq '1 +' ]]; echo "syntax: $?"
echo "--- =~"
[[ 2024-12-06 =~ ^([0-9]+)-([0-9]+) ]]; echo "groups: $? $BASH_REMATCH"
[[ abc =~ b ]]; echo "anywhere: $? $BASH_REMATCH"
[[ a.b =~ ^a"."b$ ]]; echo "quoted dot: $?"
[[ axb =~ ^a"."b$ ]]; echo "quoted dot, x: $?"
[[ axb =~ ^a.b$ ]]; echo "dot: $?"
re='^[[:alpha:]]+[0-9]*$'
[[ abc12 =~ $re ]]; echo "variable: $?"
[[ abc12 =~ "$re" ]]; echo "quoted variable: $?"
[[ 'a b' =~ ^(a b|c)$ ]]; echo "blank in a group: $?"
[[ c =~ ^a|c$ ]]; echo "alternation: $?"
[[ $'a\nb' =~ a.b ]]; echo "dot matches a newline: $?"
[[ $'a\n' =~ a$ ]]; echo "\$ only at the end: $?"
[[ x =~ ^[^a]$ ]]; echo "negated bracket: $?"
[[ 'a\b' =~ 'a\b' ]]; echo "quoted backslash: $?"
[[ nothing =~ z ]]; echo "no match: $? ${BASH_REMATCH-unset}"
bad='('
[[ a =~ $bad ]]; echo "bad regex: $?"
[[ a =~ $bad || a == a ]]; echo "bad regex, or: $?"
[[ a =~ * ]]; echo "nothing to repeat: $?"
echo "--- files"
d=/tmp/cond-scenario.$$
mkdir "$d"
echo data > "$d/f"
: > "$d/empty"
ln -s f "$d/l"
[[ -e $d/f && -f $d/f && -s $d/f && -r $d/f && -w $d/f ]]; echo "-e -f -s -r -w: $?"
[[ -d $d && ! -f $d && -e $d/empty && ! -s $d/empty ]]; echo "-d -s: $?"
[[ -x $d/f ]]; echo "-x: $?"
[[ -a $d/nope ]]; echo "-a: $?"
[[ -L $d/l && -h $d/l && -f $d/l && ! -L $d/f ]]; echo "-L -h: $?"
[[ $d/f -ef $d/l && ! $d/f -ef $d/empty ]]; echo "-ef: $?"
[[ $d/f -nt $d/nope && $d/nope -ot $d/f && ! $d/nope -nt $d/f ]]; echo "-nt -ot: $?"
[[ -p $d/f || -S $d/f || -b $d/f || -c $d/f ]]; echo "-p -S -b -c: $?"
[[ -c /dev/null ]]; echo "-c /dev/null: $?"
[[ -k $d/f || -u $d/f || -g $d/f ]]; echo "-k -u -g: $?"
test "$d/f" -nt "$d/nope"; echo "test -nt: $?"
[ "$d/nope" -ot "$d/f" ]; echo "[ -ot ]: $?"
rm -r "$d"
echo "--- -v -o, and test"
[[ -v x ]]; echo "-v x: $?"
[[ -v nosuch ]]; echo "-v nosuch: $?"
[[ -v 1 ]]; echo "-v 1: $?"
[[ -o errexit ]]; echo "-o errexit: $?"
set -o pipefail
[[ -o pipefail ]]; echo "-o pipefail: $?"
[[ -o nosuch ]]; echo "-o nosuch: $?"
declare -n ref=x
[[ -R ref && ! -R x && -v ref ]]; echo "-R: $?"
t test -R ref
t test -v x
t test -v nosuch
t test -o pipefail
t [ -o pipefail ]
t [ ! -o nounset ]
t [ -v x -a -o pipefail ]
set +o pipefail
t test -o pipefail
echo "--- as a command"
[[ a == a ]] | cat; echo "pipeline: $?"
! [[ a == a ]]; echo "negated: $?"
[[ a == b ]] > /dev/null || echo "redirected: $?"
f() { [[ $1 == yes ]]; }
f yes && echo "function: yes"
f() { [[ ! ( a == "b c" ) && -n $x || x =~ ^(a|b)$ ]] > /dev/null; [[ a ]]; }
type f
(set -e; [[ a == b ]]; echo "not reached"); echo "set -e: $?"
echo "--- set -x"
set -x
[[ $x == "a b" && $x != a* ]]
[[ a.b =~ a"."b || -z $x ]]
[[ ! ( 1+1 -eq 2 ) ]]
[[ x ]]
set +x
echo "--- syntax errors"
for s in '[[ a b ]]' '[[ a == ]]' '[[ -f ]]' '[[ ( a ]]' '[[ a ) ]]' '[[ a << b ]]' \
    '[[ && a ]]' '[[ a ; ]]' '[[ a | b ]]' '[[ a == b c ]]' '[[ ( ) ]]' '[[ a || ( b ]]' \
    '[[ ( -z ) ]]' '[[ a == (b) ]]' '[[ ]]' '[[ ! ]]' '[[ a && ]]' '[[ a == b'; do
    echo "$s"
    ${BASH:-sh} -c "$s" "$0"
done
echo done
