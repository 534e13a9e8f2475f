# bind in an eight-bit locale, as bash 5.2 with LC_ALL set before readline's first use:
# convert-meta is off, so bound ESC prefixes list as \e and \M-x is the key x with its eighth
# bit (\370). Run by the host's bash too (BashDifferentialTest); scenarios/bash/bind has the C
# locale's \M- forms.
LC_ALL=C.UTF-8
bind -v | grep convert-meta
bind -q kill-word
bind '"\M-x": kill-line'; bind -q kill-line
bind -P | grep -e '^backward-word' -e '^abort'
