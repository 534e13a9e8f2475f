# Errors read like a Unix shell's; the shell goes on after each.
nosuchcommand
echo "status $?"
| cat
echo "status $?"
echo a && && echo b
echo "status $?"
cat /etc/nonexistent
echo "status $?"
kill 9999
echo "status $?"
cd /nonexistent
echo "status $?"
echo "still here"
# An unterminated quote runs to the end of the script: a syntax error, status 2.
echo 'unterminated
echo "never run"
