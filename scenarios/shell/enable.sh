# enable's lists in full: every builtin of miniunix in strcmp order (bash's table is sorted so;
# fork and tick, miniunix's own, fall where they sort), the special builtins, the off ones with
# -n and -a; help marks a builtin that is off with a star. Not in scenarios/bash/: bash has
# builtins miniunix has not (times, ...). -f and -d: no dynamic loading here.
enable
enable -s
enable -n printf tick
enable -a
enable -n -s
enable -ns trap
enable -nsp
help | grep -e '\*'
enable -f lib.so x; echo "enable -f $?"
enable -d x; echo "enable -d $?"
enable printf tick trap
enable -n
