# With SIGPIPE ignored a closed pipe is EPIPE: procps' ps passes it over without a word
# (its close_stdout), where coreutils' seq says write error and exits 1.
for i in $(seq 1000); do sleep 100 & done
trap '' PIPE
ps aux | head -1
echo "ps: ${PIPESTATUS[0]}"
seq 100000 | head -1
echo "seq: ${PIPESTATUS[0]}"
kill $(jobs -p)
