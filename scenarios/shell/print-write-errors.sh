# The echo and printf builtins write through the shell's fd 1: a write to a pipe whose reader
# has gone kills the (forked) writer with SIGPIPE, as for any program; with SIGPIPE ignored
# the write fails with EPIPE, said as bash says it, status 1.
{ sleep 1; echo late; } | true; echo "SIGPIPE: ${PIPESTATUS[0]}"
trap '' PIPE
{ sleep 1; echo late; } | true; echo "echo, EPIPE: ${PIPESTATUS[0]}"
{ sleep 1; printf '%s\n' late; } | true; echo "printf, EPIPE: ${PIPESTATUS[0]}"
