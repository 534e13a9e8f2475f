# Line numbers: $LINENO, and the "line N: " of a non-interactive shell's errors (bash's
# error_prolog), counted in the script read from stdin. Run by the host's bash too
# (BashDifferentialTest), so each line number below is bash's.
echo "top $LINENO"
nosuch
cd /nonexistent-dir
f() {
  echo "in f $LINENO"
  nosuch-in-f
  local 1x=2
}
f
echo "multi
line $LINENO"; nosuch-after
nosuch-arg "a
b"
for i in 1 2; do
  echo "loop $i $LINENO"
done
if true; then
  nosuch-in-if
fi
echo "$(nosuch-in-subst; echo subst $LINENO)"
( nosuch-in-subshell )
eval 'echo "eval $LINENO"
nosuch-in-eval'
eval 'true; fi'
readonly r=1
r=2
echo "after readonly $?"
x=$(( 1 / 0 ))
echo "after division $?"
mkdir /tmp/lineno.$$ && cd /tmp/lineno.$$ && printf 'echo "sourced $LINENO"\nnosuch-sourced\ng() {\n  nosuch-in-g\n}\n' > sourced.sh
. ./sourced.sh
g
cd - > /dev/null && rm -r /tmp/lineno.$$
( set -u; echo $unset_var; echo not reached )
trap 'echo "trap $LINENO"; nosuch-in-trap' EXIT
echo ${missing:?the last line}
echo not reached
