# ${NAME@P} as bash 5.2: the value decoded as a prompt string (the escapes of PS1), then
# expanded as in double quotes; on an element, on every element of an array ([@] a field
# each, [*] joined) and on the positional parameters. Run by the host's bash too
# (BashDifferentialTest), so only escapes whose value the two shells share are used.
x='a\nb \\ c\[\]d \a\e'
r=${x@P}; echo "${r@Q}"
name=world
p='hello $name, $((6 * 7)) $(echo sub "$name") `echo tick`'
echo "${p@P}"
printf '<%s>' ${p@P}; echo
q='\101\102 \j jobs, v\v'
echo "${q@P}"
a=('one $name' 'two\ntwo' '  spaced  out  ')
printf '<%s>' "${a[@]@P}"; echo
printf '<%s>' ${a[@]@P}; echo
printf '<%s>' "${a[*]@P}"; echo
printf '<%s>' "${a[1]@P}"; echo
i=0
printf '<%s>' "${a[i++]@P}" "$i"; echo
set -- '$name' 'b\\c'
printf '<%s>' "${@@P}"; echo
printf '<%s>' "${*@P}"; echo
unset u
printf '<%s>' "${u@P}" ${u@P}; echo
empty=
printf '<%s>' "${empty@P}"; echo
w='\w|\W'
(cd /tmp && echo "${w@P}")
y='${name@P} \$"quoted"'
v='$y'
echo "${v@P}"
echo end
