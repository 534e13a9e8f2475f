# trap: the shell's handlers on top of the kernel's (compare: bash 5.2 prints the same).
# A trapped signal runs its commands between two commands, with $? as it was.
trap 'echo caught' INT
kill -INT $$
echo after
trap 'echo "USR1 arrived, \$? is $?"' USR1
false
kill -USR1 $$
echo "\$? after the trap: $?"
trap -p
# Ignored: '' is SIG_IGN, and children inherit it.
trap '' TERM
sh -c 'kill -TERM $$; echo "the child ignored SIGTERM too"'
grep SigIgn /proc/self/status
# Reset: - (or a lone signal name) gives the default back.
trap - INT
trap USR1
trap
# SIGKILL can't be caught: the trap is kept, the kernel never calls it.
{ sh -c 'trap "echo never" KILL; kill -9 $$; echo not reached'; } 2>/dev/null
echo "status $?"
# Bad signal names and usage, with bash's words and statuses.
trap 'echo x' FOO INT; echo "status $?"
trap -p BAR; echo "status $?"
trap 99; echo "status $?"
trap -x; echo "status $?"
trap -l | head -n 2
# EXIT runs when the shell exits, with $? of the last command, and keeps that status.
trap 'echo "exiting with $?"' EXIT
false
