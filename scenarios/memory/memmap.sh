# memmap: physical memory, a cell per frame: the kernel's own (K), page tables (P), the root
# tmpfs holding /bin (s), page cache (c), free frames (.), and a letter per process.
memmap
# A process that touches 1 MiB shows as a run of its letter (4 frames a cell here).
memhog 1M --pattern loop &
sleep 1
memmap -f 4 -w 32
kill %1
wait
memmap -f 0
echo "status $?"
memmap -w 5000
memmap -x
