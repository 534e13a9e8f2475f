# pushd, popd and dirs as bash 5.2: the stack printed after each change, ~ for $HOME (not with
# dirs -l), dirs -v and -p, +N and -N counting from either end, -n, DIRSTACK, the messages
# and statuses. Run by the host's bash too (BashDifferentialTest): HOME is the scenario's own
# directory, so what is printed does not show its name.
base=/tmp/dirstack-scenario-$$
HOME=$base
mkdir -p "$base/a" "$base/b"
long() { local d; d=$(dirs -l "$@"); echo "${d//$base/BASE}"; }
cd /
dirs; echo "dirs $? ${DIRSTACK[*]} ${#DIRSTACK[@]}"
pushd /usr; echo "pushd $? $PWD $OLDPWD"
pushd "$base/a"; echo "pushd $? ${PWD#$base}"
pushd /tmp
dirs; long; dirs -v; long -p
dirs +0; dirs -0; dirs +3; dirs -1; long -1; long -v +1
dirs -v +2
echo "${DIRSTACK[0]} ${DIRSTACK[3]} ${#DIRSTACK[@]}"
pushd; echo "${PWD#$base}"
pushd >/dev/null; echo "swap back: $PWD"
pushd +2; echo "$PWD"
pushd -0; echo "${PWD#$base}"
pushd -n "$base/b"; echo "${PWD#$base}"
pushd -n; echo "pushd -n $?"
dirs -c; dirs
pushd -n rel
popd -n; echo "popd -n $?"
cd "$base"
pushd a >/dev/null; pushd ../b >/dev/null; pushd / >/dev/null
dirs
popd; echo "${PWD#$base}"
popd +1; echo "${PWD#$base}"
pushd -n /usr
popd -1
popd >/dev/null; echo "popd $? ${PWD#$base}"
popd; echo "popd $?"
pushd; echo "pushd $?"
dirs +1; echo "dirs $?"
pushd /usr >/dev/null
dirs +5; echo "dirs $?"
dirs -5; echo "dirs $?"
pushd +3; echo "pushd $?"
popd -2; echo "popd $?"
pushd /nope; echo "pushd $?"
pushd a b; echo "pushd $?"
pushd -x; echo "pushd $?"
popd -x; echo "popd $?"
popd x; echo "popd $?"
dirs -x; echo "dirs $?"
dirs x; echo "dirs $?"
dirs -c x; echo "dirs $? $(dirs)"
suspend; echo "suspend $?"
suspend -x; echo "suspend $?"
suspend a; echo "not reached"
echo "suspend $?"
( pushd / >/dev/null; dirs ); dirs
HOME=/; long; d=$(dirs); echo "${d//$base/BASE}"
cd /
rm -r "$base"
m=$(pushd "$base" 2>&1); echo "${m//$base/BASE}"
m=$({ popd; popd; echo "popd $? $PWD"; } 2>&1); echo "${m//$base/BASE}"
