# Shell functions: defined with name() or the function keyword, run by the shell itself,
# with their arguments as $1 $2 ... $# "$@" (the caller's come back afterwards).
greet() {
  echo "hello, $1 ($# arguments)"
}
function shout { echo "$*" | tr a-z A-Z; }
set -- outer args
greet world "and more"
shout quiet words
echo "back in the script: $# $1"
# return N sets $?; a function's status is otherwise its last command's.
is_even() { return $(( $1 % 2 )); }
for n in 3 4; do
  if is_even $n; then echo "$n is even"; else echo "$n is odd"; fi
done
# local variables are seen by the functions a function calls (dynamic scope), and the
# global comes back when it returns.
level=global
outer() { local level=outer; inner; }
inner() { echo "inner sees level=$level"; }
outer
echo "after outer: level=$level"
# Recursion; a function's output can be captured or piped like any command's.
fact() {
  if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi
}
echo "5! = $(fact 5)"
count_down() { echo $1; [ $1 -gt 1 ] && count_down $(( $1 - 1 )); return 0; }
count_down 3 | tr '\n' ' '; echo
# NAME=value before a call is set (and exported) for that call only.
show() { echo "MODE=$MODE"; }
MODE=debug show; echo "MODE afterwards: [$MODE]"
# Functions come before builtins and programs; type says which is which.
ls() { echo "(my ls)"; }
ls /tmp
type ls cd if cat
unset -f ls
type ls
# return outside a function is bash's error, and the script goes on.
return 3
echo "status $?"
# A runaway recursion stops at the nesting limit with one line; the script goes on.
FUNCNEST=50
forever() { forever; }
forever
echo "status $?"
