# A syntax error ends what is being read: a sourced file or eval's text stops there and
# returns 2; the script itself exits with 2 (its EXIT trap runs), as bash does.
printf 'echo in\nif then\necho after-in\n' > /tmp/syntax-error-sourced.sh
trap "rm -f /tmp/syntax-error-sourced.sh; echo bye" EXIT
. /tmp/syntax-error-sourced.sh
echo st=$?
eval "if then"
echo st2=$?
eval $'echo e1\nif then\necho e2'
echo st3=$?
f() { . /tmp/syntax-error-sourced.sh; echo infn=$?; }
f
echo ok )
echo not reached
