# Indexed and associative arrays, as bash 5.2 has them: compound assignment, elements by
# index (arithmetic, negative from the end) or key, sparse arrays, += appends, the
# expansions ${a[i]} ${a[@]} ${a[*]} ${#a[@]} ${!a[@]} and the operators per element,
# declare/local/readonly -a and -A, declare -p's lines, unset of an element, a[i] in
# arithmetic, and bash's messages for bad subscripts and conversions.
# Run by the host's bash too (BashDifferentialTest).
a=(x y z); declare -p a
a[1 + 1]=q; declare -p a
echo "$a" ${a[1]} ${#a[@]} ${#a[1]} ${a[-1]} ${a[-3]}
b=([3]=x [7]=y); b+=(more); declare -p b
echo "${!b[@]}" "${b[@]}"
b[-1]=last; b[2]+=add; b[2]+=ed; declare -p b
c=("p q" "" r)
printf '[%s]' "${c[@]}"; echo
printf '[%s]' ${c[@]}; echo
printf '[%s]' "${c[*]}"; echo
IFS=:; printf '[%s]' "${c[*]}" "${!c[*]}"; echo; unset IFS
e=(); printf '[%s]' "${e[@]}" "${e[*]}"; echo " ${#e[@]}"; declare -p e
i=1; echo ${a[i]} ${a[$i]} ${a[i+1]} ${a["$i"]}
for w in "${c[@]}"; do echo "<$w>"; done
echo "${a[@]#?}" "${c[@]%q}" "${a[*]%?}"
echo "${a[0]:-def}" "${nope[@]:-def}" "${a[5]-unset}" "${a[@]:+alt}"
x=scalar; x[2]=y; declare -p x
x=again; echo "${x[@]}"
s=5; s+=6; s+=(7); declare -p s
unset 'a[0]'; declare -p a; echo ${#a[@]}
unset 'a[-1]'; declare -p a
unset a; declare -p a
# arithmetic
n=(1 2 3); (( n[1] += 10, n[5] = n[0] + n[-1] )); declare -p n
j=0; (( n[j++]++ )); echo "$j ${n[0]} $(( n[1] * 2 ))"
# associative arrays
declare -A m; m[k]=v; m[other key]=w; m["x y"]+=z; declare -p m
echo "${m[k]}" "${m[other key]}" "${#m[@]}"
for k in "${!m[@]}"; do echo "$k=${m[$k]}"; done
declare -A m2=([one]=1 [two]=2 [three]=3); m2+=([four]=4 [one]=uno); declare -p m2
m2=(a 1 b); declare -p m2
unset 'm2[a]'; declare -p m2
declare -A em; declare -p em; em[q]=1; declare -p em
# declare, local, readonly
declare -a d1 d2=(1 2); declare -p d1 d2
f() { local -a la=(in side); local -A lm=([k]=local); declare lz=(z); declare -p la lm lz; a=changed; }
la=(out); f; declare -p la; echo "lm=${lm[0]-none}"
readonly -a ro=(1 2); declare -p ro
ro[0]=3; echo "status $?"
echo next
# bad input
b[-20]=x; echo "not here"
echo "after $?"
declare -A b; echo "convert $?"
declare -a m; echo "convert $?"
m=([a]=1 plain); declare -p m
unset 'b[-30]'; echo "unset $?"
echo ${b[-30]}; echo "expand $?"
# read -a, mapfile and readarray
echo "one  two three" | { read -a words; declare -p words; }
IFS=: read -r -a parts <<< "a::b:"; declare -p parts
printf 'a\nb\nc' | { mapfile -t -s 1 lines; declare -p lines; }
printf 'a\nb\n' | { readarray kept; declare -p kept; }
printf 'a,b,c' | { mapfile -d , -t csv; declare -p csv; }
w=(0 1 2 3); printf 'p\nq\n' | { mapfile -O 1 -t w; declare -p w; }
printf '1\n2\n3\n' | { mapfile -n 2 -t two; declare -p two; read rest; echo "rest=$rest"; }
printf 'x\n' | { mapfile; declare -p MAPFILE; }
mapfile -t 1x </dev/null; echo "name $?"
mapfile -n x q </dev/null; echo "count $?"
# PIPESTATUS is an array
true | false | true; echo "${PIPESTATUS[@]} ${#PIPESTATUS[@]} ${!PIPESTATUS[*]}"
false; declare -p PIPESTATUS
# BASH_REMATCH is an array of the match and its groups
[[ 2024-12-06 =~ ^([0-9]+)-(x)?([0-9]+) ]]; declare -p BASH_REMATCH
[[ nothing =~ z ]]; declare -p BASH_REMATCH
