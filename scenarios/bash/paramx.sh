# Parameter expansion operators of bash 5.2, checked against the host's bash: substrings
# ${s:off:len} (of $@ too, where offset 0 is $0), pattern substitution ${s/pat/rep} and its
# //, /#, /% forms (& is the match: patsub_replacement is on by default), case modification
# ^ ^^ , ,, ~ ~~, ${!name}, ${!prefix*}, the @ transformations, the older # % - = ? + forms,
# and the errors (each a one-line message; a bad @ letter ends the script).
show() { printf '%s:' "$#"; printf ' <%s>' "$@"; echo; }
s=abcdef
echo "--- substrings"
echo ${s:1} ${s:1:2} ${s: -2} ${s:(-2)} ${s:-2} ${s::2} ${s:2:-1} ${s:1?2:3} ${s: 1 : 2 }
echo "${s:10}"x ${s: -10:2}x ${s:4:-2}x ${s:6}x
i=1; echo ${s:i:i+1} ${s:$i:$((i*3))} ${s:$(echo 2)}
set -- a 'b c' d e
show ${@:2}
show "${@:2}"
show "${@:1:2}" "${@: -1}" "${@:1:0}" "${@: -2:1}" "${@:9}"
show "${*:2}" ${*:2:2}
[ "${@:0:1}" = "$0" ] && echo '${@:0:1} is $0'
IFS=-; show "${*:1:2}"; unset IFS
echo "--- pattern substitution"
t=aXbXc
echo ${t/X} ${t//X} ${t/X/} ${t//X/-} ${t/#a/A} ${t/%c/C} ${t/#X/Q} ${t/%/E} ${t/#/B} ${t//} ${t/}
u=abc
echo ${u//?/[&]} ${u/b/"&"} ${u/b/\&} ${u/b/\\&} "${u/b/&&}" "${u/b/\&}" "${u/b/"&"}"
r='&'; echo ${u/b/$r} ${u/b/"$r"} "${u/b/$r}"
w=a.b.c; p=.; echo ${w//$p/-} ${w//"."/-} ${w//[.]/-}
q='*'; v='a*b'; echo ${v//"$q"/-} ${v//$q/-} ${u//*/z} ${u/b*/} ${u/""/z} ${u//[ac]/<&>}
w=a/b/c; echo ${w//\//-} ${w//"/"/-} ${w/\/b/X} ${u/b/${u}}
echo "${u/b/\x}" ${u/b/\x} "${u/b/'x'}" ${u/b/'&'} "${u/b/'&'}" ${u/b/\\} "${u/b/\\\\}"
r='a\b'; echo ${u/b/$r} "${u/b/$r}" ${u/b/"$r"}; r='x\\y'; echo ${u/b/$r}; r='\&'; echo ${u/b/$r}
echo "${u/'b'/x}" "${u#'a'}" "${u%'c'}" "${u/b/"x"}" "${u:-'q'}" "${nope:-'q'}" "${u^^'b'}"
p='b*'; echo ${u/$p/-} ${u/"$p"/-} "${u/$p/-}"
s='a b  c'; echo ${s// /_} "${s//  /_}" ${s/ /}
set -- ab cb
show ${@/b/X} "${*/b/Y}" ${@%b} "${@#a}"
unset x; show "${x/a/b}" ${x/a/b}; x=; echo ${x//?/y}x
shopt -u patsub_replacement; echo ${u/b/&} ${u/b/\&}; shopt -s patsub_replacement
shopt patsub_replacement
echo "--- case modification"
s=aBc; echo ${s^} ${s^^} ${s,} ${s,,} ${s~} ${s~~} ${s^^[ab]} ${s,,[A-Z]} ${s^b} ${s^a}
s='hello world'; echo ${s^^o} ${s^} ${s^^*} ${s^^?} "${s^^"o"}"
set -- ab cd; show ${@^} "${*^^}" "${@~~}"
echo "--- transformations"
x="it's a\tb"; echo ${x@Q} ${x@E} ${x@A} ${x@K} "${x@a}"x ${x@U} ${x@u} ${x@L}
x=; show ${x@Q} ${nn@Q} "${nn@Q}" ${nn@A}
export ex=1; readonly ro=2; declare -rx rx=3
echo ${ex@A} ${ro@A} ${rx@A} ${ex@a} ${ro@a} ${rx@a}
declare -i iv=1; declare -l lv=A; declare -n nv=rx; declare -ltx tv=1
echo ${iv@a} ${lv@a} ${nv@a} ${tv@a} ${nv@A} ${lv@A} ${!nv}
x=$'a\nb\001'; echo ${x@Q}
set -- 'a b' c; show ${@@Q} "${*@Q}" "${@@U}"
echo "--- indirection and names"
x=y; y=1; echo ${!x} ${!x:-d} ${!x/1/2} ${!x@Q}
set -- a; x=1; echo ${!x}; x=3; echo ${!x}x
abc1=1 abc2=2 abd=3; show ${!abc*} "${!abc@}" "${!abc*}"
echo "--- the older operators"
f=/home/user/report.tar.gz
echo ${#f} ${f#*/} ${f##*/} ${f%.*} ${f%%.*} ${f#"/home"} ${f%"*"}
echo ${nope-x} ${nope:-x} "${EMPTY-x}" ${EMPTY=} "${EMPTY:-y}" "${f:+set}" "${nope+set}"
echo ${new:=${f##*/}} $new ${new2="a  b"} "$new2"
echo "${nope:-"quoted  word"}" ${nope:-'single  quoted'} ${nope:-$(echo sub)}
echo "--- errors"
s=abc
echo ${s:1:-9}
echo "status $?"
echo ${s:a b}
echo ${s:1:2:3}
echo ${s:(1}
set -- a b; echo ${@:1:-1}
x='a b'; echo ${!x}
echo ${!nope}
# The operators on arrays: per element for [@] and [*], a slice by index for ${a[@]:off:len}.
sp=([0]=a [5]=b [6]=c [9]=d); echo ${sp[@]:1} / ${sp[@]:5:2} / ${sp[@]: -4} / ${sp[@]: -4:1}
echo ${sp[0]@a} ${sp[@]@a} / ${sp[0]@A} / ${sp[@]@Q} / ${sp[@]/?/x} / ${sp[@]^} / ${sp[6]:0:1}
declare -A am=([k]=v); echo ${am[@]@a} ${am[k]@a} ${am[@]:0:1} / ${am[@]@A}
ar=(x y z); echo "${ar[@]:1}" / ${ar[@]:3} / ${ar[@]: -5} / "${ar[@]@A}"
i=1; echo ${ar[i]^^} ${ar[$i]/y/Y} "${ar[*]/#/-}" ${ar[@]#?} ${ar[1]@Q}
printf '<%s>' "${ar[@]/y/&&}" "${ar[@],,[XY]}"; echo
echo ${s:}
echo ${s!}
echo ${nope@Z}x
echo ${s@Z}
echo "not reached"
