# help: the shell's builtins and compound commands, each with its synopsis and description,
# in bash 5.2's layout (the texts are miniunix's own; bash/help.sh checks the errors).
help
help cd
help -s 'r*' '[[ ... ]]'
help -d for
help -d echo printf true false
help -m umask
# bash-4.2's prefix match, when no name nor pattern matches
help -s rea
# NAME --help prints what help NAME does (with status 2, as bash)
cd --help > /tmp/a; help cd > /tmp/b; cmp /tmp/a /tmp/b && echo same
# the list is as wide as $COLUMNS says
COLUMNS=50 help | tail -3
