# Redirections onto the simulated filesystem.
cd /tmp
echo first > notes
echo second >> notes
cat notes
wc -l < notes
cat missing 2> errors
cat errors
cat missing > both 2>&1
cat both
ls /nonexistent &> all
cat all
echo hidden > /dev/null
cat /dev/null
echo "status $?"
