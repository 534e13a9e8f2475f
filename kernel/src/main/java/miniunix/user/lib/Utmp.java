package miniunix.user.lib;

import java.nio.charset.StandardCharsets;

/**
 * One record of /var/run/utmp, glibc's struct utmp on x86-64 (384 bytes, little-endian):
 * ut_type at 0, ut_pid at 4, ut_line[32] at 8, ut_id[4] at 40, ut_user[32] at 44,
 * ut_host[256] at 76, ut_exit at 332, ut_session at 336, ut_tv (two int32s) at 340,
 * ut_addr_v6 at 348. login writes one for the session it starts; top and who count the
 * USER_PROCESS ones.
 */
public final class Utmp {
    public static final String PATH = "/var/run/utmp";
    public static final int SIZE = 384;
    /** ut_type: a logged-in user's session. */
    public static final int USER_PROCESS = 7;

    private Utmp() {
    }

    /** A USER_PROCESS record: login's pid, its terminal ("tty1"), the user, the login time. */
    public static byte[] userProcess(int pid, String line, String user, long sec, long usec) {
        byte[] r = new byte[SIZE];
        putInt(r, 0, USER_PROCESS);
        putInt(r, 4, pid);
        putString(r, 8, 32, line);
        String id = line.startsWith("tty") ? line.substring(3) : line;
        putString(r, 40, 4, id.length() > 4 ? id.substring(id.length() - 4) : id);
        putString(r, 44, 32, user);
        putInt(r, 336, pid);
        putInt(r, 340, (int) sec);
        putInt(r, 344, (int) usec);
        return r;
    }

    /** ut_type of the record at offset at. */
    public static int type(byte[] data, int at) {
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8;
    }

    private static void putInt(byte[] r, int at, int v) {
        for (int i = 0; i < 4; i++) {
            r[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /** A char array field: the bytes, cut to the field, NUL-padded (strncpy's way). */
    private static void putString(byte[] r, int at, int len, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, r, at, Math.min(len, b.length));
    }
}
