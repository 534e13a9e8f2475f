# PIPESTATUS: each command's status in the last foreground pipeline, before a ! applies;
# a simple command is a pipeline of one; a compound command leaves its last pipeline's.
false | true | (exit 4)
echo "${PIPESTATUS[@]} / ${PIPESTATUS[1]} / $PIPESTATUS / [${PIPESTATUS[7]}]"
! false | false; echo "${PIPESTATUS[@]}"
{ true | false; }; echo "${PIPESTATUS[*]}"
(exit 3); echo "${PIPESTATUS[@]}"
set -o pipefail
true | false | true; echo "$? ${PIPESTATUS[@]}"
