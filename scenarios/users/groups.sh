# Supplementary groups: login gives the user its groups from /etc/group (setgroups(2), as
# initgroups does); getgroups(2) reads them back, sorted as Linux keeps them. id, groups,
# the shell's $GROUPS and /proc/self/status show them; a group's members get the group's
# permissions on a file, and its owner may give it one of them; only root may call
# setgroups.
id; id -G; id -Gn
groups
groups root user nosuch; echo "status $?"
echo "${GROUPS[@]}"
grep Groups /proc/self/status
sys getgroups 0
sys getgroups 2
sys getgroups 1
sys setgroups 0
echo user | su -c 'id; groups; echo "${GROUPS[@]}"; grep Groups /proc/self/status
echo secret > /tmp/shared; chmod 640 /tmp/shared; exec 3>>/tmp/shared; sys fchown 3 0 100; ls -l /tmp/shared'
cat /tmp/shared
touch /tmp/mine; exec 3</tmp/mine
sys fchown 3 -1 100
sys fchown 3 -1 5
exec 3<&-; ls -l /tmp/mine
