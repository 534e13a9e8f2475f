# Variables, quoting and command substitution.
name=world
echo "hello $name" 'hello $name' hello\ \$name
echo "${name}s" $HOME $USER
export GREETING=hi
env | grep GREETING
unset GREETING
env | grep -c GREETING
echo "pid of the shell is a number: $(echo $$ | grep -c '^[0-9]*$')"
echo "words: $(echo one two | wc -w)"
# comments are ignored
echo a \
  b
