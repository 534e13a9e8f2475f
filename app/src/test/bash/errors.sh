# Errors go to stderr with bash's words; an expansion error ends the script with status 1.
nosuchcommand
echo "not found: $?"
cat /nonexistent
echo "cat: $?"
x=$((7 % 3))
echo "x=$x"
f() { return 3; }
f
echo "function: $?"
(exit 4)
echo "subshell: $?"
echo ${unset:?is not set}
echo "not reached"
