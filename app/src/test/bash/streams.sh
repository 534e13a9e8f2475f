# fd 1 and fd 2 are the host's, and so is stdin; $0 and the arguments are sh's.
echo "args: $# [$1] [$2]"
echo to stdout
echo to stderr >&2
echo via /dev/stderr > /dev/stderr
echo via /dev/stdout > /dev/stdout
echo via /dev/fd/2 >/dev/fd/2
ls /nonexistent
read first
echo "first line of stdin: [$first]"
read -r a b
echo "a=[$a] b=[$b]"
wc -l
echo "after wc: $?"
read nothing
echo "read at end of file: $?"
