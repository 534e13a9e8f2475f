# bash's command hash table: a PATH search is made once, before the fork, and remembered.
hash
ls / > /dev/null
ls /tmp > /dev/null
hash
type ls
command -v ls
hash -t ls
hash -d ls; hash
hash nosuch; echo "status $?"
hash cat wc; hash
hash -x; echo "status $?"
PATH=$PATH; hash; ls > /dev/null; hash
nosuch > /tmp/created; echo "status $?"; ls /tmp/created
hash -r; hash
