# bash's ulimit builtin: units, descriptions when several limits are named, attached and
# separate arguments, soft/hard, the first failure stopping the rest, and bash's messages.
# (Only lowering limits and soft-above-hard errors: the same for root and for a user.)
ulimit -n 100; ulimit -n; ulimit -Hn
ulimit -Sn 50; ulimit -Sn; ulimit -Hn
ulimit -Sn 200; echo "status $?"
ulimit -Sn hard; ulimit -n
ulimit -n -c
ulimit -c 10 -n 20; echo "status $?"; ulimit -c; ulimit -n
ulimit -f 100; ulimit -f; ulimit; ulimit -Hf
ulimit -Sf 50; ulimit -f; ulimit -Hf
ulimit -H -c 5 -f; echo "status $?"; ulimit -Sc; ulimit -Hc
ulimit -n5; ulimit -n; ulimit -n ""; ulimit -Hn; ulimit -n0
ulimit -f 5 -f
ulimit -Sx 5 -H; echo "status $?"; ulimit -x; ulimit -Hx
ulimit -s 100 -t; ulimit -s
ulimit 3 -n; ulimit -f
ulimit -p; ulimit -p 8; echo "status $?"
# Bad input: one line in bash's words, status 1 (2 for an option), nothing changed.
ulimit -n abc; echo "status $?"
ulimit -n 0x10; echo "status $?"
ulimit -nn; echo "status $?"
ulimit -n 5x; echo "status $?"
ulimit -- -n; echo "status $?"
ulimit -n -5; echo "status $?"
ulimit -y; echo "status $?"
ulimit -a -T; echo "status $?"
ulimit -c 99999999999999999999; echo "status $?"
ulimit -f; ulimit -n
