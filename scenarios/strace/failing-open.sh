# A failing open shows its errno as strace prints it; strace exits as the program did.
strace -e trace=open,write,exit_group cat /etc/nope
echo "status $?"
# A program that is not there: strace's own message, status 1.
strace nope
echo "status $?"
strace -e trace=frob true
echo "status $?"
