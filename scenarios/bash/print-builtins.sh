# echo, printf, true and false are shell builtins, as in bash: no fork+exec for each.
# Run by the host's bash too (BashDifferentialTest).
type echo printf true false
type -t echo; command -v printf; command -V true
hash echo false; echo "hash of builtins: $?"
true; echo "true $?"; false; echo "false $?"
true --help; echo "true --help $?"; false --help; echo "false --help $?"
printf --help > /dev/null; echo "printf --help $?"
echo --help; echo -- -n; echo -n -e -E x; echo; echo -nx; echo -
echo -e 'a\tb\x41\0101\101\c' not printed; echo
x=$(echo -e '\u41\U42|\e|\E|\q|\x|\u|\01x|\x7fy|\a\b\f\v\r'); printf '%q\n' "$x"
echo -E 'a\tb'; echo 'a\tb'
echo a b   c "d  e"
# Redirections: to stderr, a file, a closed fd (bash's error from dup2), a closed stdout.
echo to stderr >&2
echo into a file > /tmp/pb; cat /tmp/pb
echo x >&7; echo "closed fd 7: $?"
echo x >&-; echo "closed stdout: $?"
printf x >&-; echo "printf, closed stdout: $?"
echo x > /dev/full; echo "echo, full: $?"
printf '%s\n' x y > /dev/full; echo "printf, full: $?"
# The programs stay: a path, or env, runs /bin/echo.
/bin/echo -e 'program\tx'; command /bin/echo program; env echo via env
printf '%s\n' "$(echo sub)" "$(printf '%s' sub2)"
