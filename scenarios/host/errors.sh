# Errors are one line on stderr each, in bash's words, and the script goes on (a syntax error
# would end it: this one is eval's).
eval 'if true; then fi'
echo "syntax error: status $?"
nosuchcommand
echo "status $?"
sh -c
echo "sh -c with no string: status $?"
sh -c 'echo ${u:?is not set}; echo not reached'
echo "sh -c, \${u:?}: status $?"
sh -c 'set -u; echo $u; echo not reached'
echo "sh -c, set -u: status $?"
cat /dev/fd/7
echo ${unset:?ends the script}
echo "not reached"
