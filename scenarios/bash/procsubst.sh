# Process substitution: <(list) and >(list) are /dev/fd/N (63 first, then down), the shell's
# end of a pipe to a child running the list; the fd is open for the command that uses the
# word; $! is the child's pid and `wait $!` its status; not recognised in quotes.
# Run by the host's bash too (BashDifferentialTest).
echo <(true) <(true) >(true)
cat <(echo hi)
diff <(printf 'a\nb\n') <(printf 'a\nc\n'); echo "diff $?"
diff <(ls /) <(ls /) && echo "same listing"
while read -r l; do echo "got $l"; done < <(printf '1\n2\n3\n')
n=0; while read -r l; do n=$((n + 1)); done < <(seq 5); echo "counted $n in the shell itself"
cat < <(echo redirected)
read -r v < <(echo value); echo "read $v"
echo hi > >(tr a-z A-Z); wait $!
printf '%s\n' c b a > in.tmp; tee >(sort > sorted.tmp) < in.tmp > /dev/null; wait $!; cat sorted.tmp; rm in.tmp sorted.tmp
x=<(true); echo "x=$x"
echo "x"<(true)"y" 2>(true) {a,b}<(true)
echo "<(true)" '<(true)' \<\(true\) "$(echo '>(true)')"
IFS=/; echo <(true); unset IFS
echo <()x
true <(sleep 0.3; exit 3); wait $!; echo "wait gives $?"
echo <(sleep 0.3; false) > /dev/null; wait $!; echo "status $?"
f() { cat "$1" "$2"; }; f <(echo one) <(echo two)
echo $(cat <(echo nested))
cat <(cat <(echo deeper))
cat <(echo a) <(echo b) <(echo c)
exec 3< <(echo "fd 3 from exec"); cat <&3; exec 3<&-
cat <(
  echo multi
  echo line
)
cat <(nosuchcmd)
case $! in *[!0-9]*|'') echo "bad \$!" ;; *) echo "\$! is a pid" ;; esac
