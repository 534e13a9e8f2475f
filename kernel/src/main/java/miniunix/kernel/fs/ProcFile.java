package miniunix.kernel.fs;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;

/**
 * A /proc file: its text is generated when it is opened, so a reader sees one consistent
 * snapshot however it reads it. A sysctl file (/proc/sys/...) is also writable: each write is
 * parsed and applied at once, as Linux's proc_dointvec does.
 */
public final class ProcFile extends OpenFile {
    /** Characters below this are one byte in UTF-8. */
    private static final char ASCII_END = 0x80;
    private final byte[] content;
    private final String sysctl;
    private final StatBuf st;
    private int offset;

    public ProcFile(CharSequence content, String sysctl, StatBuf st, int flags) {
        super(flags);
        this.content = encode(content);
        this.sysctl = sysctl;
        this.st = st;
    }

    /** A binary file (/proc/kpageflags): content as it is. */
    public ProcFile(byte[] content, StatBuf st, int flags) {
        this(content, null, st, flags);
    }

    /** A file of bytes as they are, a sysctl's (hostname) or null. */
    public ProcFile(byte[] content, String sysctl, StatBuf st, int flags) {
        super(flags);
        this.content = content;
        this.sysctl = sysctl;
        this.st = st;
    }

    /** The text as UTF-8, in one copy when it is ASCII (as /proc's numbers are). */
    private static byte[] encode(CharSequence text) {
        if (text instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
            char c = text.charAt(i);
            if (c >= ASCII_END) {
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
            b[i] = (byte) c;
        }
        return b;
    }

    @Override
    public long read(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!readable()) {
            return Errno.EBADF.ret();
        }
        int n = Math.max(0, Math.min(len, content.length - offset));
        System.arraycopy(content, offset, buf, off, n);
        offset += n;
        return n;
    }

    @Override
    public long write(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!writable() || sysctl == null) {
            return Errno.EBADF.ret();
        }
        if (sysctl.equals("hostname") || sysctl.equals("domainname")) {
            offset = (int) k.uts().procWrite(sysctl.equals("hostname"), offset, buf, off, len);
            return len;
        }
        String text = new String(buf, off, len, StandardCharsets.UTF_8).trim();
        return k.sysctlWrite(sysctl, text) ? len : Errno.EINVAL.ret();
    }

    @Override
    public void stat(StatBuf out) {
        out.dev = StatBuf.PROC_DEV;
        out.ino = st.ino;
        out.mode = st.mode;
        out.nlink = 1;
        out.uid = st.uid;
        out.size = 0;
    }
}
