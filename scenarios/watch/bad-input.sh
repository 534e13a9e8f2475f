# Bad input: procps's messages (and its usage) on stderr, status 1.
watch; echo "status $?"
watch -n x true; echo "status $?"
watch -z true; echo "status $?"
watch --version; echo "status $?"
