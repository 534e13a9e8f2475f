# Here-documents: the lines up to the delimiter are the command's standard input.
name=world
cat <<EOF
Hello, $name! 2 + 3 = $((2 + 3)), today is $(echo a fine day).
Quotes stay as they are: "double" 'single'; \$name is escaped.
EOF
# A quoted delimiter keeps the body literal.
cat <<'EOF'
Nothing expands here: $name $(date) $((1 + 1))
EOF
# <<- strips leading tabs from the body and the delimiter line, so it can be indented.
if true; then
	cat <<-EOF
		indented with tabs
	EOF
fi
# Bodies feed loops, builtins and pipelines, and several may start on one line.
while read item price; do
  echo "$item costs $price"
done <<EOF
apple 3
pear 5
EOF
read first rest <<EOF
one two three
EOF
echo "first=$first rest=$rest"
cat <<EOF | tr a-z A-Z
piped through tr
EOF
cat <<ONE; cat <<TWO
first document
ONE
second document
TWO
# A here-string is one word, with a newline added.
tr a-z A-Z <<< "here-string $name"
read a b <<< "1 2"; echo "a=$a b=$b"
# A body bigger than the pipe buffer (64 KiB) does not block the shell: a child writes it.
big=$(for i in $(seq 2000); do echo "line $i of a long here-document body"; done)
cat <<EOF | wc -l
$big
EOF
# Here-documents inside functions and command substitutions.
usage() {
  cat <<EOF
usage: $1 [-v] FILE
EOF
}
usage demo
banner=$(cat <<EOF
== $name ==
EOF
)
echo "$banner"
# At the end of the script, an unterminated here-document ends there, with a warning.
cat <<EOF
last line
