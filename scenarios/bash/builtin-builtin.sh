# builtin NAME runs the builtin NAME, past a function of that name.
echo() { builtin echo "[$*]"; }
echo a b
builtin echo plain
unset -f echo
builtin
echo "none: $?"
builtin nosuch arg
echo "nosuch: $?"
builtin -- printf '%s\n' dashes
builtin -x
echo "bad option: $?"
cd() { echo "no cd"; }
builtin cd /
pwd
builtin command -v builtin
f() { return 7; }
builtin f
echo "function: $?"
enable -n echo
builtin echo off
echo "disabled: $?"
enable echo
builtin eval 'builtin echo evaluated'
builtin builtin echo twice
builtin type -t builtin
