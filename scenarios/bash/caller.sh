# caller: where the running function (or sourced file) was called from.
caller
echo "top: $?"
caller 0
echo "top 0: $?"
f() {
    caller
    caller 0
    echo "f 0: $?"
    g
}
g() {
    caller 0
    caller 1
    echo "g 1: $?"
    caller 2
    echo "g 2: $?"
    caller ' 0 '
    caller x
    echo "x: $?"
    caller -1
    echo "-1: $?"
    caller -- 0
    echo "$(caller 0) in a substitution"
}
f
printf 'caller\ncaller 0\necho "sourced: $?"\nh\n' > /tmp/miniunix-caller-sourced.sh
h() { caller 0; caller 1; caller 2; }
. /tmp/miniunix-caller-sourced.sh
k() { . /tmp/miniunix-caller-sourced.sh; }
k
caller -x
echo "-x at the top: $?"
rm /tmp/miniunix-caller-sourced.sh
