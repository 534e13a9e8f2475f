# kill is bash's builtin: its numbered table, its conversions and its wording for each mistake.
# (Checked against the host's bash by BashDifferentialTest: no signal is sent here.)
kill -l
kill -L | head -n 2
kill -l 9 TERM 137 RTMIN+1
kill -l 65
echo "status $?"
kill -FOO 1
echo "status $?"
kill
echo "status $?"
kill %9
echo "status $?"
kill -s
echo "status $?"
kill -9 abc
echo "status $?"
kill -n 15
echo "status $?"
type kill
