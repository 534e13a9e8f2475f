# /dev: character devices show their major, minor numbers where a file shows its size.
ls -l /dev
# login gave the terminal to the user it logged in (owner user, group tty), so it opens.
echo "to the terminal" > /dev/tty1
echo "into the void" > /dev/null
head -c 4 /dev/zero | wc -c
# Operands are listed sorted, files before directories.
ls -l /home /dev/tty1 /etc/passwd /dev/null
# /dev/full reads zeros and takes no writes (ENOSPC), for trying out write errors.
head -c 4 /dev/full | wc -c
/bin/echo x > /dev/full; echo "status $?"
