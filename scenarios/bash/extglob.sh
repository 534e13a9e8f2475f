# shopt -s extglob patterns: ?(LIST) *(LIST) +(LIST) @(LIST) !(LIST), LIST being patterns
# separated by |, in case, [[ == ]], ${VAR#...} and ${VAR//...}, and pathname expansion.
shopt -s extglob
case foo.txt in *.@(txt|md)) echo m1;; esac
for f in a.c b.h c.o README; do
  case $f in *.@(c|h)) echo "$f source";; !(*.*)) echo "$f plain";; *) echo "$f other";; esac
done
[[ abc == +([a-c]) ]] && echo m2
[[ abc == !(x*) ]] && echo m3
[[ xabc == !(x*) ]] || echo m3b
[[ ab == a?(b|c) ]] && echo m4
[[ a == a?(b|c) ]] && echo m5
[[ abcbcd == a*(bc)d ]] && echo m6
[[ ad == a*(bc)d ]] && echo m7
[[ ad == a+(bc)d ]] || echo m8
[[ 'a|b' == a'|'b ]] && echo m9
[[ 'a(b' == @(a\(b) ]] && echo m10
[[ "x@(y)" == "x@(y)" ]] && echo m11
[[ foo == @(f*(o)|bar) ]] && echo m12
x=aaabbb; echo ${x//+(a)/X} ${x##*(a)} ${x%%?(b)} ${x%%+(b)} ${x/@(ab|aab)/-}
v=12abc34; echo ${v//+([0-9])/#} ${v##+([0-9])}
mkdir -p /tmp/extglob.d; cd /tmp/extglob.d && touch x1.c x2.h x3.o .hid.c
echo *.@(c|h); echo !(*.o); echo +(x)[0-9].?(c); echo @(nothing|none)
cd / && rm -r /tmp/extglob.d
shopt extglob
