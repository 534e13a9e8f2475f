# Pathname expansion: * ? [...] match names in the simulated filesystem, sorted; dot files
# only for a pattern starting with '.'; a pattern that matches nothing stays as typed.
mkdir /tmp/project /tmp/project/src /tmp/project/docs
cd /tmp/project
echo > main.c; echo > util.c; echo > util.h; echo > README; echo > .hidden
echo *.c
echo util.?
echo [mu]*.c
echo [!mu]*
echo *
echo .*
echo *.java
echo */
echo /tmp/p*/*.h
# Quoted or escaped, the characters are literal; the result of an unquoted $x is globbed.
echo "*.c" '*.c' \*.c
x='*.h'; echo $x "$x"
for f in *.c; do echo "source: $f"; done
# A redirection may be globbed only to a single name.
echo hello > *.h; cat util.h
echo hello > *.c
