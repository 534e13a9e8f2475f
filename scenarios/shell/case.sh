# case WORD in PATTERN) ... ;; esac: the first item whose pattern matches runs; patterns
# are globs (* ? [...]) matched against the whole word, '/' and '.' included.
for file in report.txt photo.JPG notes.md archive.tar.gz /etc/passwd .profile; do
  case $file in
    *.txt | *.md) echo "$file: text" ;;
    *.[jJ][pP][gG]) echo "$file: image" ;;
    *.tar.*) echo "$file: archive" ;;
    /*) echo "$file: absolute path" ;;
    .*) echo "$file: hidden" ;;
  esac
done
# A typical argument loop.
set -- -v --name=demo extra
while [ $# -gt 0 ]; do
  case "$1" in
    -v) echo "verbose on" ;;
    --name=*) echo "name is ${1#--name=}" ;;
    -*) echo "unknown option $1" ;;
    *) echo "argument $1" ;;
  esac
  shift
done
# Quoting makes pattern characters literal; a variable's value is still a pattern.
star='*'
case 'a*b' in "a${star}b") echo "quoted star matched literally" ;; esac
case abc in $star) echo "unquoted \$star matches anything" ;; esac
# No match: status 0. Otherwise the status of the list that ran.
case nothing in something) ;; esac; echo "status $?"
case x in x) false ;; esac; echo "status $?"
# bash's ;& runs the next list too; ;;& goes on testing the next patterns.
case 1 in
  1) echo "one" ;&
  2) echo "two (fell through)" ;;&
  [0-9]) echo "a digit" ;;
  *) echo "never" ;;
esac
# An optional ( before a pattern, and several on one line.
case yes in (y|yes) echo agreed;; (*) echo "?";; esac
