# -x prints each simple command, expanded, before running it (like set -x), on stderr.
name=world
echo "hello $name"
true && echo ok
false || echo recovered
