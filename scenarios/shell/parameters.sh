# Parameter expansion: defaults, lengths, patterns; positional parameters.
file=/home/user/report.tar.gz
echo ${file##*/} ${file%/*} ${file%%.*} ${file#*.} ${#file}
echo ${unset:-default} "${unset-also default}" ${unset:+never} ${file:+set}
echo ${count:=0} "count=$count"
sh -c 'echo "$0 got $# arguments: $@"; shift; echo "after shift: $1"' script one 'two words' three
echo 'for arg; do echo "[$arg]"; done' > /tmp/args.sh
sh /tmp/args.sh a 'b c'
# Errors happen when the word is expanded: the commands before it on the line have run.
echo before; echo ${file!}; echo "not printed"
echo "status $?"
# ${VAR:?message} ends a script.
echo ${required:?is not set}
echo "not printed: the script has ended"
