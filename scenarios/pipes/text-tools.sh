# Text tools in pipelines: the classic count, sort | uniq -c | sort -rn.
printf '%s\n' banana apple cherry apple banana apple Date 10 9 > /tmp/fruits.txt
sort /tmp/fruits.txt | uniq -c | sort -rn
# C locale: bytes compare, so digits < capitals < small letters; -f folds case, -n reads numbers.
sort -u /tmp/fruits.txt | tr '\n' ' '; echo
sort -f /tmp/fruits.txt | uniq -i -c
sort -n /tmp/fruits.txt | tail -n 3
# Word frequencies: tr splits words onto lines, squeezing the runs of spaces.
echo "the cat  and the hat   and the bat" | tr -s ' ' '\n' | sort | uniq -c | sort -k1,1nr -k2
# Fields: -t and -k sort /etc/passwd by uid, numerically, biggest first.
sort -t: -k3,3nr /etc/passwd | head -n 3 | tr : ' '
# tee copies its input to a file and passes it on; a file it can't open is reported.
echo hello | tee /tmp/copy.txt | tr a-z A-Z
cat /tmp/copy.txt
echo again | tee -a /tmp/copy.txt /nonexistent/f > /dev/null
echo "status $?"
cat /tmp/copy.txt
# tr: classes, deleting, complementing.
echo 'Hello, World 123!' | tr '[:lower:]' '[:upper:]'
echo 'Hello, World 123!' | tr -cd '[:alnum:]\n'
echo 'Hello, World 123!' | tr -d '[:digit:][:punct:]'
# printf reuses its format while arguments remain.
printf '%-6s|%6.2f|%03d\n' pi 3.14159 7 e 2.71828 42
printf '%s=%d\n' x 0x1F y "'A" z 3.5
echo "status $?"
