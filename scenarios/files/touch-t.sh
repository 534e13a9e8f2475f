# touch -t [[CC]YY]MMDDhhmm[.ss]: a two-digit year 69-99 is 19YY, none is this year.
touch -t 202001021304.05 /tmp/a
touch -t 9901021304 /tmp/b
touch -t 11231000 /tmp/c
ls -l /tmp/a /tmp/b /tmp/c
touch -c -t 202001021304 /tmp/none
ls /tmp/none
touch -t 2020 /tmp/x
touch -t 202013021304 /tmp/x
echo "status $?"
