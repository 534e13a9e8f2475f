# top in batch mode on a fixed boot: one frame, then two frames a second apart while spin
# burns a CPU (its %CPU is 100.0 over the second, its TIME+ grows by 1.00 s between the
# frames, and the clock and the CPU states move with it).
spin 300 &
top -b -n 1
top -b -n 2 -d 1 -o PID
# Only some processes: -p, -u; sorted by %MEM; full command lines in 200 columns.
top -b -n 1 -p 1,26 -w 200 -c
top -b -n 1 -u user -o %MEM
kill %1
