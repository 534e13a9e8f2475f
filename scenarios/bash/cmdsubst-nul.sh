# Command substitution drops NUL bytes as bash 5.2's read_comsub does, and warns once per
# substitution (at the first NUL it reads), with the line of the command.
x=$(printf 'a\0b'); echo "$x ${#x}"
y=$(printf 'a\0b\0c\0'); echo "$y ${#y}"
z=`printf '\0\0\0\n'`; echo "[$z]"
echo "$(printf 'q\0r')" $(printf 's\0t')
n=$(printf 'no nul'); echo "$n"
big=$(for i in 1 2 3 4 5 6 7 8 9 10; do printf '%0500d\0' 0; done; echo end)
echo "${#big} ${big: -3}"
inner=$(echo "$(printf 'i\0n')" | wc -c); echo "inner: $inner"
f() { local v=$(printf 'in\0f'); echo "$v"; }
f
