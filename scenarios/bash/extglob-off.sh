# shopt extglob is off by default: ?( *( +( @( !( are no groups, except in the pattern after
# == = != in [[ ]], which bash 5.2 reads and matches with extglob always. shopt -s extglob
# acts on the lines read after its own; a pattern read with it on matches as extglob only
# while it is on.
shopt extglob
[[ abc == +([a-c]) ]] && echo "[[ ]] matches +([a-c])"
[[ c == !(b) && b != !(b) ]] && echo "[[ ]] !(b) matches c, not b"
p='@(a|b)'; [[ a == $p ]] && echo "[[ ]] matches a pattern from a variable"
x=aab; echo ${x//+(a)/X} ${x#?(a)}
case a in $p) echo "case: group";; *) echo "case: no group";; esac
echo $p
[[ ${x/+(a)/X} == aab ]] && echo "an expansion inside [[ ]] follows shopt"
shopt -s extglob; case a in $p) echo "the same line, at run time";; esac
echo ${x//+(a)/X} ${x#?(a)}
f() { case a in @(a)) echo "f: group";; *) echo "f: no group";; esac; }
shopt -u extglob; f
shopt -s extglob; f
shopt -u extglob
eval 'case a in @(a)) echo y;; esac'; echo "eval: $?"
echo "@(quoted)" \@\(escaped\)
echo +(a)
echo "not reached"
