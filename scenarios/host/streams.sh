# A script run from the host: fd 1 is the host's stdout, fd 2 its stderr, and when both go
# to one place (a terminal, 2>&1) they arrive in the order written.
echo to stdout
echo to stderr >&2
ls /nonexistent
echo via /dev/stderr > /dev/stderr
echo via /dev/stdout > /dev/stdout
echo via /dev/fd/2 > /dev/fd/2
echo via /proc/self/fd/1 > /proc/self/fd/1
echo x > /dev/fd/9
echo "a closed fd is no file: $?"
# The script comes on stdin, read a line at a time, so a command that reads stdin takes the
# lines that follow it, as with bash < script.
read line
this line is read by read, not run
echo "read: $line"
read -r a b
two words
echo "a=$a b=$b"
# /dev/tty is the session's terminal (tty1), whatever the streams are.
[ -c /dev/tty ] && echo "/dev/tty is a terminal"
[ -t 1 ] || echo "stdout is not a terminal"
# A bare name in arithmetic reads the variable, the special ones too.
RANDOM=7; a=$((RANDOM % 6)); RANDOM=7; b=$(($RANDOM % 6)); [ "$a" = "$b" ] && echo "RANDOM % 6 = \$RANDOM % 6"
cat
everything left is cat's
echo "never run"
