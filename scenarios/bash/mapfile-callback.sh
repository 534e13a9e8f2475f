# mapfile -u FD reads FD; -C CALLBACK runs every -c QUANTUM-th line with the line's index and the
# line, before the line is stored; bash's errors for a bad fd or quantum; read -u FD too.
printf '%s\n' a b c d e > /tmp/mapfile-in.txt
exec 3< /tmp/mapfile-in.txt
mapfile -u 3 arr; declare -p arr
exec 3<&-
cb() { echo "cb: $1 <$2> n=${#arr[@]}"; }
mapfile -t -C cb -c 2 arr < /tmp/mapfile-in.txt
mapfile -s 1 -O 3 -C cb -c 1 -t arr < /tmp/mapfile-in.txt; declare -p arr
mapfile -C "echo X" -c 3 -n 4 z < /tmp/mapfile-in.txt; declare -p z
mapfile -C cb z < /tmp/mapfile-in.txt
mapfile -u x z; echo $?
mapfile -u -1 z; echo $?
mapfile -c x z; echo $?
mapfile -c 0 z; echo $?
readonly ro; mapfile -u 9 ro; echo $?
mapfile ro < /tmp/mapfile-in.txt; echo $?
mapfile -C "echo \"it's\"" -c 2 < /tmp/mapfile-in.txt; declare -p MAPFILE
readarray -t -n 2 r < /tmp/mapfile-in.txt; declare -p r
printf 'x;y;z' | { readarray -d ';' -C 'echo at' -c 1 p; declare -p p; }
exec 4< /tmp/mapfile-in.txt
read -u 4 first; mapfile -t -u 4 rest; echo "$first / ${rest[*]}"
read -u 9 v; echo "st=$?"
read -u x v; echo "st=$?"
rm -f /tmp/mapfile-in.txt
