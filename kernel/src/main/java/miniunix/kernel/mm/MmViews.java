package miniunix.kernel.mm;

import java.util.Locale;

/**
 * The text /proc publishes about memory, read from page tables and frames (Linux
 * fs/proc/task_mmu.c, meminfo.c, mm/vmstat.c): /proc/PID/status's Vm lines, statm, maps and
 * smaps; /proc/meminfo, /proc/vmstat and /proc/buddyinfo. Formats follow the kernel's
 * seq_printf calls; user programs (ps, pmap, free) parse them.
 */
public final class MmViews {
    /** Column where maps puts the name: 25 + 6 * sizeof(void *) - 1, then one space. */
    private static final int MAPS_NAME_COLUMN = 73;
    private static final String FILE_DEV = "fe:00";

    private final Mm mm;

    public MmViews(Mm mm) {
        this.mm = mm;
    }

    /** The Vm* and Rss* lines of /proc/PID/status (VmPeak .. VmSwap). */
    public String status(AddressSpace as) {
        long exe = 0;
        long stk = 0;
        long data = 0;
        long lib = 0;
        for (Vma v : as.vmas) {
            switch (v.kind) {
                case TEXT -> exe += v.pages();
                case STACK -> stk += v.pages();
                default -> {
                    if ((v.prot & Vma.PROT_EXEC) != 0) {
                        lib += v.pages();
                    } else if ((v.prot & Vma.PROT_WRITE) != 0 && !v.shared) {
                        data += v.pages();
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder(400);
        line(sb, "VmPeak", Math.max(as.peakPages, as.totalPages()));
        line(sb, "VmSize", as.totalPages());
        line(sb, "VmLck", 0);
        line(sb, "VmPin", 0);
        line(sb, "VmHWM", Math.max(as.hwmPages, as.rssPages()));
        line(sb, "VmRSS", as.rssPages());
        line(sb, "RssAnon", as.rssAnon);
        line(sb, "RssFile", as.rssFile);
        line(sb, "RssShmem", 0);
        line(sb, "VmData", data);
        line(sb, "VmStk", stk);
        line(sb, "VmExe", exe);
        line(sb, "VmLib", lib);
        line(sb, "VmPTE", as.pt.tables());
        line(sb, "VmSwap", as.swapPages);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, long pages) {
        sb.append(String.format(Locale.ROOT, "%s:\t%8d kB\n", name, pages * 4));
    }

    /** /proc/PID/statm: size resident shared text lib data dt, in pages. */
    public String statm(AddressSpace as) {
        long text = 0;
        long data = 0;
        for (Vma v : as.vmas) {
            if (v.kind == Vma.Kind.TEXT) {
                text += v.pages();
            } else if (v.kind == Vma.Kind.STACK || (v.prot & Vma.PROT_WRITE) != 0 && !v.shared) {
                data += v.pages();
            }
        }
        return as.totalPages() + " " + as.rssPages() + " " + as.rssFile + " " + text + " 0 "
                + data + " 0\n";
    }

    /** /proc/PID/maps: a line per region. */
    public String maps(AddressSpace as) {
        StringBuilder sb = new StringBuilder(as.vmas.size() * 80);
        for (Vma v : as.vmas) {
            header(sb, as, v);
        }
        return sb.toString();
    }

    private void header(StringBuilder sb, AddressSpace as, Vma v) {
        int mark = sb.length();
        sb.append(String.format(Locale.ROOT, "%08x-%08x %s %08x %s %d ", v.start, v.end,
                v.permString(), v.file == null ? 0 : v.pgoff << FrameTable.PAGE_SHIFT,
                v.file == null ? "00:00" : FILE_DEV, v.file == null ? 0 : v.file.ino));
        String name = v.name();
        if (!name.isEmpty()) {
            while (sb.length() - mark < MAPS_NAME_COLUMN) {
                sb.append(' ');
            }
            sb.append(name);
        }
        sb.append('\n');
    }

    /** /proc/PID/smaps: each region's header, then what its pages are doing. */
    public String smaps(AddressSpace as) {
        StringBuilder sb = new StringBuilder(as.vmas.size() * 900);
        FrameTable f = mm.frames;
        for (Vma v : as.vmas) {
            header(sb, as, v);
            long rss = 0;
            long pssBytes = 0;
            long sharedClean = 0;
            long sharedDirty = 0;
            long privateClean = 0;
            long privateDirty = 0;
            long referenced = 0;
            long anon = 0;
            long swap = 0;
            long vpnEnd = v.end >>> FrameTable.PAGE_SHIFT;
            for (long vpn = as.pt.nextMapped(v.start >>> FrameTable.PAGE_SHIFT);
                    vpn >= 0 && vpn < vpnEnd; vpn = as.pt.nextMapped(vpn + 1)) {
                long pte = as.pt.lookup(vpn);
                if (Pte.swapped(pte)) {
                    swap++;
                    continue;
                }
                int pfn = (int) Pte.number(pte);
                int maps = Math.max(1, f.mapcount(pfn));
                boolean dirty = (pte & Pte.DIRTY) != 0;
                rss++;
                pssBytes += FrameTable.PAGE_SIZE / maps;
                if (maps > 1) {
                    if (dirty) {
                        sharedDirty++;
                    } else {
                        sharedClean++;
                    }
                } else if (dirty) {
                    privateDirty++;
                } else {
                    privateClean++;
                }
                referenced += (pte & Pte.ACCESSED) != 0 ? 1 : 0;
                anon += f.kind(pfn) == FrameTable.ANON ? 1 : 0;
            }
            smapsLine(sb, "Size", v.pages() * 4);
            smapsLine(sb, "KernelPageSize", 4);
            smapsLine(sb, "MMUPageSize", 4);
            smapsLine(sb, "Rss", rss * 4);
            smapsLine(sb, "Pss", pssBytes / 1024);
            smapsLine(sb, "Shared_Clean", sharedClean * 4);
            smapsLine(sb, "Shared_Dirty", sharedDirty * 4);
            smapsLine(sb, "Private_Clean", privateClean * 4);
            smapsLine(sb, "Private_Dirty", privateDirty * 4);
            smapsLine(sb, "Referenced", referenced * 4);
            smapsLine(sb, "Anonymous", anon * 4);
            smapsLine(sb, "Swap", swap * 4);
            smapsLine(sb, "Locked", 0);
            sb.append("VmFlags: ").append(vmFlags(v)).append('\n');
        }
        return sb.toString();
    }

    private static void smapsLine(StringBuilder sb, String name, long kb) {
        sb.append(String.format(Locale.ROOT, "%-16s%8d kB\n", name + ":", kb));
    }

    private static String vmFlags(Vma v) {
        StringBuilder sb = new StringBuilder();
        sb.append((v.prot & Vma.PROT_READ) != 0 ? "rd " : "");
        sb.append((v.prot & Vma.PROT_WRITE) != 0 ? "wr " : "");
        sb.append((v.prot & Vma.PROT_EXEC) != 0 ? "ex " : "");
        sb.append(v.shared ? "sh " : "");
        sb.append("mr mw me ");
        sb.append(v.shared ? "ms " : "");
        sb.append(v.kind == Vma.Kind.STACK ? "gd " : "");
        sb.append(!v.shared && (v.prot & Vma.PROT_WRITE) != 0 ? "ac " : "");
        return sb.toString();
    }

    /** /proc/meminfo, from the frame table. */
    public String meminfo(long dirtyKb, long writebackKb) {
        FrameTable f = mm.frames;
        long total = f.frames() * 4;
        long free = f.freeFrames() * 4;
        long shmem = f.count(FrameTable.SHMEM) * 4;   // tmpfs pages: in Cached, not reclaimable
        long cached = mm.cachedPages() * 4 + shmem;
        long swapTotal = mm.swapSlots() * 4;
        long swapFree = mm.swapFreeSlots() * 4;
        return String.format(Locale.ROOT,
                "MemTotal:       %8d kB\nMemFree:        %8d kB\nMemAvailable:   %8d kB\n"
                + "Buffers:        %8d kB\nCached:         %8d kB\nSwapCached:     %8d kB\n"
                + "Active:         %8d kB\nInactive:       %8d kB\n"
                + "SwapTotal:      %8d kB\nSwapFree:       %8d kB\n"
                + "Dirty:          %8d kB\nWriteback:      %8d kB\n"
                + "AnonPages:      %8d kB\nMapped:         %8d kB\nShmem:          %8d kB\n"
                + "PageTables:     %8d kB\n",
                total, free, free + cached - shmem, 0, cached, 0, active(), inactive(), swapTotal, swapFree, dirtyKb,
                writebackKb, f.count(FrameTable.ANON) * 4, mm.mappedFilePages() * 4, shmem,
                f.count(FrameTable.PAGETABLE) * 4);
    }

    /**
     * Active memory in KiB: pages some process maps or that only memory can hold (anon,
     * tmpfs, mapped file pages). Simplified: Linux keeps LRU lists and moves pages between
     * them by their referenced bits; ours are derived from who maps a page.
     */
    private long active() {
        FrameTable f = mm.frames;
        return (f.count(FrameTable.ANON) + f.count(FrameTable.SHMEM) + mm.mappedFilePages()) * 4;
    }

    /** Inactive memory in KiB: the page cache no process maps. */
    private long inactive() {
        return Math.max(0, mm.cachedPages() - mm.mappedFilePages()) * 4;
    }

    /** /proc/vmstat: the counters, one "name value" per line, in Linux's order. */
    public String vmstat() {
        FrameTable f = mm.frames;
        VmStat s = mm.stat;
        return "nr_free_pages " + f.freeFrames() + "\n"
                + "nr_anon_pages " + f.count(FrameTable.ANON) + "\n"
                + "nr_mapped " + mm.mappedFilePages() + "\n"
                + "nr_file_pages " + (mm.cachedPages() + f.count(FrameTable.SHMEM)) + "\n"
                + "nr_page_table_pages " + f.count(FrameTable.PAGETABLE) + "\n"
                + "nr_shmem " + f.count(FrameTable.SHMEM) + "\n"
                + "pgpgin " + s.pgpginSectors / 2 + "\n"
                + "pgpgout " + s.pgpgoutSectors / 2 + "\n"
                + "pswpin " + s.pswpin + "\n"
                + "pswpout " + s.pswpout + "\n"
                + "pgfault " + s.pgfault + "\n"
                + "pgmajfault " + s.pgmajfault + "\n"
                + "pgsteal_kswapd " + s.pgstealKswapd + "\n"
                + "pgsteal_direct " + s.pgstealDirect + "\n"
                + "oom_kill " + s.oomKill + "\n";
    }
}
