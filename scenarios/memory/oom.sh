# Scenario 20: memory and swap run out; the OOM killer takes the biggest, logs it, and the
# shell survives.
memhog 24M
echo "status $?"
dmesg
pmap $$ | tail -1
echo still here
memhog 1Q
memhog
