package miniunix.kernel.uapi;

/**
 * The kernel's identity, as struct utsname and /proc publish it (Linux include/linux/utsname.h,
 * kernel/sysctl's ostype, osrelease and version): the values of the machine the reference
 * captures come from (shared/reference uname-a.txt). uname(1) prints them; the kernel shows
 * them in /proc/version and /proc/sys/kernel/{ostype,osrelease,version}.
 */
public final class Utsname {
    public static final String SYSNAME = "Linux";
    public static final String RELEASE = "6.18.44-fc-v657";
    public static final String VERSION = "#1 SMP PREEMPT_DYNAMIC @0";
    public static final String MACHINE = "x86_64";

    private Utsname() {
    }
}
