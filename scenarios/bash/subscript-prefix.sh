# NAME[SUB]=VALUE before a command is no assignment in bash 5.2: it says the word is not an
# identifier (as written, unexpanded) and runs the command without it; NAME=(...) is ignored.
a[1]=x echo hi; echo "st=$?"
a[1]=x false; echo "st=$?"
i=1; a[$i]=x b=2 sh -c 'echo $b'; echo "st=$?"
a[1]=x; echo "${a[@]}"
a[2]=y echo "${a[@]}"
f() { echo "f ${a[@]}"; }; a[3]=z f
a[@]=q echo w
a[1]+=z echo p
a=(1 2) echo "${a[@]}"
declare -p a
