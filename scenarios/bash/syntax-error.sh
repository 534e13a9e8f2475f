# A syntax error ends what is being read: a sourced file or eval's text stops there and
# returns 2; the script itself exits with 2 (its EXIT trap runs), as bash does.
mkdir /tmp/syntax-error.$$ && cd /tmp/syntax-error.$$ && printf 'echo in\nif then\necho after-in\n' > sourced.sh
trap "cd /; rm -r /tmp/syntax-error.$$; echo bye" EXIT
. ./sourced.sh
echo st=$?
eval "if then"
echo st2=$?
eval $'echo e1\nif then\necho e2'
echo st3=$?
f() { . ./sourced.sh; echo infn=$?; }
f
echo ok )
echo not reached
