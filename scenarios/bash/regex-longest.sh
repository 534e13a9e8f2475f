# =~ takes the longest match at the leftmost place, as POSIX regexec does (alternation is not
# first-come as in Perl): BASH_REMATCH holds it and its groups.
[[ abcd =~ (a|ab)(c|bcd) ]]; echo "${BASH_REMATCH[@]}"
[[ xyz =~ x(y|yz)? ]]; echo "${BASH_REMATCH[@]}"
[[ abab =~ (ab|a)* ]]; echo "${BASH_REMATCH[@]}"
[[ foobar =~ (foo|foob)(ar|bar)? ]]; echo "${BASH_REMATCH[@]}"
[[ "a bc" =~ (a|a b)c? ]]; echo "${BASH_REMATCH[@]}"
[[ xaay =~ a|aa ]]; echo "${BASH_REMATCH[@]}"
[[ 'if x then' =~ ^(if|if x)( then)?$ ]]; echo "${#BASH_REMATCH[@]} ${BASH_REMATCH[@]}"
[[ abc =~ b$|bc ]]; echo "${BASH_REMATCH[@]}"
[[ abc =~ ^a|abc ]]; echo "${BASH_REMATCH[@]}"
[[ zzz =~ q ]]; echo "st=$? ${#BASH_REMATCH[@]}"
