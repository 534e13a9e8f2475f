# bind's lists in full, as miniunix's line editor has them: the readline functions it carries
# out (-l), the emacs keymap it starts with (-p: bash's, less the functions it lacks), and the
# variables it follows (-v). Not in scenarios/bash/: bash's readline has more of each.
bind -l
bind -p
bind -v
bind -V
