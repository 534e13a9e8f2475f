# Scheduling scenario 22: FIFO, SJF and RR on jobs of 100, 200 and 300 ticks, with the
# textbook's response, turnaround and wait times, and a Gantt chart (plain: through a pipe).
sched run --policy fifo --jobs 100,200,300 --gantt | cat
sched run --policy sjf --jobs 300,200,100
sched run --policy rr --quantum 50 --jobs 100,200,300 --gantt | cat
# The convoy effect, and STCF rescuing late short jobs.
sched run --policy fifo --jobs 100,10,10 | grep Average
sched run --policy stcf --jobs 100,10,10 --arrivals 0,10,10 | grep Average
sched run --policy rr --quantum 0 --jobs 1
echo "status $?"
