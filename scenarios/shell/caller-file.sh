# caller in a script file: its top level is the call "main" of line 0, as bash's
# BASH_LINENO=(0) and BASH_SOURCE=(FILE) (bash FILE gives the same lines).
printf '%s\n' 'caller' 'echo "top: $?"' 'caller 0' 'echo "top 0: $?"' \
    'f() { caller; caller 0; caller 1; echo "f 1: $?"; }' 'f' '. ./lib.sh' > script.sh
printf '%s\n' 'caller' 'caller 0' 'f' > lib.sh
sh script.sh
