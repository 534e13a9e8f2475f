# set replaces the positional parameters ...
set -- alpha "beta gamma" delta
echo "$# parameters: $1 | $2 | $3"
set --; echo "now $#"
# ... and turns options on (-) and off (+); $- shows the letters.
set -u; echo "flags: $-"; set +u; echo "flags: $-"
set -o pipefail; false | true; echo "pipefail: status $?"
set +o pipefail; false | true; echo "no pipefail: status $?"
set -f; echo noglob: /*; set +f
set -o | grep -E 'errexit|nounset|pipefail'
# -x prints each command, expanded, before it runs (on stderr).
set -x
greeting="hi there"; echo "$greeting"
set +x
# Bare set lists the variables (quoted as bash quotes them), then the functions.
plain=1 spaced='a b' quote="it's" tab=$'a\tb' empty=
helper() { echo helping; }
set | grep -E '^(plain|spaced|quote|tab|empty)='
set | tail -n 4
# -u: an unset variable is an error that ends the (sub)shell.
(set -u; echo "${undefined:-a default is fine}"; echo "$undefined"; echo "not reached")
echo "subshell status $?"
# -e: a failing command ends the (sub)shell, except where a failure is expected:
# conditions, && || lists before their last command, and ! pipelines.
(
  set -e
  if false; then :; fi
  false || echo "|| caught the failure"
  ! true
  check() { false; echo "in a condition, a function goes on after a failure"; }
  check && echo "check succeeded"
  echo "before the failure"
  false
  echo "not reached"
)
echo "subshell status $?"
set -e
echo "the script ends at the next failure, with its status"
ls /nonexistent
echo "not reached"
