# coproc [NAME] command: the command runs in the background with its stdin and stdout on
# pipes; the shell's ends (moved high, as bash's sh_openpipe: 63 and 60 first) are in NAME
# (COPROC by default), the pid in NAME_PID and $!. Each reply is read before the next step,
# and the pid kept before the coprocess can end: the shell unsets NAME once it has reaped it
# (bash does that as soon as it notices, so nothing here looks at NAME in between).
coproc cat
echo "fds ${COPROC[@]}"
[ "$!" = "$COPROC_PID" ] && echo "\$! is the pid"
echo hello >&${COPROC[1]}
read -u ${COPROC[0]} line
echo "got $line"
jobs
pid=$COPROC_PID
w=${COPROC[1]}
exec {w}>&-
wait $pid
echo "wait $?"
declare -p COPROC COPROC_PID
coproc UP { while read -r l; do echo "${l^^}"; done; }
echo "UP ${UP[@]}"
echo abc >&${UP[1]}
read -u ${UP[0]} line
echo "$line"
exec 3>&2 2>/tmp/coproc-err
coproc cat
exec 2>&3 3>&-
read -r msg < /tmp/coproc-err
echo "${msg/\[*:/[PID:}"
echo "new ${COPROC[@]}, UP still ${UP[@]}"
p1=$UP_PID p2=$COPROC_PID
w=${UP[1]}; exec {w}>&-
exec {COPROC[1]}>&-
wait $p1 $p2
echo "waited $?"
coproc 1x { :; }
echo "status $?"
coproc EX { read n; exit $n; }
p=$EX_PID
echo 7 >&${EX[1]}
wait $p
echo "status $?"
f() { coproc cat; coproc X { cat; } 2>/dev/null; }
declare -f f
type coproc
rm -f /tmp/coproc-err
