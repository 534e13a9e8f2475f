# UID and EUID are the user's ids (readonly integers: declare -ir), whatever user runs the
# script; HOSTTYPE, OSTYPE and MACHTYPE name the machine, as bash's configure set them.
[[ $UID == $(id -u) && $EUID == $(id -u) ]] && echo "ids match id -u"
UID=5
echo "st=$?"
EUID+=1
for v in UID EUID; do d=$(declare -p $v); echo "${d%%=*}"; done
unset UID; echo "st=$?"
echo "$HOSTTYPE $OSTYPE $MACHTYPE"
(( UID >= 0 )) && echo "arithmetic sees it"
