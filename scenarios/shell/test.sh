# test and [ are shell builtins, as in bash: exit status 0 is true, 1 false, 2 an error.
[ -d /tmp ] && echo "/tmp is a directory"
[ -f /etc/passwd ] && echo "/etc/passwd is a regular file"
[ -e /nonexistent ] || echo "/nonexistent does not exist"
test -r /etc/passwd && echo "/etc/passwd is readable"
[ -w /etc/passwd ] || echo "/etc/passwd is not writable by user"
[ -x /bin/ls ] && echo "/bin/ls is executable"
[ -s /etc/hostname ] && echo "/etc/hostname is not empty"
[ -z "" ] && [ -n "x" ] && echo "empty and non-empty strings"
[ abc = abc ] && [ abc != abd ] && echo "string comparisons"
[ 10 -gt 9 ] && [ 3 -le 3 ] && echo "integer comparisons"
[ ! -d /etc/passwd ] && echo "negation"
[ -d /tmp -a -f /etc/passwd ] && [ -d /nope -o -d /tmp ] && echo "-a and -o"
[ \( 1 -eq 2 \) -o \( 2 -eq 2 \) ] && echo "parentheses"
# Mistakes are status 2, with bash's messages.
[ a -lt 1 ]; echo "status $?"
[ a b c ]; echo "status $?"
[ 1 = 1; echo "status $?"
# The builtins, and /bin/[ for whoever runs it by path (its messages carry its own name).
type [ test
/bin/[ -d /tmp ] && echo "/bin/[ agrees"
/bin/[ a -lt 1 ]; echo "status $?"
# seq counts: LAST, FIRST LAST, FIRST INCREMENT LAST; -s separator, -w equal width.
seq 3
seq -s ' ' 2 2 10
seq -w 8 11
seq 5 -2 1
seq x; echo "status $?"
