# Each redirection's word is expanded just before that redirection is done (bash's
# do_redirections): a later word sees the fd an earlier {NAME} put in NAME, a command
# substitution in a word runs with the redirections before it in force, and an ambiguous
# word stops there, those before it done, its message going where fd 2 then goes.
d=/tmp/redirect-order.$$; mkdir "$d"; cd "$d"
exec {a}>f {b}>&$a
echo "a=$a b=$b"
echo hi >&$b; cat f
exec {a}>&- {b}>&-
echo x >g 2>$undefined_word >h
echo "status $?"; ls
echo a 2>e1 >$(echo out; echo "from the substitution" >&2)
echo "e1: $(cat e1)"; cat out
echo b 2>/dev/null >$undefined_word
echo "status $?"
echo c 2>e2 >$undefined_word
echo "status $?, e2: $(cut -d: -f3- e2)"
{ echo d; } 2>e3 >$undefined_word
echo "status $?, e3: $(cut -d: -f3- e3)"
f() { echo "in f"; }
f 2>e4 >$undefined_word
echo "status $?, e4: $(cut -d: -f3- e4)"
cat 2>e5 >$undefined_word
echo "status $?, e5: $(cut -d: -f3- e5)"
v='1 2'
echo y >k >$v >m
echo "status $?"; ls
/bin/true >${zz:=file1}; echo "zz=$zz"
true >${yy:=file2}; echo "yy=$yy"
f >${ww:=file3}; echo "ww=$ww"
x=1; x=2 echo hi >p$x; x=3 cat p1 >q$x; x=4 f >r$x; ls p* q* r*
exec {c}>s {c}>&-; echo "c=$c"

# A command of redirections only runs them in a forked child when one is {NAME} or reads
# into or closes fd 0 (bash's execute_null_command): NAME stays unset in the shell.
{n}>/dev/null; echo "n=$n"
x=1 {m}>/dev/null; echo "m=$m x=$x"
<&-; echo "status $?"; read -r line <<< "stdin is still open"; echo "$line"
</nonexistent/file; echo "status $?"
cd /; rm -r "$d"
