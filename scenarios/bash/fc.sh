# fc as bash 5.2 in a shell that is not interactive: no history is kept, so fc -l and fc list
# and edit nothing (status 0), fc -s and fc -e - find no command (status 1); bad options are
# bash's usage errors. Run by the host's bash too (BashDifferentialTest). The history itself:
# FcTest and ReplTest, in an interactive shell.
fc -l; echo "fc -l $?"
fc -l 1 2 3; echo "fc -l 1 2 3 $?"
fc -ln -5; echo "fc -ln $?"
fc -s; echo "fc -s $?"
fc -s echo; echo "fc -s echo $?"
fc -s a=b echo; echo "fc -s a=b $?"
fc -e - ; echo "fc -e - $?"
fc -e - x=y; echo "fc -e - x=y $?"
fc; echo "fc $?"
fc -e nosuch-editor; echo "fc -e $?"
fc -x; echo "fc -x $?"
fc -e; echo "fc -e $?"
fc -lx; echo "fc -lx $?"
fc -5 -l; echo "fc -5 -l $?"
fc -- -l; echo "fc -- $?"
fc -r -- ; echo "fc -r $?"
help fc | head -3
type fc
