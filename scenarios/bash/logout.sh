# logout in a shell that is not a login shell (bash reading a script): refused, status 1.
logout
echo "logout: $?"
logout 3
echo "logout 3: $?"
logout x y
echo "logout x y: $?"
f() { logout; echo "in f: $?"; }
f
out=$(logout; echo "status $?")
echo "in \$(...): $out"
