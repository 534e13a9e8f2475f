# read skips NUL bytes in its input, silently, as bash 5.2's read.def (with -r or without).
printf 'x\0y\n' | { read -r r; echo "read: ${#r} $r"; }
printf '\0\0\0' | { read r; echo "status $? [${#r}]"; }
printf 'a\0 b\0 c\n\0d' | { read x y; echo "[$x] [$y]"; read z; echo "status $? [$z]"; }
printf 'a\\\0\\\0\nb\n' | { read -r x; echo "[$x]"; read y; echo "[$y]"; }
printf 'k\0=\0v\n' | while IFS== read -r k v; do echo "$k -> $v"; done
