# FUNCNAME, BASH_SOURCE and BASH_LINENO: the calls running, innermost first.
# Fed on stdin there is no "main" call: at the top level all three are empty, and
# FUNCNAME is invisible (declare -p shows it unset) outside functions.
echo "top: ${#FUNCNAME[@]} [${FUNCNAME[*]}] [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}] [${FUNCNAME-unset}]"
declare -p FUNCNAME BASH_SOURCE BASH_LINENO
[[ -v FUNCNAME ]]; echo "-v at the top: $?"
echo "names: ${!FUNCN*} ${!BASH_LINEN*} ${!BASH_SOURC*}"
f() {
    echo "f: ${#FUNCNAME[@]} [${FUNCNAME[*]}] [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}] [$FUNCNAME]"
    declare -p FUNCNAME BASH_SOURCE BASH_LINENO
    echo "names: ${!FUNCN*} ${!BASH_LINEN*} ${!BASH_SOURC*}"
    g
}
g() {
    echo "g: [${FUNCNAME[*]}] [${FUNCNAME[1]}] [${BASH_LINENO[*]}] ${#BASH_SOURCE[@]}"
    caller; caller 0; caller 1
}
f
echo "in a substitution: $(g)"
( g )
g | cat
rec() { if (( $1 > 0 )); then rec $(( $1 - 1 )); else echo "rec: ${FUNCNAME[*]} / ${BASH_LINENO[*]}"; fi; }
rec 3
h() { eval 'echo "eval: [${FUNCNAME[*]}] [${BASH_LINENO[*]}]"'; }
h
echo "attributes: ${FUNCNAME@a} ${BASH_SOURCE@a} ${BASH_LINENO@a} [${FUNCNAME[@]@A}]"

# Assignments are ignored (status 0); local is bash's error; a compound one drops the line.
a() {
    FUNCNAME=x; echo "FUNCNAME=x: $? [${FUNCNAME[*]}]"
    FUNCNAME[1]=y; echo "FUNCNAME[1]=y: $? [${FUNCNAME[*]}]"
    BASH_LINENO=7; echo "BASH_LINENO=7: $? [${BASH_LINENO[*]}]"
    local FUNCNAME=z; echo "local: $? [${FUNCNAME[*]}]"
    local BASH_SOURCE; echo "local: $?"
    local -a BASH_LINENO=(1); echo "local -a: $?"
    declare FUNCNAME; echo "declare: $?"
    local -p FUNCNAME; echo "local -p: $?"
    printf -v FUNCNAME q; echo "printf -v: $?"
    read -r BASH_SOURCE <<< r; echo "read: $?"
    for FUNCNAME in 1 2; do echo "for: $FUNCNAME"; done; echo "for: $?"
    declare -p FUNCNAME
}
a
FUNCNAME=top; echo "at the top: $? [${FUNCNAME[*]}]"; declare -p FUNCNAME
b() { BASH_SOURCE=(x); echo not here; }
b; echo not here either
echo "after the dropped line: $?"

# A sourced file is a "source" call; a function's BASH_SOURCE is the file it was defined in.
lib=/tmp/funcname-lib.$$.sh
cat > "$lib" <<'EOF'
echo "sourced: [${FUNCNAME[*]}] [${BASH_LINENO[*]}] ${#BASH_SOURCE[@]} ${BASH_SOURCE[0]/#$lib/LIB}"
libf() { echo "libf: [${FUNCNAME[*]}] [${BASH_LINENO[*]}] ${BASH_SOURCE[*]//$lib/LIB}"; }
libf
EOF
. "$lib"
libf
s() { source "$lib"; libf; }
s
rm "$lib"
# . looks a name without '/' up in PATH: BASH_SOURCE (and errors) name the file as found.
dir=/tmp/funcname-dir.$$
mkdir "$dir"
echo 'echo "found: ${BASH_SOURCE[0]/#$dir/DIR}"' > "$dir/found.sh"
oldpath=$PATH
PATH=$dir:$PATH
. found.sh
PATH=$oldpath
rm -r "$dir"

# BASH_SOURCE and BASH_LINENO cannot be unset; unset FUNCNAME makes it a plain variable.
unset BASH_SOURCE; echo "unset: $?"
unset 'BASH_LINENO[0]'; echo "unset [0]: $?"
declare -p BASH_SOURCE
c() { unset FUNCNAME; echo "unset FUNCNAME: $? [${FUNCNAME[*]}]"; FUNCNAME=mine; d; }
d() { echo "d: [${FUNCNAME[*]}] [${BASH_LINENO[*]}]"; }
c
d
declare -p FUNCNAME

# Run as a script file the bottom call is "main" of line 0, from the file as named.
script=/tmp/funcname-main.$$.sh
cat > "$script" <<'EOF'
echo "file top: ${#FUNCNAME[@]} [${BASH_SOURCE[*]//$0/FILE}] [${BASH_LINENO[*]}]"
declare -p FUNCNAME
m() { echo "m: [${FUNCNAME[*]}] [${BASH_SOURCE[*]//$0/FILE}] [${BASH_LINENO[*]}]"; n; }
n() { echo "n: [${FUNCNAME[*]}] [${BASH_LINENO[*]}]"; c=$(caller 1); echo "${c//$0/FILE}"; }
m
EOF
"${BASH:-sh}" "$script"
rm "$script"
