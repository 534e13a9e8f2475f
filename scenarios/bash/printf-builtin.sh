# printf as bash 5.2's builtin: conversions, flags, the format reused for extra arguments,
# %b, %q and %Q, numeric arguments (octal, hex, 'c), escapes of the format.
# Run by the host's bash too (BashDifferentialTest).
printf '%s|%5s|%-5s|%.2s|%c|%%\n' abc ab ab abc xyz
printf '%d|%5d|%-5d|%05d|%+d|% d|%.3d|%i\n' 1 2 3 4 5 6 7 -8
printf '%o|%#o|%x|%#x|%X|%u|%u\n' 8 8 255 255 255 42 -1
printf '%d %d %d %d\n' 0x1f 017 "'A" '"z'
printf '%f|%.2f|%e|%.3E|%g|%G|%10.3f|%-10.1f|\n' 1.5 2.345 12345 0.00012 0.0001 1e-10 3.14159 2.5
printf '%a\n' 1
printf '%*d|%-*d|%.*f|%*s|\n' 5 1 4 2 2 3.14159 -4 ab
printf '%s-%s\n' a b c d e
printf '%s\n'
printf '%d|%s|\n'
printf 'no conversions\n' extra args
printf '%s %s %s\n' 1 2 3 4
printf 'a\tb\x41\101\0101\e|\E|\a|\q|\"|\'"'"'|\?|\c|x\n' | tr '\033\007\010' EAB
printf '%b|' 'a\tb' '\x41' '\0101' '\101' '\E' '\q' '\"' 'x\' ; echo
printf '%b|%s\n' 'before\cafter' not-printed; echo "after \\c: $?"
printf '%5b|%-5b|%.1b|\n' x y zw
printf '%q\n' 'a b' '' "it's" 'a$b*c' '~user' 'a=~b' '#x' 'x#y' $'tab\there' $'\x01' '[x]{y},z' 'a!b|c&d;e' '<>()' 'x:~y'
printf '%8q|%-8q|%.3q|\n' 'a b' c 'def ghi'
printf '%Q|%.3Q|\n' 'a b' 'a b c'
printf 'ab%ncd\n' count; echo "count=$count"
printf '%d%%\n' 50
printf -- '-%s-\n' x
printf -vv '%s' packed; echo "v=$v"
# %(FMT)T: strftime of a time in seconds (UTC here, as TZ=UTC0 says for bash); -1 or none is now.
TZ=UTC0 printf '%(%Y-%m-%d %H:%M:%S)T|%()T|%(%s)T|%10(%H)T|%-6.3(%A)T|\n' 86400 3600 5 0 0
printf '%(%Y)T\n' -1 | wc -c; printf '%(%Y)T\n' | wc -c
