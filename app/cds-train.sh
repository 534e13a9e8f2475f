# The launcher's AppCDS training run (./miniunix, build_archive): the shell's and the kernel's
# common paths, so that the classes a short script loads come from the archive. Small sizes:
# only which classes load matters, not how warm they get.
i=0
while [ $i -lt 200 ]; do i=$((i + 1)); done
while (( i < 400 )); do (( i++ )); done
f() { local y=$2; x=$1; return 0; }
for w in a b c; do f "$w" $i; done
s=
until [ ${#s} -ge 3 ]; do s="${s}x"; done
echo "${s%x}" "${s#x}" "${s:-z}" "${#s}" $((i % 7 + ${#s} * 2)) >/dev/null
echo hi | cat | wc -c >/dev/null
ps aux | grep -c init >/dev/null
echo text >/tmp/.cds-train; cat </tmp/.cds-train >>/tmp/.cds-train2 2>&1; rm -f /tmp/.cds-train*
x=$(echo sub)
case $x in s*) : ;; *) false ;; esac
if [ -f /etc/passwd ] && [ "$x" = sub -a -n "$x" ]; then :; elif test -d /tmp; then :; else :; fi
{ echo a; echo b; } | sort -r | head -n 1 >/dev/null
read -r a b <<EOF
1 2
EOF
printf '%s %d\n' "$a" "$b" >/dev/null
set -- one two; shift; export V=$1; unset V
sleep 0 &
wait
ls -l / >/dev/null; grep root /etc/passwd >/dev/null; true && false || :
for n in $(seq 3); do [ $n -gt 1 ] && break; done
type cd >/dev/null; cd /tmp; pwd >/dev/null; cd
echo trained
