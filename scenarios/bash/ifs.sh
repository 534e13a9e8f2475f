# IFS: field splitting of unquoted expansions, "$*" and read, as bash 5.2 does them, checked
# against the host's bash. Unset, default, empty, whitespace-only and other IFS values; empty
# fields between non-whitespace delimiters; $(...), $((...)), $@ and $*; IFS=... before read.
show() { printf '%s:' "$#"; printf ' <%s>' "$@"; echo; }
x='  a  b	c  '
show $x
IFS=:
x=a::b
show $x
show $x:
x=:a:b:
show $x
show ${x}c
x=:
show $x
show $(echo 'p:q::r:')
show $((12))1
IFS=1
show $((3 * 7 + 100))
IFS=' :'
x=' : a : : b  c '
show $x
IFS=$'\n'
x=$'one two\nthree\n\nfour\n'
show $x
IFS=
x='  a b  '
show $x
show $y
echo "--- \$* and \$@"
set -- a '' 'b c' ':d'
IFS=:
show $@
show $*
show "$*"
show "$@"
j=$*
echo "[$j]"
j=$@
echo "[$j]"
IFS=-+
echo "[$*]" "[${*}]"
IFS=
echo "[$*]"
show $*
show $@
unset IFS
echo "[$*]"
show $*
x='a  b'
show $x
IFS=$' \t\n'
show $x
echo "--- read"
IFS=: read a b c <<< "x:y:z"
echo "[$a][$b][$c]"
echo "IFS after: [${IFS-unset}]"
IFS=: read a b <<< "x:y:"
echo "[$a][$b]"
IFS=: read a b <<< "x:y:z:"
echo "[$a][$b]"
IFS=: read a b <<< "x::"
echo "[$a][$b]"
IFS=: read a b c <<< "::"
echo "[$a][$b][$c]"
IFS=: read a b <<< ":x"
echo "[$a][$b]"
IFS=': ' read a b <<< " x : y :  "
echo "[$a][$b]"
IFS= read -r line <<< "  two  blanks  "
echo "[$line]"
read line <<< "  two  blanks  "
echo "[$line]"
read a b <<< "  x   y  z  "
echo "[$a][$b]"
IFS=: read a b <<< 'a\:b:c'
echo "[$a][$b]"
IFS=: read -r a b <<< 'a\:b:c'
echo "[$a][$b]"
IFS=,
read a b <<< "1,2,3"
echo "[$a][$b]"
printf 'k1=v1\nk2=v2\n' | while IFS== read -r k v; do echo "$k -> $v"; done
echo "IFS still: [$IFS]"
