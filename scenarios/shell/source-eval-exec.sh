# . (or source) runs a file's commands in this shell: its variables and functions stay.
cat > /tmp/lib.sh <<'EOF'
LIB_VERSION=1.2
say() { echo "[lib] $*"; }
echo "lib.sh loaded with $# arguments"
EOF
. /tmp/lib.sh
say "version $LIB_VERSION"
source /tmp/lib.sh one two
# return leaves a sourced file early, with a status.
printf 'echo "checking"\nreturn 3\necho "not reached"\n' > /tmp/check.sh
. /tmp/check.sh; echo "status $?"
. /tmp/missing.sh; echo "status $?"
# eval joins its arguments and runs them as a command line.
var=greeting; eval "$var='hello from eval'"; echo "$greeting"
cmd='for i in 1 2 3; do printf "%s " $i; done; echo'
eval "$cmd"
eval 'if'; echo "status $?"
# exec with only redirections changes the shell's own file descriptors for good.
exec 3> /tmp/log
echo "first entry" >&3
echo "second entry" >&3
exec 3>&-
cat /tmp/log
echo "to the closed fd" >&3
# exec COMMAND replaces the shell: nothing after it runs, its status is the script's.
exec sh -c 'echo "sh replaced the script; exiting 7"; exit 7'
echo "not reached"
