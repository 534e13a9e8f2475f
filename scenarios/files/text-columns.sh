# cut picks fields or bytes, tac reverses lines, rev reverses each line, nl numbers them.
cd /tmp
printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user,,,:/home/user:/bin/sh\n' > pw
cut -d: -f1,6 pw
cut -d: -f1,7 --output-delimiter=' uses ' pw
cut -c1-4 pw
printf 'one\ntwo\nthree\n' | tac
echo 'stressed' | rev
printf 'first\n\nsecond\n' | nl
printf 'first\n\nsecond\n' | nl -ba -w3 -s') '
printf 'abcdefghij' | tail -c 4; echo
# Errors: coreutils' message and status 1.
cut pw
echo "status $?"
cut -f0 pw
nl -b x pw
tac nosuch
