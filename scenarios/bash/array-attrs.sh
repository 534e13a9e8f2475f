# Attributes on arrays: -i evaluates each element (+= adds), -u/-l change each element's case
# (an associative array's keys stay), -r makes the whole array readonly; declare -p shows
# the letters in bash's order.
declare -i a=(1+1 2*3); declare -p a
a+=(4+4); a[0]+=10; a[5]=2**4; declare -p a
a=7*6; declare -p a
declare -u u=(abc def); u+=(ghi); u[0]+=jk; declare -p u
declare -l -A m=([K]=ABC); m[J]=XyZ; m[J]+=QQ; declare -p m
declare -A -i n=([x]=1+1); n[y]=3*3; declare -p n
declare -r ro=(1 2); declare -p ro
ro[0]=5; echo "st=$?"
ro+=(3)
echo "st=$?"
declare -ai b; declare -p b; b[0]=3+4; declare -p b
declare -ir c=(1+0 2); declare -p c
declare -ia d=(x); x=9; d+=(x); declare -p d
declare +i a; a+=(1+1); declare -p a
f() { local -i l=(5+5); local -u v=(x); declare -p l v; }; f
declare -i e=(1+ 2); echo same line
echo "st=$?"; declare -p e
e=(4 2+ 3); echo same line
echo "st=$?"; declare -p e
declare -i g; g=(1 2); declare -p g
