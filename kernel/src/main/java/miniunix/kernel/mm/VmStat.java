package miniunix.kernel.mm;

/**
 * System-wide memory event counters since boot, as /proc/vmstat names them (pgfault,
 * pgmajfault, pswpin, pswpout, oom_kill, ...) plus the copy-on-write ones it lacks.
 */
public final class VmStat {
    public long pgfault;
    public long pgmajfault;
    /** 512-byte sectors read from and written to the disk (Linux counts PGPGIN/PGPGOUT in
     *  sectors and /proc/vmstat halves them into KiB). */
    public long pgpginSectors;
    public long pgpgoutSectors;
    public long pswpin;
    public long pswpout;
    public long oomKill;
    /** Writes that copied a shared page (do_wp_page with a copy). */
    public long cowFaults;
    /** Writes to a COW page whose last other user was gone: made writable, no copy. */
    public long cowReuse;
    /** Pages kswapd and direct reclaim evicted (pgsteal_kswapd, pgsteal_direct). */
    public long pgstealKswapd;
    public long pgstealDirect;
    /** Times kswapd was woken under the low watermark (kswapd_low_wmark_hit_quickly's kin). */
    public long kswapdWakeups;
}
