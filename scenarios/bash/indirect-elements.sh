# Indirection through array elements: ${!a[1]} (the element names the parameter), ${!i}
# where i holds ARRAY[INDEX] (the index expanded when used), and namerefs to elements.
a=(x "b[1]" "1bad" "b[@]"); b=(B0 B1 B2); x=X
echo "${!a[0]}"; echo "${!a[1]}"; echo "${!a[3]}"
echo ${!a[0]:-d} ${!a[1]/B/Q} "${!a[3]#B}"
i="b[2]"; echo ${!i} ${!i:0:1} ${#i}
j=1; i="b[j]"; echo ${!i}
i="b[\$j]"; echo ${!i}
i="b[-1]"; echo ${!i}
declare -A m=([k]=x); i="m[k]"; echo ${!i}
i=m[nope]; echo "[${!i}]"
echo "${!a[5]}"; echo next
echo "${!a[2]}"; echo not reached
i='b[*]'; echo "${!i}"
i='b['; echo "${!i}"; echo not reached
declare -n r=b[1]; echo $r ${r}; r=new; echo "${b[@]}"
r+=er; echo "${b[1]} ${r:1:2} ${!r}"
declare -p r
declare -n r2='b[5]'; r2=five; declare -p b
declare -n rm='m[k]'; rm=y; rm+=z; declare -p m
declare -n bad='b['; echo "st=$?"
readonly b; r=again; echo "st=$? ${b[1]}"
