# select NAME in WORDS: the menu and PS3 on stderr, a line from stdin into REPLY, NAME the
# word of that number (empty for any other line), the menu again on an empty line, a newline
# and status 1 at EOF; break ends it with break's status. Without "in", "$@".
COLUMNS=40
select x in apple banana cherry; do echo "x=[$x] REPLY=[$REPLY]"; done <<'IN'
2
9
abc

 3 
1\
2
IN
echo "status $?"
select x in a b; do echo "got $x"; break; done <<< 1
echo "status $?"
select x in; do echo never; done
echo "status $?"
set -- p q
PS3='pick: '
select x; do echo "x=$x"; done <<< 2
select x in one two three four five six seven eight nine ten eleven twelve thirteen; do :; done < /dev/null
echo "status $?"
unset COLUMNS
select x in {1..25}; do :; done < /dev/null
readonly ro
PS3=$'pick:\n'
select ro in a b; do echo body; done <<< 1
echo "status $?"
unset PS3
select 1x in a b; do echo body; done <<< 1
echo "status $?"
select y in a b; do echo "y=$y"; REPLY=; [ -n "$k" ] && break; k=1; done <<< $'2\n1'
select y in a b; do continue; done <<< $'1\n2'
f() { select z in "a b" c; do return 3; done; }
f <<< 1; echo "status $?"
echo x | { select z in a; do echo "in a pipe: [$z]"; done; echo "status $?"; }
set -x
select y in a "b c"; do
  echo "y=$y"
done <<< $'2\n1'
set +x
g() { select v in a b; do echo "$v"; break; done 2>/dev/null; }
declare -f g
g <<< 2
type select
