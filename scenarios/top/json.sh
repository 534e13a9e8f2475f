# top --json: one JSON object per frame, one per line, with the text's numbers (a frame of
# text beside it shows the same summary and rows). Batch mode is implied. spin burns a CPU,
# so its pcpu is 100.0 over each second and its time grows by 1.00 between the frames.
spin 300 &
top --json -n 2 -d 1 -p 1,27 -o PID
top -b -n 1 -p 1,27 -o PID
top --json -n 1 -H1 -p 27
top --json -n 1 -p 27 | wc -l
kill %1
