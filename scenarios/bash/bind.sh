# bind as bash 5.2 in a shell without line editing: it warns, and still reads and changes the
# readline state: -q -u -r, KEYSEQ: FUNCTION and old-style key names, set VARIABLE, -v/-V, macros
# (-s/-S), -x and -X, -f FILE (an inputrc), and readline's and bind's complaints. Only functions
# and variables both shells have are shown (miniunix's line editor does not do all of readline's):
# scenarios/shell/bind lists miniunix's. Run by the host's bash too (BashDifferentialTest).
bind -q kill-line; echo "q $?"
bind -q foo; echo "q foo $?"
bind -q self-insert
bind -q digit-argument
bind -r '\C-k'; bind -q kill-line; echo "r $?"
bind '"\C-k": kill-line'; bind -q kill-line
bind -u kill-line; bind -q kill-line
bind -u nosuch; echo "u $?"
bind Control-k:kill-line; bind -q kill-line
bind '"\C-x: kill-line'; echo "noclose $?"
bind 'kill-line'
bind ':kill-line'
bind 'set foo on'
bind 'set bell-style visible'; bind -V | grep bell-style
bind 'set completion-query-items -5'; bind -v | grep query
bind -x '"\C-t": echo hi'; bind -X
bind -x "\"\\C-y\": 'echo a b'"; bind -X
bind -r '\C-t'; bind -X
bind -x 'C-t: echo hi'; echo "x $?"
bind -x '"\C-t" echo hi'; echo "x $?"
bind -x '"\C-t: echo hi'; echo "x $?"
bind -x; echo "x $?"
bind -Z; echo "Z $?"
bind -m foo -p; echo "m $?"
bind -f /nonexistent; echo "f $?"
printf '%s\n' '# an inputrc' '"\C-o": kill-line' 'set bell-style none' 'bogus' 'set nope 1' > /tmp/bind-inputrc.$$
bind -f /tmp/bind-inputrc.$$ 2> /tmp/bind-err.$$; echo "f $?"
while read -r l; do echo "${l/.$$:/.PID:}"; done < /tmp/bind-err.$$; rm -f /tmp/bind-inputrc.$$ /tmp/bind-err.$$
bind -q kill-line
bind -V | grep bell-style
bind '"\C-xq": "hello"'; bind -s; bind -S
bind '"\C-xq": nosuch'; bind -s; echo "s $?"
bind --help; echo "help $?"
bind -q upcase-word -q kill-word
bind -p | grep -e '"\\C-a"' -e 'abort' -e '"\\M-u"' -e '"\\C-?"' -e '"\\M-\\\\"'
bind -P | grep -e '^kill-word' -e '^beginning-of-line'
bind -l | grep -c -e '^kill-line$' -e '^yank$' -e '^self-insert$'
