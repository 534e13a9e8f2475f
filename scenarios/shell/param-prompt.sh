# ${NAME@P} with what miniunix alone can check: escapes that need the kernel first (the time by
# clock_gettime: its length here; the terminal of fd 0) and a failed expansion, said with the
# shell's name alone (bash says it so) while the value stays decoded and the command goes on.
t='\A|\t'
r=${t@P}; echo "${#r}"
l='\l'
echo "${l@P}"
x='${y:?oops} \\'
echo "${x@P}" end $?
echo after
