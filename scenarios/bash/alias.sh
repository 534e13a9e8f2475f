# alias and unalias as bash 5.2: definitions, listing (sorted, quoted to be read back),
# messages and statuses; expansion of a command word, only with shopt -s expand_aliases in a
# script, from the line after the definition. Run by the host's bash too (BashDifferentialTest).
shopt expand_aliases
alias ll='ls -l' e='echo' q="it's"
alias
alias -p e
alias e nope q; echo "status $?"
alias 'a b=c'; echo "status $?"
alias =x; echo "status $?"
alias 'a/b=c' 'a$=1' '-x=1'; echo "status $?"
alias -- -y=1; echo "status $?"
alias -z; echo "status $?"
unalias; echo "status $?"
unalias nope e; echo "status $?"
alias
unalias -a; echo "status $?"; alias; echo "none: status $?"
# not expanded while expand_aliases is off, and type does not see them
alias x='echo X'
x off; type x; echo "status $?"
shopt -s expand_aliases
shopt expand_aliases; shopt -p expand_aliases
alias y='x ' z='echo Z' s='echo S ' r=r nl='echo 1
echo 2'
type x; type -t x; command -v x; command -V x; type -a x
x 1
# a value ending in a blank: the next word is expanded too
y z 2
s z s
# an alias is not expanded inside its own value
r
alias ls='ls -d'
ls /
nl
# a command word after an assignment, and in every place a command starts
a=1 x assign
echo x x
alias f='function'
f g { echo in g; }; g
alias i='if true; then echo IF;'
i fi
case x in x) x case ;; esac
for w in 1; do x loop; done
{ x brace; }
(x sub)
! x bang
x && x and
x | cat
while ! x while; do :; done
# quoting makes a word no alias
\x quoted
'x' quoted
"x" quoted
# defined on this line: used from the next one
alias foo='echo foo'; foo same line
foo next line
# a function keeps the alias its body had when it was defined
alias w='echo W1'
fw() { w; }
alias w='echo W2'
fw; w
unalias w; fw
