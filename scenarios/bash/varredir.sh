# bash 5.2's {NAME} redirections: the shell opens the file on the lowest free fd from 10 up and
# stores its number in NAME; {NAME}>&- closes the fd NAME holds. Such an fd stays open after
# any command the shell runs itself (not only exec); a close is undone like any other.
exec {fd}>/tmp/varredir-x
echo "fd=$fd"
echo hello >&$fd
cat /tmp/varredir-x
exec {fd}>&-
echo lost >&$fd
echo "status $?"
: {a}>/tmp/varredir-y {b}</tmp/varredir-x
echo "a=$a b=$b"
exec {c}<>/tmp/varredir-z {d}>&1
echo "c=$c d=$d"
echo via d >&$d
true {d}>&-
echo still open >&$d
exec {d}>&- {c}>&- {b}>&- {a}>&-
unset e
exec {e}>&-
echo "st=$?"
e=" 12 "
exec {e}>&-
echo "st=$?"
exec {f}>/nonexistent/x
echo "st=$? f=$f"
readonly r
exec {r}>/tmp/varredir-x
echo "st=$?"
exec {y}>&99
echo "st=$? y=$y"
{ echo in group; } {g}>/tmp/varredir-w
echo "g=$g"
h() { echo func; }
h {h}>/tmp/varredir-w
echo "h=$h"
exec {g}>&- {h}>&-
cat </dev/null {v}>/tmp/varredir-w
echo "v=$v"
(exec {u}>/tmp/varredir-w; echo "u=$u")
exec {p}< <(echo from a substitution)
read -u $p line
echo "p=$p: $line"
exec {p}<&-
exec {q}<<END
from a here-document
END
read -u $q line
echo "q=$q: $line"
exec {q}<&-
exec 3<>/tmp/varredir-rw
echo rw >&3
exec 3>&-
cat /tmp/varredir-rw
f() { cat {x}>/tmp/varredir-w {y}<>/tmp/varredir-w {z}>&2 <&$x >&$y {x}>&-; }
declare -f f
arr=(x y)
exec {arr[1]}>/tmp/varredir-x {m[1+1]}>&1
declare -p arr m
echo "into arr[1]" >&${arr[1]}
cat /tmp/varredir-x
exec {arr[1]}>&- {m[2]}>&-
exec {m[5]}>&-
echo "status $?"
rm -f /tmp/varredir-[xyzwr]*
