# getopts: bash 5.2's option parsing, checked against the host's bash. The usual loop over
# the positional parameters, grouped flags, an argument glued on or in the next word, '--',
# unknown options and missing arguments (with sh_getopt's messages, or silent with a leading
# ':' or OPTERR=0), OPTIND=1 starting over, even inside a group, and bad usage.
echo "at start: OPTIND=$OPTIND OPTERR=$OPTERR"
parse() {
    OPTIND=1
    while getopts "ab:c" opt; do
        case $opt in
            a) echo "a";;
            b) echo "b with [$OPTARG]";;
            c) echo "c";;
            '?') echo "bad, OPTARG=${OPTARG-unset}";;
        esac
    done
    echo "end: status $? opt=$opt OPTIND=$OPTIND"
    shift $((OPTIND - 1))
    echo "rest: $*"
}
parse -a -b x -c file1 file2
parse -acb val -- -a rest
parse -ca -bfoo
parse -z -a
parse -a -b
parse - -a
parse -- -a
parse plain -a
parse

echo "silent:"
silent() {
    OPTIND=1
    while getopts ":ab:" opt "$@"; do
        echo "opt=$opt OPTARG=${OPTARG-unset} OPTIND=$OPTIND"
    done
    echo "status $?"
}
silent -a -z -b
silent -: -ab

echo "OPTERR=0:"
OPTERR=0
OPTIND=1
getopts "a:" opt -x; echo "status $? opt=$opt OPTARG=${OPTARG-unset}"
OPTIND=1
getopts "a:" opt -a; echo "status $? opt=$opt OPTARG=${OPTARG-unset}"
OPTERR=1

echo "arguments given, not the positional parameters:"
set -- -a pos
OPTIND=1
getopts "xy" opt -xy -y; echo "$opt $OPTIND"
getopts "xy" opt -xy -y; echo "$opt $OPTIND"
OPTIND=1
getopts "xy" opt -xy -y; echo "after OPTIND=1: $opt $OPTIND"
getopts "xy" opt -xy -y; echo "$opt $OPTIND"
getopts "xy" opt -xy -y; echo "$opt $OPTIND"
getopts "xy" opt -xy -y; echo "status $? opt=$opt OPTIND=$OPTIND"

echo "local OPTIND keeps the caller's place:"
inner() { local OPTIND; getopts "pq" o -pq; echo "inner: $o $OPTIND"; }
OPTIND=1
getopts "xy" opt -xy; echo "outer: $opt $OPTIND"
inner
getopts "xy" opt -xy; echo "outer: $opt $OPTIND"

echo "bad usage:"
getopts; echo "status $?"
getopts "a"; echo "status $?"
OPTIND=1
getopts "a" 1a -a; echo "status $? OPTIND=$OPTIND"
getopts -q a opt; echo "status $?"
OPTIND=1
getopts -- "a" opt -a; echo "status $? opt=$opt"

echo "readonly variables:"
OPTIND=1
readonly ro=1
getopts "a" ro -a; echo "status $? ro=$ro OPTIND=$OPTIND"
OPTIND=1
readonly OPTARG=kept
getopts "b:" opt -b x; echo "status $? opt=$opt OPTARG=$OPTARG"
