# Pipelines: each command is a process; data flows through 64 KiB kernel pipes.
echo one two three | wc -w
cat /etc/passwd | grep -c :
echo "a
b
c
d" | tail -n 2 | head -n 1
# yes never ends by itself: head exits after 3 lines and yes dies of SIGPIPE.
yes | head -n 3
yes miniunix | head -n 2 | cat
# A pipeline's status is its last command's.
true | false
echo "status $?"
false | true
echo "status $?"
