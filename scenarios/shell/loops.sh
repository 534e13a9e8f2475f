# Loops: for over words and over $(seq), while and until around test's [, C's for.
for fruit in apple banana "cherry pie"; do
  echo "fruit: $fruit"
done
for i in $(seq 3); do echo "i=$i"; done
n=3
while [ $n -gt 0 ]; do
  echo "countdown $n"
  n=$((n - 1))
done
until [ $n -eq 3 ]; do n=$((n + 1)); done; echo "n is $n"
for ((i = 0; i < 3; i++)); do echo "c-style $i"; done
# continue skips to the next iteration, break leaves the loop; N counts enclosing loops.
for i in 1 2 3 4 5 6; do
  if [ $i -eq 2 ]; then continue; fi
  if [ $i -eq 5 ]; then break; fi
  echo "kept $i"
done
for i in a b; do for j in 1 2 3; do [ $j = 2 ] && continue 2; echo "$i$j"; done; done
# A loop is one command: its status is the last body command's, it can be piped,
# redirected (the shell's own output comes back afterwards) and run in the background.
for i in 1 2; do false; done; echo "status $?"
for i in 1 2 3; do echo "line $i"; done | grep -c line
for i in 1 2 3; do echo "line $i"; done > /tmp/lines; wc -l < /tmp/lines
while read word number; do echo "read '$word' and '$number'"; done < /tmp/lines
while true; do sleep 1; echo "background loop done"; break; done &
wait
# if, elif, else; a brace group and a subshell.
for n in 1 2 3; do
  if [ $n -eq 1 ]; then echo one; elif [ $n -eq 2 ]; then echo two; else echo many; fi
done
x=outside; (x=inside; echo "subshell sees $x"); echo "shell keeps $x"
{ echo "grouped"; echo "output"; } | wc -l
