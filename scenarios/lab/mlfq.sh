# Scheduling scenario 23 on the lab machine: the kernel's MLFQ class with the textbook's rules.
# A job that starts an I/O just before its quantum ends games the old rule (--io-stay) and
# keeps level 0; counted across I/O (the default) its allotment runs out and it sinks.
sched run --policy mlfq --queues 3 --quantum 10 --jobs 60,60 --io-every 9,0 --io-time 1 --io-stay | tail -n 6
sched run --policy mlfq --queues 3 --quantum 10 --jobs 60,60 --io-every 9,0 --io-time 1 | tail -n 6
# A boost lifts the demoted hog back to level 0.
sched run --policy mlfq --queues 2 --quantum 2,4 --boost 6 --jobs 8,2 --arrivals 0,1 --trace
