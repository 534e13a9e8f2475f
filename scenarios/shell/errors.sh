# Errors read like a Unix shell's; the shell goes on after each (a syntax error would end the
# script: these are eval's).
nosuchcommand
echo "status $?"
eval '| cat'
echo "status $?"
eval 'echo a && && echo b'
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
