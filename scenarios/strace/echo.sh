# strace of echo: the execve, the one write (its "hi" reaches the terminal first, as the
# trace is read after the call), exit_group and the exit. Compare shared/reference/strace-echo-hi.txt.
strace echo hi
echo "status $?"
