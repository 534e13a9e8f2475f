# A reader sees end of file when the last writer closes: cat ends after echo does.
echo hello | cat | cat
# A pipeline with a sleeping writer: the reader waits (state S) until data or EOF.
sleep 1 | cat &
ps -o pid,stat,cmd
wait
echo done
