# $HOSTNAME and $GROUPS as bash sets them at start-up: the host name (gethostname), and an
# array of the process's groups (getgroups(2)), the real gid first. Assignments to GROUPS are
# ignored, silently; unset makes it an ordinary variable.
[[ $HOSTNAME == "$(uname -n)" ]] && echo "HOSTNAME is the node name"
HOSTNAME=other; echo "$HOSTNAME"
[[ ${GROUPS[0]} == "$(id -g)" ]] && echo "GROUPS[0] is the gid"
[[ ${GROUPS[*]} == "$(id -G)" ]] && echo "GROUPS lists what id -G lists"
d=$(declare -p GROUPS); echo "${d%%\[0\]*}"
all=${GROUPS[*]}
same() { [[ ${GROUPS[*]} == "$all" ]] && echo "$1: status $2, unchanged" || echo "$1: changed"; }
GROUPS=5; same 'GROUPS=5' $?
GROUPS[7]=5; same 'GROUPS[7]=5' $?
GROUPS+=x; same 'GROUPS+=x' $?
GROUPS=9 true; same 'GROUPS=9 true' $?
declare GROUPS=3; same 'declare GROUPS=3' $?
GROUPS=(1 2); echo "not reached"
same 'GROUPS=(1 2)' $?
GROUPS+=(7); echo "not reached"
same 'GROUPS+=(7)' $?
f() { local GROUPS=6; same 'local GROUPS=6' $?; }; f
read GROUPS <<< 4; same 'read GROUPS' $?
read -a GROUPS <<< "4 5"; same 'read -a GROUPS' $?
read a GROUPS b <<< "1 2 3"; same "read a GROUPS b (a=$a b=$b)" $?
mapfile GROUPS < /dev/null; same 'mapfile GROUPS' $?
getopts a GROUPS -a; same 'getopts a GROUPS' $?
for GROUPS in 1 2; do echo "not reached"; done; same 'for GROUPS in' $?
(( GROUPS = 5 )); same '(( GROUPS = 5 ))' $?
let GROUPS=6; same 'let GROUPS=6' $?
echo $(( GROUPS = 5 )) "not reached"
same '$(( GROUPS = 5 ))' $?
declare -a GROUPS=(7); echo "not reached"
same 'declare -a GROUPS=(7)' $?
export GROUPS=8; same 'export GROUPS=8' $?
n=($(id -G)); [[ ${#GROUPS[@]} == "${#n[@]}" ]] && echo "as many as before"
export GROUPS; d=$(declare -p GROUPS); echo "${d%%\[0\]*}"
unset GROUPS; echo "unset: $?"
GROUPS=x; declare -p GROUPS
