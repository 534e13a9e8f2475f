# process-run.py's first homework questions: a CPU-bound and an I/O-bound process.
sched states --programs c1,i:c3 --io-length 2
sched states --programs c1,i:c3 --io-length 2 --switch on-end
sched states --programs c1,i:c3 --io-length 2 --io-done immediate --json
