# A 600-stage pipeline: the shell closes each pipe's ends as soon as the processes on either
# side have them (as bash does), so no process holds more than a few fds, far from the
# limit of 1024 (RLIMIT_NOFILE); holding all 599 pipes at once would need 1198.
p='seq 1 2000'
for i in $(seq 600); do p="$p | cat"; done
eval "$p" | tail -n 2
echo "${PIPESTATUS[1]}"
