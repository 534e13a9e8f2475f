# times: the shell's user and system time, then its waited-for children's, from getrusage(2).
times > before
sh -c 'i=0; while [ $i -lt 3000 ]; do i=$((i+1)); done'
times > after
n=0
while read -r user sys; do
    [[ $user =~ ^[0-9]+m[0-9]+\.[0-9]{3}s$ && $sys =~ ^[0-9]+m[0-9]+\.[0-9]{3}s$ ]] && n=$((n+1))
done < <(cat before after)
echo "lines in bash's format: $n of 4"
ms() { local t=${1%s} m s; m=${t%%m*}; s=${t#*m}; echo $(( m * 60000 + ${s%.*} * 1000 + 10#${s#*.} )); }
{ read -r _; read -r cu0 cs0; } < before
{ read -r _; read -r cu1 cs1; } < after
(( $(ms $cu1) + $(ms $cs1) > $(ms $cu0) + $(ms $cs0) )) && echo "the children's time grew by the loop"
times extra words | wc -l
times -x
echo "status $?"
