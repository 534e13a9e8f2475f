# The machine's name is the kernel's (struct utsname, uname(2)): init gave it /etc/hostname's
# name at boot; hostname and uname read it, the shell's $HOSTNAME is what it was when the
# shell started, and /proc/sys/kernel shows it. Only root may change it (sethostname(2),
# CAP_SYS_ADMIN), up to 64 bytes; /etc/hostname is not touched, as on Linux.
uname -a; uname -n; hostname; echo "$HOSTNAME"
cat /proc/sys/kernel/hostname /proc/sys/kernel/domainname
ls -l /proc/sys/kernel/hostname /proc/sys/kernel/domainname
strace -e trace=uname hostname
hostname box; echo "status $?"
echo box > /proc/sys/kernel/hostname
sys sethostname box
hostname 'bad_name'; echo "status $?"
echo user | su -c 'hostname lab1.example.org; echo "status $?"
hostname; hostname -s; uname -n; echo "HOSTNAME is still $HOSTNAME"; sh -c "echo new shell: \$HOSTNAME"
hostname "$(printf "x%.0s" {1..65})"; echo "status $?"
sys sethostname abc 65
sys sethostname NULL 3
strace -e trace=sethostname hostname " web-2 "
echo lab2 > /proc/sys/kernel/hostname; cat /proc/sys/kernel/hostname
printf "lab3\nmore" > /proc/sys/kernel/hostname; uname -n
sys setdomainname example.org; cat /proc/sys/kernel/domainname; uname -a'
cat /etc/hostname
uname -n
