# Users and root's power. The session's user (uid 1000) may not signal root's processes:
# bash's kill builtin says EPERM. su asks for the target's password (every account's is
# "user" here) on fd 0, so a script pipes it in; as root the same kill works.
id
whoami
ls -l /bin/su
ps -o user,pid,cmd -p 1
kill -0 1
echo "kill -0 1: $?"
echo user | su -c 'id; kill -0 1 && echo "root may signal pid 1"'
echo "su: $?"
# A root process of our own: su starts it, the user can't stop it, root can.
echo user | su -c 'sleep 100 & echo $! > /tmp/root-sleep'
sleep 1
pid=$(cat /tmp/root-sleep)
ps -o user,stat,cmd -p $pid
kill $pid
echo user | su -c "kill $pid"
sleep 1
ps -p $pid > /dev/null || echo "the sleep is gone"
# Not a login shell: the caller's directory, HOME and SHELL of root, USER kept for root.
echo user | su -c 'echo "$0 $PWD $HOME $USER"'
# A login shell: root's home, a fresh environment, argv[0] "-sh".
echo user | su - -c 'echo "$0 $PWD $HOME $USER $PATH"'
echo user | su -l user -c 'echo "$0 $PWD $USER"; id -un'
# Bad input: a wrong password, an unknown user, a bad option, a shell that is not there.
echo secret | su -c id
echo "wrong password: $?"
su foo -c id
echo "unknown user: $?"
su -x
echo "bad option: $?"
echo user | su -s /bin/nosh -c id
echo "no shell: $?"
