# shopt: bash's output formats, statuses and messages, for huponexit (the one shopt option
# miniunix acts on: an interactive login shell hangs up its jobs when it exits; a script, as
# here, is neither, so it only changes what shopt prints) and, with -o, set -o's options.
shopt huponexit; echo "status $?"
shopt -p huponexit
shopt -s huponexit; echo "status $?"
shopt huponexit; echo "status $?"
shopt -p huponexit
shopt -q huponexit; echo "quiet: $?"
shopt -u huponexit
shopt -q huponexit; echo "quiet: $?"
shopt -x; echo "status $?"
shopt nosuchoption; echo "status $?"
shopt -s nosuchoption huponexit; echo "status $?"
shopt -p huponexit nosuchoption; echo "status $?"
shopt -su huponexit; echo "status $?"
shopt -o monitor errexit; echo "status $?"
shopt -po monitor errexit
shopt -o nosuchoption; echo "status $?"
shopt -so errexit
shopt -qo errexit; echo "errexit: $?"
shopt -uo errexit
shopt -qo errexit; echo "errexit: $?"
shopt -so monitor
sleep 0.1 &
fg
