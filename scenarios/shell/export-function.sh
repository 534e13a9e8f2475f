# export -f: the function goes into the environment of the programs the shell runs, as bash's
# BASH_FUNC_NAME%%=() {...}, and a miniunix shell started there defines it again, exported
# (so its own children get it too); export -fn takes it out. (Not run by the host's bash:
# its sh is another shell.)
greet() { echo "hello from greet, $1"; }
export -f greet
env | grep -c '^BASH_FUNC_greet%%=() '
sh -c 'greet child; declare -F; sh -c "greet grandchild"'
export -fn greet
sh -c 'greet again' 2>&1; echo "status $?"
greet parent
