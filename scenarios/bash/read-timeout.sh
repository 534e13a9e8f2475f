# read -t SECONDS: a read that waits longer gives up with 142, keeping what it had read;
# -t 0 only asks whether input is waiting; bad timeouts. The margins are wide, since the
# same script runs under the host's bash in real time.
{ sleep 2; echo late; } | { read -t 0.5 x; echo "st=$? [$x]"; }
{ printf 'part'; sleep 2; echo rest; } | { read -t 1 x; echo "st=$? [$x]"; }
echo now | { read -t 2 x; echo "st=$? [$x]"; }
read -t 0 x < /dev/null; echo "zero-null $?"
echo hi | { sleep 1; read -t 0; echo "zero-avail $?"; read y; echo "[$y]"; }
{ sleep 1; echo z; } | { read -t 0; echo "zero-none $?"; }
read -t abc x; echo "bad $?"
read -t -1 x; echo "neg $?"
read -t .5 x < /dev/null; echo "frac $?"
