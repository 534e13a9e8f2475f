package miniunix.user.bin;

import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Mman;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Touch;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * memhog SIZE [--pattern seq|random|loop] [--passes N]: maps SIZE bytes of anonymous memory
 * and writes to its pages, so a student can watch RSS grow, page faults, the TLB, swapping and
 * the OOM killer. seq writes every page in order, once per pass; random writes as many pages
 * as the region has, chosen by a fixed generator (the same run every time); loop sweeps in
 * order again and again, forever unless --passes is given. Ends with a one-line summary.
 */
public final class Memhog extends Proc {
    private static final String USAGE = "Usage: memhog SIZE [--pattern seq|random|loop] [--passes N]\n"
            + "Map SIZE bytes (suffix K, M or G) and write to every page.\n";
    private static final long PAGE = Mman.PAGE_SIZE;
    /** The largest region memhog asks for: 64 GiB. */
    private static final long MAX_SIZE = 64L << 30;

    private enum Pc { START, MAPPED, TOUCHING, DONE }

    private Pc pc = Pc.START;
    private long size;
    private String pattern = "seq";
    private long passes = 1;
    private boolean forever;
    private long addr;
    private long pass;
    private long refs;
    private long rng = 0x2545F4914F6CDD1DL;

    public Memhog(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case MAPPED:
                if (ret < 0) {
                    return fail(1, "mmap: " + Errno.strerror(ret));
                }
                addr = ret;
                pc = Pc.TOUCHING;
                return nextTouch();
            case TOUCHING:
                return nextTouch();
            default:
                return exit(0);
        }
    }

    private Trap start() {
        boolean passesGiven = false;
        List<String> a = argv.subList(1, argv.size());
        String sizeArg = null;
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (s.equals("--help")) {
                out.print(USAGE);
                return exit(0);
            } else if (s.equals("--pattern") || s.equals("--passes")) {
                if (i + 1 >= a.size()) {
                    return fail(1, "option '" + s + "' requires an argument\n" + USAGE);
                }
                String v = a.get(++i);
                if (s.equals("--pattern")) {
                    if (!v.equals("seq") && !v.equals("random") && !v.equals("loop")) {
                        return fail(1, "invalid pattern '" + v + "' (seq, random or loop)");
                    }
                    pattern = v;
                } else {
                    if (!v.matches("[1-9][0-9]{0,8}")) {
                        return fail(1, "invalid number of passes '" + v + "'");
                    }
                    passes = Long.parseLong(v);
                    passesGiven = true;
                }
            } else if (s.startsWith("-") && !s.equals("-")) {
                return fail(1, "unrecognized option '" + s + "'\n" + USAGE);
            } else if (sizeArg == null) {
                sizeArg = s;
            } else {
                return fail(1, "extra operand '" + s + "'\n" + USAGE);
            }
        }
        if (sizeArg == null) {
            return fail(1, "missing SIZE\n" + USAGE);
        }
        size = size(sizeArg);
        if (size <= 0) {
            return fail(1, "invalid size '" + sizeArg + "'");
        }
        if (size > MAX_SIZE) {
            return fail(1, "size too large '" + sizeArg + "' (at most 64G)");
        }
        forever = pattern.equals("loop") && !passesGiven;
        pc = Pc.MAPPED;
        return new Syscall.Mmap(0, size, Mman.PROT_READ | Mman.PROT_WRITE,
                Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0);
    }

    private Trap nextTouch() {
        long pages = (size + PAGE - 1) / PAGE;
        if (pattern.equals("random")) {
            if (refs < pages * passes) {
                refs++;
                rng ^= rng << 13;
                rng ^= rng >>> 7;
                rng ^= rng << 17;
                long page = Long.remainderUnsigned(rng, pages);
                return new Touch(addr + page * PAGE, 1, true);
            }
        } else if (forever || pass < passes) {
            pass++;
            refs += pages;
            return new Touch(addr, size, true);
        }
        pc = Pc.DONE;
        out.print(String.format(Locale.ROOT, "memhog: %d kB mapped, %d page writes (%s, %d pass%s)\n",
                pages * 4, refs, pattern, passes, passes == 1 ? "" : "es"));
        return exit(0);
    }

    /** SIZE in bytes: a number with an optional K, M or G (powers of 1024); -1 if not one. */
    static long size(String s) {
        if (!s.matches("[0-9]{1,12}[KMGkmg]?")) {
            return -1;
        }
        char u = Character.toUpperCase(s.charAt(s.length() - 1));
        int shift = u == 'K' ? 10 : u == 'M' ? 20 : u == 'G' ? 30 : 0;
        String digits = shift == 0 ? s : s.substring(0, s.length() - 1);
        long n = Long.parseLong(digits);
        return n > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : n << shift;
    }
}
