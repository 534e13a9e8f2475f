# The bench scripts' rows (sourced by bench/shell.sh and bench/startup.sh): name, N, the script
# with @N@ for N. `loop_file DIR NAME N` writes row NAME at size N into DIR and prints its path.
declare -A size script
row() { size[$1]=$2; script[$1]=$3; }
row test-loop 20000 'i=0; while [ $i -lt @N@ ]; do i=$((i + 1)); done; echo $i'
row arith-loop 300000 'i=0; while (( i < @N@ )); do (( i++ )); done; echo $i'
row function-loop 200000 'f() { x=$1; }; i=0; while (( i < @N@ )); do f $i; (( i++ )); done; echo $i'
row append-loop 20000 's=; i=0; while [ ${#s} -lt @N@ ]; do s="${s}x"; i=$((i + 1)); done; echo ${#s}'
row append-builtin 20000 's=; i=0; while (( i < @N@ )); do s="${s}x"; (( i++ )); done; echo ${#s}'
row echo-loop 20000 'for ((i = 0; i < @N@; i++)); do echo $i; done > /dev/null; echo $i'
row printf-loop 20000 'for ((i = 0; i < @N@; i++)); do printf "%d\\n" $i; done > /dev/null; echo $i'
row bg-jobs 10000 'for i in $(seq @N@); do sleep 2 & done; echo started'

# posix NAME: whether dash runs the row (it has no (( )))
posix() { [[ $1 == test-loop || $1 == append-loop || $1 == bg-jobs ]]; }

loop_file() {
    local f=$1/$2.$3.sh
    [[ -f $f ]] || printf '%s\n' "${script[$2]//@N@/$3}" >"$f"
    echo "$f"
}
